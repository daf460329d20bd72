import { type Db, type SeatClass, transact } from '@reserva/db';
import {
  applyBlocked,
  conflict,
  describeLayoutGrid,
  type GeneratedSeat,
  generateLayoutSeats,
  LAYOUT_KIND_OF_VENUE,
  type LayoutKind,
  notFound,
  RESOURCE_KIND_OF_LAYOUT,
  seatClassesByName,
  validationError,
} from '@reserva/domain';
import type { Actor } from '../context.js';
import { findVenueKind } from '../repositories/admin-venues.repository.js';
import type { Executor } from '../repositories/bookings.repository.js';
import {
  countBookingItemsOnLayout,
  countEventsOnLayout,
  deleteLayoutRow,
  deleteLayoutSeats,
  findLayout,
  insertLayoutRow,
  insertLayoutSeats,
  listLayoutSummaries,
  lockLayout,
  seatsOfLayout,
  setBlockedSeats,
  setClassPrice,
  updateLayoutRow,
} from '../repositories/layouts.repository.js';

interface GridFields {
  rows: number;
  cols: number;
  aisleCols?: number[] | undefined;
  aisleRows?: number[] | undefined;
  rowClasses?: Record<string, string> | undefined;
}

export interface CreateLayoutInput extends GridFields {
  venueId: string;
  name: string;
  kind: LayoutKind;
  frontLabel?: string | null | undefined;
  blocked?: string[] | undefined;
  seatClasses: SeatClass[];
}

export interface UpdateLayoutInput extends Partial<GridFields> {
  id: string;
  name?: string | undefined;
  frontLabel?: string | null | undefined;
  blocked?: string[] | undefined;
  seatClasses?: SeatClass[] | undefined;
}

interface Deps<I> {
  db: Db;
  actor: Actor;
  input: I;
}

/** A layout as the editor shows it: its stored fields, the grid description, and every seat. */
export async function loadLayout(db: Executor, id: string) {
  const layout = await findLayout(db, id);
  if (!layout) throw notFound('Layout');
  const [seatRows, eventCount] = await Promise.all([seatsOfLayout(db, id), countEventsOnLayout(db, id)]);
  const seats = seatRows.map((seat) => ({ ...seat, row: seat.row ?? 0, col: seat.col ?? 0 }));
  const described = describeLayoutGrid(
    layout,
    seats.map((seat) => ({ ...seat, blocked: seat.status === 'blocked' })),
  );
  return { ...layout, ...described, seatCount: seats.length, eventCount, seats };
}

/** Checks that the venue takes this kind of layout (cinema → hall, bus → bus, coworking → floor). */
async function venueForLayout(db: Executor, venueId: string, kind: LayoutKind) {
  const venue = await findVenueKind(db, venueId);
  if (!venue) throw notFound('Venue');
  const expected = LAYOUT_KIND_OF_VENUE[venue.kind];
  if (!expected) {
    throw validationError('venueId', `A ${venue.kind} venue has no seat or desk layouts`);
  }
  if (kind !== expected) {
    throw validationError('kind', `A ${venue.kind} venue uses ${expected} layouts, not ${kind}`);
  }
  return venue;
}

/** Creates the layout and all its seats (or desks) in one transaction. */
export async function createLayout({ db, input }: Deps<CreateLayoutInput>) {
  return transact(db, async (trx) => {
    await venueForLayout(trx, input.venueId, input.kind);
    const seats = generateLayoutSeats(input);
    const { id } = await insertLayoutRow(trx, {
      venueId: input.venueId,
      name: input.name,
      kind: input.kind,
      rows: input.rows,
      cols: input.cols,
      frontLabel: input.frontLabel ?? null,
      seatClasses: input.seatClasses,
    });
    await insertLayoutSeats(
      trx,
      { venueId: input.venueId, layoutId: id, resourceKind: RESOURCE_KIND_OF_LAYOUT[input.kind] },
      seats,
    );
    return loadLayout(trx, id);
  });
}

const seatKey = (seat: { label: string; row: number; col: number; seatClass: string | null }) =>
  `${seat.label}@${seat.row},${seat.col}:${seat.seatClass}`;

/**
 * Changes a layout. Its seats are made again only when the grid really changes (rows, columns,
 * aisles, row classes), and only while nothing refers to them: no event was ever scheduled on the
 * layout and no booking holds one of its desks. Blocking and class prices can always change.
 */
