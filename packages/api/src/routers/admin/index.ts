import { router } from '../../trpc.js';
import { adminApiKeysRouter } from './api-keys/index.js';
import { adminAuditRouter } from './audit/index.js';
import { adminEventsRouter } from './events/index.js';
import { adminLayoutsRouter } from './layouts/index.js';
import { adminResourcesRouter } from './resources/index.js';
import { adminUsersRouter } from './users/index.js';
import { adminVenuesRouter } from './venues/index.js';

export const adminRouter = router({
  users: adminUsersRouter,
  apiKeys: adminApiKeysRouter,
  venues: adminVenuesRouter,
  resources: adminResourcesRouter,
  layouts: adminLayoutsRouter,
  events: adminEventsRouter,
  audit: adminAuditRouter,
});
