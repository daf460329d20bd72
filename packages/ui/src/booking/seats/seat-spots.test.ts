import { describe, expect, it } from 'vitest';
import { applySeatChange, classTags, type SeatMap, seatLayout } from './seat-spots';

const seat = (
  id: string,
  row: number,
  col: number,
  status: SeatMap['seats'][number]['status'] = 'available',
) => ({
  id,
  label: id,
  row,
  col,
  seatClass: row === 0 ? 'Regular' : 'Premium',
  priceMinor: row === 0 ? 50_000 : 75_000,
  status,
});

const map: SeatMap = {
  eventId: 'e1',
  eventStatus: 'scheduled',
  currency: 'IDR',
  maxSeatsPerHold: 4,
  layout: {
    id: 'hall',
    name: 'Studio 1',
    kind: 'hall',
    rows: 2,
    cols: 3,
    frontLabel: 'LAYAR',
    seatClasses: [
      { name: 'Regular', priceMinor: 50_000 },
      { name: 'Premium', priceMinor: 75_000 },
    ],
  },
  seats: [seat('A1', 0, 0), seat('A2', 0, 2), seat('B1', 1, 0, 'booked'), seat('B2', 1, 4)],
  lastChangeId: '7',
};

describe('applySeatChange', () => {
  it('sets the status of the named seats only', () => {
    const next = applySeatChange(map, { seatIds: ['A1'], status: 'held', holdId: 'h9' }, 'h1');
    expect(next.seats.map((s) => s.status)).toEqual(['held', 'available', 'booked', 'available']);
    expect(next.lastChangeId).toBe('7');
  });

  it("shows the viewer's own hold as held by you, and lets seats go again", () => {
    const held = applySeatChange(map, { seatIds: ['A1', 'A2'], status: 'held', holdId: 'h1' }, 'h1');
    expect(held.seats.slice(0, 2).map((s) => s.status)).toEqual(['heldByYou', 'heldByYou']);
    const freed = applySeatChange(held, { seatIds: ['A2'], status: 'available', holdId: 'h1' }, 'h1');
    expect(freed.seats.slice(0, 2).map((s) => s.status)).toEqual(['heldByYou', 'available']);
  });

  it('returns the same snapshot when nothing changes', () => {
    expect(applySeatChange(map, { seatIds: ['B1'], status: 'booked' }, null)).toBe(map);
    expect(applySeatChange(map, { seatIds: ['nope'], status: 'held' }, null)).toBe(map);
  });
});

describe('seatLayout', () => {
  it('maps statuses to spots and grows to fit seats drawn outside the layout', () => {
    const layout = seatLayout(map, { detail: (s) => s.seatClass ?? undefined, tag: () => 'P' });
    expect(layout).toMatchObject({ rows: 2, cols: 5, frontLabel: 'LAYAR' });
    expect(layout.spots.map((spot) => spot.status)).toEqual(['free', 'free', 'busy', 'free']);
    expect(layout.spots[0]).toMatchObject({ label: 'A1', detail: 'Regular', tag: 'P' });
  });
});

describe('classTags', () => {
  it('marks every class but the first by its initial, or its number when initials clash', () => {
    expect([...classTags(['Regular', 'Premium'])]).toEqual([
      ['Regular', undefined],
      ['Premium', 'P'],
    ]);
    expect([...classTags(['Regular', 'Sweetbox', 'Satin'])]).toEqual([
      ['Regular', undefined],
      ['Sweetbox', '2'],
      ['Satin', '3'],
    ]);
  });
});
