import type { Db } from '../connection.js';
import type { SeatClass } from '../schema.js';
import { insertLayout, insertVenue } from './insert.js';
import { addMinutes, jakartaInstant } from './local-time.js';
import { upcomingEvents } from './schedule.js';
import { letter, seatGrid } from './seat-grid.js';

const SEAT_CLASSES = [
  { name: 'Regular', priceMinor: 50_000 },
  { name: 'Premium', priceMinor: 75_000 },
] as const satisfies readonly SeatClass[];
const [REGULAR, PREMIUM] = SEAT_CLASSES;

// Rows A (by the screen) to J; 12 seats a row split by a centre aisle in grid column 6.
const HALL = { rows: 10, cols: 13, aisleCol: 6, premiumFromRow: 7 };

const FILMS = [
  { title: 'Agak Laen', minutes: 119 },
  { title: 'Laskar Pelangi', minutes: 124 },
  { title: 'Pengabdi Setan', minutes: 107 },
  { title: 'Habibie & Ainun', minutes: 118 },
  { title: 'Ngeri-Ngeri Sedap', minutes: 114 },
  { title: 'Gundala', minutes: 123 },
  { title: 'Dilan 1990', minutes: 110 },
];
// 165 minutes apart: the longest film plus cleaning fits, so showtimes never overlap in the hall.
const SHOW_STARTS = ['12:00', '14:45', '17:30', '20:15'];

export async function seedCinema(trx: Db, now: Date): Promise<void> {
  const venueId = await insertVenue(trx, {
    slug: 'bioskop-braga',
    kind: 'cinema',
    name: 'Bioskop Braga',
    description:
      'Bioskop satu layar di gedung art deco Jalan Braga yang memutar film Indonesia terbaik setiap ' +
      'hari. Kursi Premium di tiga baris belakang.',
    city: 'Bandung',
    address: 'Jl. Braga No. 99, Braga, Sumur Bandung, Bandung 40111',
    whatsapp: '+6281221110099',
    settings: { holdMinutes: 10, maxSeatsPerHold: 4 },
  });
  const seats = seatGrid(
    { rows: HALL.rows, cols: HALL.cols, isGap: (_row, col) => col === HALL.aisleCol },
    ({ row, col, seatInRow }) => {
      const seatClass = row >= HALL.premiumFromRow ? PREMIUM : REGULAR;
      return {
        kind: 'seat' as const,
        label: `${letter(row)}${seatInRow + 1}`,
        capacity: 1,
        area: seatClass.name,
        price_minor: seatClass.priceMinor,
        pos_row: row,
        pos_col: col,
      };
    },
  );
  const layoutId = await insertLayout(
    trx,
    venueId,
    {
      name: 'Studio 1',
      kind: 'hall',
      rows: HALL.rows,
      cols: HALL.cols,
      front_label: 'LAYAR',
      seat_classes: [...SEAT_CLASSES],
    },
    seats,
  );

  const showtimes = upcomingEvents(now, (date, day) =>
    SHOW_STARTS.map((time, slot) => {
      // Rotating by day as well as slot puts every film at a different hour each day.
      const film = FILMS[(day + slot) % FILMS.length]!;
      const startsAt = jakartaInstant(date, time);
      return {
        venue_id: venueId,
        layout_id: layoutId,
        kind: 'showtime' as const,
        title: film.title,
        starts_at: startsAt,
        ends_at: addMinutes(startsAt, film.minutes),
        // The Regular fare; Premium seats carry their class price.
        price_minor: REGULAR.priceMinor,
      };
    }),
  );
  await trx.insertInto('events').values(showtimes).execute();
}
