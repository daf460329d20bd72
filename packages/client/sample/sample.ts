/**
 * An outside app using the published `@reserva/client`: `src/package.test.ts` installs the packed
 * tarball into a fresh npm project, type-checks this file with TypeScript 5 (`strict`) and runs it
 * against a live server. Usage: `node sample.js <url> <admin api key> <showtime event id>`.
 */
import {
  type AppRouter,
  createClient,
  isTRPCClientError,
  type RouterOutputs,
  type SeatChange,
} from '@reserva/client';

const [url, apiKey, eventId] = process.argv.slice(2);
if (!url || !apiKey || !eventId) throw new Error('usage: node sample.js <url> <admin api key> <event id>');

const client = createClient({ url });

// A query: outputs are typed, timestamps arrive as ISO strings.
const venues: RouterOutputs['venues']['list'] = await client.venues.list.query();
for (const venue of venues) console.log(`venue ${venue.slug} ${venue.kind} ${venue.name}`);

// A mutation and its errors: bad input is a BAD_REQUEST that names the field at fault.
try {
  await client.auth.register.mutate({ email: 'not-an-email', password: 'long-enough-1', name: 'Ani' });
  console.log('registered with a bad email');
} catch (error) {
  if (!isTRPCClientError<AppRouter>(error)) throw error;
  console.log(`error ${error.data?.code} ${error.data?.field}`);
}

// A live seat map: subscribe from the map's last change, hold a seat, and see the change arrive.
const map = await client.events.seatMap.query({ eventId });
const seat = map.seats.find((candidate) => candidate.status === 'available');
if (!seat) throw new Error('no available seat');
let started!: () => void;
let changed!: (change: SeatChange) => void;
let failed!: (error: unknown) => void;
const ready = new Promise<void>((resolve) => (started = resolve));
const firstChange = new Promise<SeatChange>((resolve, reject) => {
  changed = resolve;
  failed = reject;
});
const subscription = client.events.onSeatChange.subscribe(
  { eventId, lastEventId: map.lastChangeId },
  {
    onStarted: () => started(),
    onData: (envelope) => changed(envelope.data),
    onError: (error) => failed(error),
  },
);
await ready;
const hold = await client.holds.create.mutate({ eventId, seatIds: [seat.id] });
const change = await firstChange;
subscription.unsubscribe();
console.log(`held ${seat.label} ${hold.holdId} ${hold.totalMinor} ${hold.currency}`);
console.log(`live ${change.status} ${change.holdId} ${change.seatIds.join(',')}`);

// An API key acts with the role it was created with (here: admin).
const admin = createClient({ url, apiKey });
const { total } = await admin.admin.users.list.query();
console.log(`users ${total}`);

// Mistakes the compiler catches: each line below must fail to compile, or this file does.
export async function mistakes() {
  // @ts-expect-error wrong input: a venue kind is one of five words
  await client.venues.list.query({ kind: 'spaceship' });
  // @ts-expect-error wrong input: seatIds is a list
  await client.holds.create.mutate({ eventId: 'e', seatIds: 'A1' });
  // @ts-expect-error wrong procedure name: venues cannot be removed through the public API
  await client.venues.remove.mutate({ id: 'x' });
  // @ts-expect-error output misuse: a venue's name is a string
  const rounded: string | undefined = venues[0]?.name.toFixed(0);
  // @ts-expect-error output misuse: timestamps arrive as ISO strings, not Dates
  const expires: Date = hold.expiresAt;
  return { rounded, expires };
}