export async function updateLayout({ db, input }: Deps<UpdateLayoutInput>) {
  return transact(db, async (trx) => {
    const layout = await lockLayout(trx, input.id);
    if (!layout) throw notFound('Layout');
    const current = await loadLayout(trx, input.id);
    const seatClasses = input.seatClasses ?? layout.seatClasses;
    const classes = seatClassesByName(seatClasses);

    const gridGiven = [input.rows, input.cols, input.aisleCols, input.aisleRows, input.rowClasses].some(
      (value) => value !== undefined,
    );
    let regenerated: GeneratedSeat[] | null = null;
    if (gridGiven) {
      const rows = input.rows ?? layout.rows;
      const cols = input.cols ?? layout.cols;
      const aisleRows = input.aisleRows ?? current.aisleRows.filter((row) => row < rows);
      const next = generateLayoutSeats({
        kind: layout.kind,
        rows,
        cols,
        aisleCols: input.aisleCols ?? current.aisleCols.filter((col) => col < cols),
        aisleRows,
        seatClasses,
        rowClasses:
          input.rowClasses ??
          Object.fromEntries(
            Object.entries(current.rowClasses).filter(
              ([row, name]) => Number(row) < rows && !aisleRows.includes(Number(row)) && classes.has(name),
            ),
          ),
      });
      const same =
        next.length === current.seats.length &&
        next.every((seat, index) => seatKey(seat) === seatKey(current.seats[index]!));
      if (!same) {
        if ((await countEventsOnLayout(trx, layout.id)) > 0) {
          throw conflict(
            'This layout has events; its seats cannot change. Create a new layout for the new grid',
            'rows',
          );
        }
        if ((await countBookingItemsOnLayout(trx, layout.id)) > 0) {
          throw conflict(
            'This layout has bookings on its desks; its grid cannot change. Create a new layout',
            'rows',
          );
        }
        const labels = new Set(next.map((seat) => seat.label));
        regenerated = applyBlocked(
          next,
          input.blocked ?? current.blocked.filter((label) => labels.has(label)),
        );
      }
    }

    if (regenerated) {
      await deleteLayoutSeats(trx, layout.id);
      await insertLayoutSeats(
        trx,
        { venueId: layout.venueId, layoutId: layout.id, resourceKind: RESOURCE_KIND_OF_LAYOUT[layout.kind] },
        regenerated,
      );
    } else {
      if (input.seatClasses) {
        for (const seat of current.seats) {
          if (seat.seatClass !== null && !classes.has(seat.seatClass)) {
            throw validationError(
              'seatClasses',
              `Seats of this layout are in the class "${seat.seatClass}"; keep that class`,
            );
          }
        }
        for (const seatClass of input.seatClasses) await setClassPrice(trx, layout.id, seatClass);
      }
      if (input.blocked) {
        const blocked = applyBlocked(
          current.seats.map((seat) => ({ label: seat.label, blocked: false })),
          input.blocked,
        )
          .filter((seat) => seat.blocked)
          .map((seat) => seat.label);
        await setBlockedSeats(trx, layout.id, blocked);
      }
    }

    await updateLayoutRow(trx, layout.id, {
      name: input.name,
      frontLabel: input.frontLabel,
      rows: input.rows,
      cols: input.cols,
      seatClasses: input.seatClasses,
    });
    return loadLayout(trx, layout.id);
  });
}

export const getLayout = ({ db, input }: Deps<{ id: string }>) => loadLayout(db, input.id);

export async function listLayouts({ db, actor, input }: Deps<{ venueId?: string | undefined }>) {
  const layouts = await listLayoutSummaries(db, { ...input, venueIds: actor.venueIds });
  return layouts.map((layout) => ({
    ...layout,
    seatCount: layout.seatCount ?? 0,
    blockedCount: layout.blockedCount ?? 0,
    eventCount: layout.eventCount ?? 0,
  }));
}

/** Deletes a layout and its seats, only while no event and no booking refers to it. */
export async function deleteLayout({ db, input }: Deps<{ id: string }>) {
  return transact(db, async (trx) => {
    const layout = await lockLayout(trx, input.id);
    if (!layout) throw notFound('Layout');
    if ((await countEventsOnLayout(trx, layout.id)) > 0) {
      throw conflict('This layout has events and stays for their seat maps; it cannot be deleted');
    }
    if ((await countBookingItemsOnLayout(trx, layout.id)) > 0) {
      throw conflict('Bookings refer to desks of this layout; it cannot be deleted');
    }
    await deleteLayoutRow(trx, layout.id);
    return { id: layout.id, deleted: true as const };
  });
}
