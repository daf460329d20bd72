import { instantToZoned } from '@reserva/domain';
import { useSearchParams } from 'react-router';

/** What a seat journey keeps in the address: a reload or the back button returns to the same step. */
export type JourneyParam = 'date' | 'event' | 'from' | 'to';

export function useJourneyParams() {
  const [params, setParams] = useSearchParams();
  const get = (name: JourneyParam) => params.get(name) ?? '';
  /** Empty values are dropped; a new step (`push`) gets its own history entry. */
  const set = (patch: Partial<Record<JourneyParam, string>>, { push = false } = {}) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(patch)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: !push, preventScrollReset: true },
    );
  };
  return { get, set };
}

interface JourneyEvent {
  id: string;
  startsAt: string | Date;
  origin: string | null;
  destination: string | null;
  venue: { slug: string; timeZone: string };
}

/** Back to the seat map of this event on its venue page, as the journey's address says it. */
export function seatMapUrl(event: JourneyEvent): string {
  const params = new URLSearchParams({
    date: instantToZoned(new Date(event.startsAt), event.venue.timeZone).date,
    event: event.id,
  });
  if (event.origin) params.set('from', event.origin);
  if (event.destination) params.set('to', event.destination);
  return `/v/${event.venue.slug}?${params}`;
}

/** Navigation state that preselects seats on the map (after a hold expired or was given back). */
export interface ReselectState {
  reselect?: string[];
}
