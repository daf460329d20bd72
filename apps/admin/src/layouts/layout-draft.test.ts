import { describe, expect, it } from 'vitest';
import {
  cellState,
  emptyDraft,
  type LayoutDraft,
  previewSeats,
  resize,
  setRowClass,
  setSeatClasses,
  toggleAisleCol,
  toggleBlocked,
} from './layout-draft';
import { createLayoutInput, updateLayoutInput } from './layout-input';

const hall = (): LayoutDraft => ({
  ...emptyDraft('hall'),
  name: 'Studio 2',
  rows: 3,
  cols: 5,
  seatClasses: [
    { name: 'Regular', price: '50.000' },
    { name: 'Premium', price: '75.000' },
  ],
});

describe('layout draft', () => {
  it('labels seats like the server and keeps blocked seats by position across aisles', () => {
    let draft = toggleBlocked(hall(), 0, 4);
    expect(
      previewSeats(draft, 'hall')
        .seats.filter((s) => s.blocked)
        .map((s) => s.label),
    ).toEqual(['A5']);
    draft = toggleAisleCol(draft, 2);
    expect(cellState(draft, 1, 2)).toBe('aisle');
    // The seat at column 4 is now the fourth of its row: A4, still blocked.
    expect(
      previewSeats(draft, 'hall')
        .seats.filter((s) => s.blocked)
        .map((s) => s.label),
    ).toEqual(['A4']);
    expect(toggleBlocked(draft, 0, 2)).toBe(draft);
  });

  it('drops what falls outside a smaller grid and names the problem of a grid without seats', () => {
    let draft = setRowClass(toggleBlocked(hall(), 2, 4), 2, 'Premium');
    draft = resize(draft, 2, 4);
    expect(draft.blocked).toEqual([]);
    expect(draft.rowClasses).toEqual({});
    expect(previewSeats({ ...draft, aisleCols: [0, 1, 2, 3] }, 'hall').problem).toBe('aisleCols');
  });

  it('carries a class rename into its rows, and a bad price into the preview problem', () => {
    const draft = setRowClass(hall(), 2, 'Premium');
    const renamed = setSeatClasses(
      draft,
      [draft.seatClasses[0]!, { name: 'VIP', price: '90.000' }],
      ['Premium', 'VIP'],
    );
    expect(renamed.rowClasses).toEqual({ 2: 'VIP' });
    expect(previewSeats(renamed, 'hall').seats.at(-1)).toMatchObject({
      label: 'C5',
      seatClass: 'VIP',
      priceMinor: 90_000,
    });
    const bad = setSeatClasses(draft, [{ name: 'Regular', price: 'lima' }]);
    expect(previewSeats(bad, 'hall').problem).toBe('seatClasses');
  });
});

describe('layout inputs', () => {
  it('creates with labels for the blocked seats', () => {
    const input = createLayoutInput(
      toggleBlocked(setRowClass(hall(), 2, 'Premium'), 1, 0),
      'hall',
      'venue-1',
    );
    expect(input).toMatchObject({
      venueId: 'venue-1',
      kind: 'hall',
      rows: 3,
      cols: 5,
      frontLabel: 'LAYAR',
      seatClasses: [
        { name: 'Regular', priceMinor: 50_000 },
        { name: 'Premium', priceMinor: 75_000 },
      ],
      rowClasses: { 2: 'Premium' },
      blocked: ['B1'],
    });
  });

  it('updates only what changed: blocking alone leaves the grid out', () => {
    const original = hall();
    expect(updateLayoutInput(original, original, 'hall', 'l1')).toEqual({ id: 'l1' });
    expect(updateLayoutInput(toggleBlocked(original, 0, 0), original, 'hall', 'l1')).toEqual({
      id: 'l1',
      blocked: ['A1'],
    });
    const wider = updateLayoutInput(toggleAisleCol(original, 2), original, 'hall', 'l1');
    expect(wider).toMatchObject({ rows: 3, cols: 5, aisleCols: [2], aisleRows: [], blocked: [] });
    expect(wider).not.toHaveProperty('seatClasses');
  });
});
