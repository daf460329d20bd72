/** Live seat-map viewers for tests that talk to real servers through the typed client. */
import type { ReservaClient, SeatChange } from './index.js';

export interface Received {
  id: string;
  data: SeatChange;
  at: number;
}

/** A live viewer of one event's seat map: every change it receives, with when it arrived. */
export function viewer(client: ReservaClient, eventId: string, lastEventId: string) {
  const received: Received[] = [];
  const errors: unknown[] = [];
  let started!: () => void;
  const ready = new Promise<void>((resolve) => (started = resolve));
  const subscription = client.events.onSeatChange.subscribe(
    { eventId, lastEventId },
    {
      onStarted: () => started(),
      onData: (envelope) => received.push({ id: envelope.id, data: envelope.data, at: performance.now() }),
      onError: (error) => errors.push(error),
    },
  );
  return { received, errors, ready, stop: () => subscription.unsubscribe() };
}

export type Viewer = ReturnType<typeof viewer>;

/** Resolves with the first change matching `match`, or fails after `timeoutMs`. */
export async function arrival(of: Viewer, match: (change: SeatChange) => boolean, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const found = of.received.find((change) => match(change.data));
    if (found) return found;
    if (of.errors.length > 0) throw of.errors[0];
    if (performance.now() > deadline) {
      throw new Error(
        `no matching change within ${timeoutMs} ms; received ${JSON.stringify(of.received.map((r) => r.data))}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
