export * from './backup.js';
export * from './connection.js';
export * from './connection-errors.js';
export * from './embedded.js';
export * from './migrate.js';
export type * from './schema.js';
export * from './seed/index.js';
export * from './transact.js';
