import { router } from '../../../trpc.js';
import { createApiKeyProcedure } from './create.js';
import { listApiKeysProcedure } from './list.js';
import { revokeApiKeyProcedure } from './revoke.js';

export const adminApiKeysRouter = router({
  create: createApiKeyProcedure,
  list: listApiKeysProcedure,
  revoke: revokeApiKeyProcedure,
});
