import { createHash, randomInt } from 'node:crypto';
import { HOUR_MS, insertBookings, insertRestaurant, localMidnight, MINUTE_MS } from '../fixtures.mjs';
import { sampleInterleaved } from '../load.mjs';
import { progress } from '../log.mjs';
import { figure, percentile, round } from '../stats.mjs';

const TABLES = 100;
const BOOKINGS_PER_TABLE = 100; // 100 × 100 = 10,000 paid bookings
const DAYS_AHEAD = 5;
const WARMUP = 20;
const SAMPLES = 300;

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const randomBase32 = (length) => Array.from({ length }, () => BASE32[randomInt(32)]).join('');

/**
 * 10,000 confirmed restaurant bookings, each paid at the counter (a SUCCEEDED payment), written by
 * SQL, and a staff API key to cancel them with (only its SHA-256 is stored, as the server does).
 */
export async function prepareCancelRefund(pool) {
  const venue = await insertRestaurant(pool, {
    slug: 'bench-cancel-refund',
    settings: { depositPerGuestMinor: 50_000 },
    tables: Array.from({ length: TABLES }, (_, i) => ({
      label: `C${String(i + 1).padStart(3, '0')}`,
      capacity: 4,
    })),
  });
  const bookings = [];
  const dayStart = localMidnight(DAYS_AHEAD);
  venue.tables.forEach((table) => {
    for (let k = 0; k < BOOKINGS_PER_TABLE; k++) {
      // Two-hour slots, one after the other over the days from DAYS_AHEAD on.
      const start = new Date(dayStart.getTime() + k * 2 * HOUR_MS);
      bookings.push({
        resourceId: table.id,
        start,
        end: new Date(start.getTime() + 90 * MINUTE_MS),
        partySize: 2,
      });
    }
  });
  await insertBookings(pool, venue.id, bookings, 'CR');
  await pool.query(
    `WITH paid AS (
       UPDATE bookings SET payment_status = 'PAID', deposit_minor = 100000, total_minor = 100000
       WHERE venue_id = $1 RETURNING id
     )
     INSERT INTO payments (booking_id, provider, method, status, amount_minor, currency, idempotency_key, reference)
     SELECT id, 'offline', 'cash', 'SUCCEEDED', 100000, 'IDR', 'bench:' || id, 'bench' FROM paid`,
    [venue.id],
  );
  const prefix = randomBase32(8);
  const key = `rsv_${prefix}_${randomBase32(32)}`;
  await pool.query(
    `INSERT INTO api_keys (name, prefix, key_hash, role) VALUES ('bench staff', $1, $2, 'staff')`,
    [prefix, createHash('sha256').update(key, 'utf8').digest('hex')],
  );
  const { rows } = await pool.query(
    `SELECT id FROM bookings WHERE venue_id = $1 ORDER BY random() LIMIT $2`,
    [venue.id, WARMUP + SAMPLES],
  );
  return { apiKey: key, bookingIds: rows.map((row) => row.id) };
}

/** `staff.bookings.cancel` of one paid booking: the cancellation and its refund queued, one transaction. */
export async function cancelRefundP95({ makeClient, fixture }) {
  const api = makeClient({ authorization: `Bearer ${fixture.apiKey}` });
  const ids = [...fixture.bookingIds];
  const cancelOne = async () => {
    const id = ids.pop();
    const booking = await api.mutation('staff.bookings.cancel', {
      id,
      reasonCode: 'VENUE_CLOSED',
      description: 'bench',
    });
    if (booking.status !== 'CANCELLED' || booking.paymentStatus !== 'REFUND_PENDING') {
      throw new Error(`unexpected cancel answer: ${JSON.stringify(booking).slice(0, 300)}`);
    }
  };
  try {
    const samples = await sampleInterleaved({
      count: SAMPLES,
      warmup: WARMUP,
      probes: {
        cancel: cancelOne,
        healthz: async () => {
          const { status } = await api.get('/healthz');
          if (status !== 200) throw new Error(`/healthz answered ${status}`);
        },
      },
    });
    const p95 = percentile(samples.cancel, 95);
    const baseline = percentile(samples.healthz, 95);
    progress(
      `payments.cancelRefund p50 ${round(percentile(samples.cancel, 50))} ms, p95 ${round(p95)} ms, ` +
        `max ${round(Math.max(...samples.cancel))} ms; /healthz p95 ${round(baseline)} ms`,
    );
    return figure({
      name: 'payments.cancelRefund.p95',
      value: p95,
      unit: 'ms',
      baseline,
      target: { atMost: 30 },
    });
  } finally {
    api.close();
  }
}
