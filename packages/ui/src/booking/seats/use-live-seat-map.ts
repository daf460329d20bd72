import { skipToken } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { trpc } from '../../api/trpc';
import { applySeatChange } from './seat-spots';

/** The caller's own hold on this event, so its seats read "held by you". */
export interface OwnHold {
  token: string;
  holdId: string;
}

/** Should the stream fail for good, the snapshot is asked for again this often instead. */
const FALLBACK_REFRESH_MS = 15_000;

/**
 * An event's seat map kept current: the events.seatMap snapshot, then every events.onSeatChange
 * message patched into that cached snapshot. The stream starts at the snapshot's lastChangeId, so
 * no change made in between is missed; after a dropped connection the link resumes from the last
 * id it received. A fresh snapshot (after a conflict, say) restarts the stream from its own id.
 */
export function useLiveSeatMap(eventId: string | null, hold: OwnHold | null) {
  const utils = trpc.useUtils();
  const [streamFailed, setStreamFailed] = useState(false);
  const input = eventId ? { eventId, holdToken: hold?.token } : null;
  const map = trpc.events.seatMap.useQuery(input ?? skipToken, {
    refetchInterval: streamFailed ? FALLBACK_REFRESH_MS : false,
  });
  // Read when a message arrives, not when the stream started.
  const latest = useRef({ input, holdId: hold?.holdId ?? null });
  latest.current = { input, holdId: hold?.holdId ?? null };

  const lastEventId = map.data?.lastChangeId;
  const stream = trpc.events.onSeatChange.useSubscription(
    eventId && lastEventId !== undefined ? { eventId, lastEventId } : skipToken,
    {
      onStarted: () => setStreamFailed(false),
      onData: (message) => {
        const { input: key, holdId } = latest.current;
        if (!key) return;
        utils.events.seatMap.setData(key, (current) =>
          current ? applySeatChange(current, message.data, holdId) : current,
        );
      },
      onError: () => setStreamFailed(true),
    },
  );
  return { map, live: stream.status === 'pending' };
}
