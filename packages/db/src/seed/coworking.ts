import type { Db } from '../connection.js';
import { insertLayout, insertVenue } from './insert.js';
import { seatGrid } from './seat-grid.js';

// A 6×8 floor: window desks along the glass (row 0), two collaboration pods in the middle,
// the quiet room at the back; rows 1 and 4 and the pod gaps are walkways.
const ZONE_BY_ROW: Record<number, { zone: string; priceMinor: number }> = {
  0: { zone: 'Window', priceMinor: 35_000 },
  2: { zone: 'Collab', priceMinor: 25_000 },
  3: { zone: 'Collab', priceMinor: 25_000 },
  5: { zone: 'Quiet', priceMinor: 25_000 },
};
const POD_COLS = new Set([1, 2, 5, 6]);

export async function seedCoworking(trx: Db): Promise<void> {
  const venueId = await insertVenue(trx, {
    slug: 'ruang-kerja-dago',
    kind: 'coworking',
    name: 'Ruang Kerja Dago',
    description:
      'Ruang kerja bersama yang tenang dengan pemandangan Dago, internet cepat, dan kopi Priangan ' +
      'tanpa batas. Sewa meja per jam, tanpa kontrak.',
    city: 'Bandung',
    address: 'Jl. Ir. H. Juanda No. 112, Coblong, Bandung 40132',
    whatsapp: '+6281221110112',
    settings: {
      openingHours: { open: '08:00', close: '20:00' },
      defaultDurationMinutes: 120,
      minDurationMinutes: 60,
      maxDurationMinutes: 12 * 60,
      slotStepMinutes: 30,
    },
  });
  const desks = seatGrid(
    {
      rows: 6,
      cols: 8,
      isGap: (row, col) => !(row in ZONE_BY_ROW) || ((row === 2 || row === 3) && !POD_COLS.has(col)),
    },
    ({ row, col, index }) => {
      const { zone, priceMinor } = ZONE_BY_ROW[row]!;
      return {
        kind: 'desk' as const,
        label: `D${index + 1}`,
        capacity: 1,
        area: zone,
        price_minor: priceMinor,
        pos_row: row,
        pos_col: col,
      };
    },
  );
  await insertLayout(
    trx,
    venueId,
    { name: 'Lantai 1', kind: 'floor', rows: 6, cols: 8, front_label: 'Entrance' },
    desks,
  );
}
