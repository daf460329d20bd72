import {
  LAYOUT_KINDS,
  MAX_LAYOUT_COLS,
  MAX_LAYOUT_ROWS,
  MAX_SEAT_CLASSES,
  plainText,
  RESOURCE_STATUSES,
} from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../../schemas/common.js';

export const layoutNameInput = plainText('Name the layout')
  .min(1, 'Name the layout')
  .max(80, 'Keep the name under 80 characters');

export const frontLabelInput = plainText()
  .max(40, 'Keep the front label under 40 characters')
  .transform((label) => label || null)
  .nullable();

export const seatClassesInput = z
  .array(
    z.object({
      name: plainText('Name the seat class').min(1, 'Name the seat class').max(40, 'Keep class names short'),
      priceMinor: z
        .number('Give the class price in minor units')
        .int('Prices are whole amounts in minor units')
        .min(0, 'A price cannot be negative')
        .max(1_000_000_000_000, 'That price is too high'),
    }),
  )
  .min(1, 'Give at least one seat class')
  .max(MAX_SEAT_CLASSES, `At most ${MAX_SEAT_CLASSES} seat classes`);

export const rowsInput = z
  .number('Give the number of rows')
  .int('Rows must be a whole number')
  .min(1, 'At least one row')
  .max(MAX_LAYOUT_ROWS, `At most ${MAX_LAYOUT_ROWS} rows`);

export const colsInput = z
  .number('Give the number of columns')
  .int('Columns must be a whole number')
  .min(1, 'At least one column')
  .max(MAX_LAYOUT_COLS, `At most ${MAX_LAYOUT_COLS} columns`);

const gridIndex = z.number().int('Use whole grid indexes').min(0, 'Grid indexes start at 0');
export const aisleColsInput = z.array(gridIndex).max(MAX_LAYOUT_COLS);
export const aisleRowsInput = z.array(gridIndex).max(MAX_LAYOUT_ROWS);

/** Labels of blocked seats, e.g. `["A1", "J12"]`. */
export const blockedInput = z
  .array(plainText().min(1, 'A blocked seat needs its label').max(12, 'That is not a seat label'))
  .max(MAX_LAYOUT_ROWS * MAX_LAYOUT_COLS);

/** `{ "7": "Premium" }`: grid row index → seat class name; other rows take the first class. */
export const rowClassesInput = z.record(
  z.string().regex(/^\d{1,2}$/, 'Row keys are grid row indexes like "7"'),
  plainText().min(1, 'Name the class of the row'),
);

export const layoutSeatOutput = z.object({
  id: z.string(),
  label: z.string(),
  row: z.number(),
  col: z.number(),
  seatClass: z.string().nullable(),
  priceMinor: z.number(),
  status: z.enum(RESOURCE_STATUSES),
});

const layoutFields = {
  id: z.string(),
  venueId: z.string(),
  name: z.string(),
  kind: z.enum(LAYOUT_KINDS),
  rows: z.number(),
  cols: z.number(),
  frontLabel: z.string().nullable(),
  seatClasses: z.array(z.object({ name: z.string(), priceMinor: z.number() })),
  seatCount: z.number(),
  eventCount: z.number(),
  createdAt: isoDateOutput,
};

/** A layout with its grid description (as the editor shows it) and every seat. */
export const layoutOutput = z.object({
  ...layoutFields,
  aisleCols: z.array(z.number()),
  aisleRows: z.array(z.number()),
  rowClasses: z.record(z.string(), z.string()),
  blocked: z.array(z.string()),
  seats: z.array(layoutSeatOutput),
});

export const layoutSummaryOutput = z.object({
  ...layoutFields,
  venueName: z.string(),
  blockedCount: z.number(),
});

/**
 * The fields a layout is drawn from. Creating needs name, grid size and seat classes; an update
 * may send any of them.
 */
export const layoutFieldsInput = z.object({
  name: layoutNameInput,
  rows: rowsInput,
  cols: colsInput,
  seatClasses: seatClassesInput,
  /** Drawn at the front of the map: `LAYAR` (screen), `SOPIR` (driver), `Entrance`. */
  frontLabel: frontLabelInput.optional(),
  aisleCols: aisleColsInput.optional(),
  aisleRows: aisleRowsInput.optional(),
  blocked: blockedInput.optional(),
  rowClasses: rowClassesInput.optional(),
});
