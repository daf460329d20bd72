import { router } from '../../../trpc.js';
import { createLayoutProcedure } from './create.js';
import { deleteLayoutProcedure } from './delete.js';
import { getLayoutProcedure } from './get.js';
import { listLayoutsProcedure } from './list.js';
import { updateLayoutProcedure } from './update.js';

export const adminLayoutsRouter = router({
  create: createLayoutProcedure,
  update: updateLayoutProcedure,
  get: getLayoutProcedure,
  list: listLayoutsProcedure,
  delete: deleteLayoutProcedure,
});
