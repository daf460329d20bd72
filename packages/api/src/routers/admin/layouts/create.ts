import { LAYOUT_KINDS, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { createLayout } from '../../../services/admin-layouts.service.js';
import { adminProcedure } from '../../../trpc.js';
import {
  aisleColsInput,
  aisleRowsInput,
  blockedInput,
  colsInput,
  frontLabelInput,
  layoutNameInput,
  layoutOutput,
  rowClassesInput,
  rowsInput,
  seatClassesInput,
} from './layout-schemas.js';

export const createLayoutInput = z.object({
  venueId: uuidSchema,
  name: layoutNameInput,
  /** hall (cinema), bus (bus operator) or floor (coworking): must match the venue. */
  kind: z.enum(LAYOUT_KINDS, `Choose one of: ${LAYOUT_KINDS.join(', ')}`),
  rows: rowsInput,
  cols: colsInput,
  /** Drawn at the front of the map: `LAYAR` (screen), `SOPIR` (driver), `Entrance`. */
  frontLabel: frontLabelInput.optional(),
  aisleCols: aisleColsInput.optional(),
  aisleRows: aisleRowsInput.optional(),
  blocked: blockedInput.optional(),
  seatClasses: seatClassesInput,
  rowClasses: rowClassesInput.optional(),
});

/** Creates a layout and generates its seats (halls `A1…`, buses `1A…`, floors `D1…`) in one go. */
export const createLayoutProcedure = adminProcedure
  .input(createLayoutInput)
  .output(layoutOutput)
  .mutation(({ ctx, input }) => createLayout({ db: ctx.db, actor: ctx.actor, input }));
