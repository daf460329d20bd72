import type { LayoutKind } from '@reserva/domain';
import type { RouterInputs } from '@reserva/ui';
import { gridSpec, type LayoutDraft, previewSeats } from './layout-draft';

type CreateLayoutInput = RouterInputs['admin']['layouts']['create'];
type UpdateLayoutInput = RouterInputs['admin']['layouts']['update'];

/** Blocked seats by the labels the server will give them. */
export const blockedLabels = (draft: LayoutDraft, kind: LayoutKind): string[] =>
  previewSeats(draft, kind)
    .seats.filter((seat) => seat.blocked)
    .map((seat) => seat.label);

export function createLayoutInput(draft: LayoutDraft, kind: LayoutKind, venueId: string): CreateLayoutInput {
  const spec = gridSpec(draft, kind);
  return {
    venueId,
    kind,
    name: draft.name,
    frontLabel: draft.frontLabel || null,
    rows: spec.rows,
    cols: spec.cols,
    aisleCols: spec.aisleCols,
    aisleRows: spec.aisleRows,
    seatClasses: spec.seatClasses,
    rowClasses: spec.rowClasses,
    blocked: blockedLabels(draft, kind),
  };
}

/** Each seat row's class name, aisles left out: what decides whether the seats are made again. */
function rowClassNames(draft: LayoutDraft): string[] {
  const first = draft.seatClasses[0]?.name.trim() ?? '';
  return Array.from({ length: draft.rows }, (_, row) =>
    draft.aisleRows.includes(row) ? '' : (draft.rowClasses[row]?.trim() ?? first),
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Only what changed. The grid goes whole (rows, columns, aisles, row classes) when any of it
 * changed, since the server then makes the seats again; blocking and prices travel on their own,
 * which the server allows even once the layout has events.
 */
export function updateLayoutInput(
  draft: LayoutDraft,
  original: LayoutDraft,
  kind: LayoutKind,
  id: string,
): UpdateLayoutInput {
  const input: UpdateLayoutInput = { id };
  if (draft.name !== original.name) input.name = draft.name;
  if (draft.frontLabel !== original.frontLabel) input.frontLabel = draft.frontLabel || null;
  const next = gridSpec(draft, kind);
  const gridChanged =
    !same(
      [next.rows, next.cols, next.aisleCols, next.aisleRows],
      [original.rows, original.cols, original.aisleCols, original.aisleRows],
    ) || !same(rowClassNames(draft), rowClassNames(original));
  if (gridChanged) {
    Object.assign(input, {
      rows: next.rows,
      cols: next.cols,
      aisleCols: next.aisleCols,
      aisleRows: next.aisleRows,
      rowClasses: next.rowClasses,
    });
  }
  if (draft.seatClasses.length > 0 && !same(next.seatClasses, gridSpec(original, kind).seatClasses)) {
    input.seatClasses = next.seatClasses;
  }
  const blocked = blockedLabels(draft, kind);
  if (gridChanged || !same([...blocked].sort(), [...blockedLabels(original, kind)].sort()))
    input.blocked = blocked;
  return input;
}
