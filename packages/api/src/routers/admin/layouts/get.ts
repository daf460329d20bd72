import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { getLayout } from '../../../services/admin-layouts.service.js';
import { adminProcedure } from '../../../trpc.js';
import { layoutOutput } from './layout-schemas.js';

export const getLayoutInput = z.object({ id: uuidSchema });

export const getLayoutProcedure = adminProcedure
  .input(getLayoutInput)
  .output(layoutOutput)
  .query(({ ctx, input }) => getLayout({ db: ctx.db, actor: ctx.actor, input }));
