import { uuidSchema } from '@reserva/domain';
import { tracked } from '@trpc/server';
import { z } from 'zod';
import { type SeatChange, seatTopic } from '../../live/seat-changes.js';
import { assertEventExists } from '../../services/events.service.js';
import { publicProcedure } from '../../trpc.js';

export const onSeatChangeInput = z.object({
  eventId: uuidSchema,
  /** The id of the last change this viewer saw: changes after it are replayed first. */
  lastEventId: z.string().regex(/^\d+$/, 'Must be an id received from this subscription').nullish(),
});

export const onSeatChangeProcedure = publicProcedure
  .input(onSeatChangeInput)
  // Checks run before the stream starts, so a bad request fails with its own code, not mid-stream.
  .subscription(async ({ ctx, input, signal }) => {
    await assertEventExists({ db: ctx.db, eventId: input.eventId });
    const changes = ctx.feed.subscribe(seatTopic(input.eventId), { lastEventId: input.lastEventId, signal });
    return (async function* () {
      for await (const change of changes) yield tracked(change.id, change.payload as unknown as SeatChange);
    })();
  });
