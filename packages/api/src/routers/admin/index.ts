import { router } from '../../trpc.js';
import { adminApiKeysRouter } from './api-keys/index.js';
import { adminUsersRouter } from './users/index.js';

export const adminRouter = router({
  users: adminUsersRouter,
  apiKeys: adminApiKeysRouter,
});
