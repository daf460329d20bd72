export * from './api-keys.js';
export { findApiKeyById, listApiKeys, revokeApiKey } from './api-keys.repository.js';
export * from './password.js';
export { passwordWeakness } from './password-strength.js';
export * from './sessions.js';
export { deleteUserSessions, type SessionUser } from './sessions.repository.js';
export { hashToken, randomToken } from './tokens.js';
