import type { BusType } from '@reserva/domain';
import type { Db } from '../connection.js';
import { insertLayout, insertVenue } from './insert.js';
import { addMinutes, jakartaInstant } from './local-time.js';
import { upcomingEvents } from './schedule.js';
import { letter, seatGrid } from './seat-grid.js';

const OPERATOR_WHATSAPP = '+6281322200150';
const BANDUNG = 'Bandung';
const JAKARTA = 'Jakarta';

interface Run {
  departs: string;
  origin: string;
  destination: string;
}

interface Bus {
  type: BusType;
  layoutName: string;
  rows: number;
  cols: number;
  aisleCol: number;
  fareMinor: number;
  tripMinutes: number;
  /** One bus shuttles back and forth, so its runs alternate direction and never overlap. */
  runs: Run[];
}

const BUSES: Bus[] = [
  {
    type: 'Executive',
    layoutName: 'Executive 2-1',
    rows: 10,
    cols: 4,
    aisleCol: 2,
    fareMinor: 150_000,
    tripMinutes: 180,
    runs: [
      { departs: '06:00', origin: BANDUNG, destination: JAKARTA },
      { departs: '10:00', origin: JAKARTA, destination: BANDUNG },
      { departs: '14:00', origin: BANDUNG, destination: JAKARTA },
      { departs: '18:00', origin: JAKARTA, destination: BANDUNG },
    ],
  },
  {
    type: 'Economy',
    layoutName: 'Economy 2-2',
    rows: 10,
    cols: 5,
    aisleCol: 2,
    fareMinor: 95_000,
    tripMinutes: 210,
    runs: [
      { departs: '07:00', origin: JAKARTA, destination: BANDUNG },
      { departs: '11:30', origin: BANDUNG, destination: JAKARTA },
      { departs: '16:00', origin: JAKARTA, destination: BANDUNG },
      { departs: '20:30', origin: BANDUNG, destination: JAKARTA },
    ],
  },
];

export async function seedBus(trx: Db, now: Date): Promise<void> {
  const venueId = await insertVenue(trx, {
    slug: 'priangan-trans',
    kind: 'bus',
    name: 'Priangan Trans',
    description:
      'Bus antarkota Bandung–Jakarta setiap hari, kelas Eksekutif 2-1 dan Ekonomi 2-2, ber-AC dan ' +
      'tepat waktu. Bayar di loket atau transfer, konfirmasi lewat WhatsApp.',
    city: 'Bandung',
    address: 'Jl. Dr. Djunjunan No. 150, Pasteur, Sukajadi, Bandung 40162',
    whatsapp: OPERATOR_WHATSAPP,
    settings: { holdMinutes: 10, maxSeatsPerHold: 4 },
  });
  for (const bus of BUSES) {
    const seats = seatGrid(
      { rows: bus.rows, cols: bus.cols, isGap: (_row, col) => col === bus.aisleCol },
      ({ row, col, seatInRow }) => ({
        kind: 'seat' as const,
        label: `${row + 1}${letter(seatInRow)}`,
        capacity: 1,
        pos_row: row,
        pos_col: col,
      }),
    );
    const layoutId = await insertLayout(
      trx,
      venueId,
      { name: bus.layoutName, kind: 'bus', rows: bus.rows, cols: bus.cols, front_label: 'SOPIR' },
      seats,
    );
    const trips = upcomingEvents(now, (date) =>
      bus.runs.map((run) => {
        const startsAt = jakartaInstant(date, run.departs);
        return {
          venue_id: venueId,
          layout_id: layoutId,
          kind: 'trip' as const,
          title: `${run.origin} → ${run.destination}`,
          origin: run.origin,
          destination: run.destination,
          starts_at: startsAt,
          ends_at: addMinutes(startsAt, bus.tripMinutes),
          price_minor: bus.fareMinor,
          bus_type: bus.type,
          operator_whatsapp: OPERATOR_WHATSAPP,
        };
      }),
    );
    await trx.insertInto('events').values(trips).execute();
  }
}
