import type { Db } from '../connection.js';
import { insertResources, insertVenue, type ResourceSeed } from './insert.js';

// [area, capacity, row, col] per table, T1 first; rows and cols place them on the staff floor plan.
const TABLES: [area: string, capacity: number, row: number, col: number][] = [
  ['Indoor', 2, 0, 0],
  ['Indoor', 2, 0, 1],
  ['Indoor', 4, 0, 2],
  ['Indoor', 4, 1, 0],
  ['Indoor', 6, 1, 1],
  ['Indoor', 8, 1, 2],
  ['Outdoor', 2, 3, 0],
  ['Outdoor', 4, 3, 1],
  ['Outdoor', 4, 3, 2],
  ['Outdoor', 6, 3, 3],
  ['VIP', 6, 0, 4],
  ['VIP', 8, 1, 4],
];

export async function seedRestaurant(trx: Db): Promise<void> {
  const venueId = await insertVenue(trx, {
    slug: 'warung-nusantara',
    kind: 'restaurant',
    name: 'Warung Nusantara',
    description:
      'Masakan rumahan khas Nusantara, dari nasi timbel sampai iga bakar, di jantung kota Bandung. ' +
      'Cocok untuk makan keluarga, arisan, dan jamuan di ruang VIP.',
    city: 'Bandung',
    address: 'Jl. Braga No. 45, Sumur Bandung, Bandung 40111',
    whatsapp: '+6281221110045',
    settings: {
      openingHours: { open: '11:00', close: '22:00' },
      defaultDurationMinutes: 90,
      graceMinutes: 15,
      peakWindows: [{ days: [5, 6, 7], start: '18:00', end: '21:00', multiplier: 1.25 }],
      depositPerGuestMinor: 50_000,
      autoAssign: true,
    },
  });
  const tables: ResourceSeed[] = TABLES.map(([area, capacity, row, col], index) => ({
    kind: 'table',
    label: `T${index + 1}`,
    area,
    capacity,
    pos_row: row,
    pos_col: col,
  }));
  await insertResources(trx, venueId, null, tables);
}
