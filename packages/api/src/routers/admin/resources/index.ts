import { router } from '../../../trpc.js';
import { createResourceProcedure } from './create.js';
import { deleteResourceProcedure } from './delete.js';
import { listResourcesProcedure } from './list.js';
import { updateResourceProcedure } from './update.js';

export const adminResourcesRouter = router({
  create: createResourceProcedure,
  update: updateResourceProcedure,
  list: listResourcesProcedure,
  delete: deleteResourceProcedure,
});
