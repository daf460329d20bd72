export * from './booking-status.js';
export * from './errors.js';
export * from './roles.js';
export * from './schemas.js';
export * from './venue.js';
