import type { Db } from '../connection.js';
import { insertResources, insertVenue, type ResourceSeed } from './insert.js';

const ROOM_TYPES = {
  Standard: { capacity: 2, priceMinor: 450_000 },
  Deluxe: { capacity: 2, priceMinor: 750_000 },
  Suite: { capacity: 4, priceMinor: 1_500_000 },
} as const;
type RoomType = keyof typeof ROOM_TYPES;

const FLOORS = [1, 2, 3, 4];
const ROOMS_PER_FLOOR = 5;
// Rooms under repair, so staff screens and availability have something to skip.
const IN_MAINTENANCE = new Set(['204', '302']);

// Standard on the lower floors, Deluxe above, Suites at the top end of floor 4.
function roomType(floor: number, room: number): RoomType {
  if (floor <= 2) return 'Standard';
  if (floor === 4 && room >= 3) return 'Suite';
  return 'Deluxe';
}

export async function seedHotel(trx: Db): Promise<void> {
  const venueId = await insertVenue(trx, {
    slug: 'hotel-priangan',
    kind: 'hotel',
    name: 'Hotel Priangan',
    description:
      'Hotel butik bernuansa kolonial di Bandung, lima menit dari Gedung Sate. Sarapan nasi kuning ' +
      'dan kopi Java Preanger setiap pagi.',
    city: 'Bandung',
    address: 'Jl. Diponegoro No. 27, Citarum, Bandung 40115',
    whatsapp: '+6281221110027',
    // A guest who has not arrived by 02:00 after the 14:00 check-in is a no-show.
    settings: { weekendNightlyMultiplier: 1.2, graceMinutes: 12 * 60 },
  });
  const rooms: ResourceSeed[] = FLOORS.flatMap((floor) =>
    Array.from({ length: ROOMS_PER_FLOOR }, (_, index) => {
      const label = `${floor}0${index + 1}`;
      const type = roomType(floor, index + 1);
      return {
        kind: 'room' as const,
        label,
        area: type,
        capacity: ROOM_TYPES[type].capacity,
        price_minor: ROOM_TYPES[type].priceMinor,
        status: IN_MAINTENANCE.has(label) ? ('maintenance' as const) : ('available' as const),
      };
    }),
  );
  await insertResources(trx, venueId, null, rooms);
}
