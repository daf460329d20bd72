import {
  formatMoney,
  type OwnHold,
  type RouterOutputs,
  SEAT_SPOT_STATUSES,
  SeatClassLegend,
  SpotPicker,
  seatLayout,
  useLiveSeatMap,
} from '@reserva/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../shared/InlineError';
import { seatWords } from './seat-words';
import { useHoldSeats } from './use-hold-seats';
import { useSeatSelection } from './use-seat-selection';

type EventDetail = RouterOutputs['events']['get'];

interface SeatChoiceProps {
  event: EventDetail;
  venueSlug: string;
  ownHold: OwnHold | null;
  reselect: readonly string[];
}

/** Map (or list), legend, what is chosen and what it costs, and "Hold seats". */
export function SeatChoice({ event, venueSlug, ownHold, reselect }: SeatChoiceProps) {
  const { t } = useTranslation();
  const { map, live } = useLiveSeatMap(event.id, ownHold);
  const seats = map.data?.seats ?? null;
  const max = map.data?.maxSeatsPerHold ?? event.maxSeatsPerHold;
  const holding = useHoldSeats({ eventId: event.id, venueSlug, onConflict: () => void map.refetch() });
  const selection = useSeatSelection(seats, max, reselect, holding.isPending || map.isFetching);
  const words = useMemo(() => (map.data ? seatWords(map.data, t) : null), [map.data, t]);

  if (!map.data || !words) {
    return map.isError ? <InlineError message={t('seatMap.loadFailed')} /> : null;
  }
  const layout = seatLayout(map.data, words);
  const free = map.data.seats.filter((seat) => seat.status === 'available').length;
  const total = selection.chosen.reduce((sum, seat) => sum + seat.priceMinor, 0);
  const labels = selection.chosen.map((seat) => seat.label).join(', ');
  const lost =
    selection.lost.length > 0
      ? t('seatMap.taken', { count: selection.lost.length, seats: selection.lost.join(', ') })
      : null;

  return (
    <div className="seat-choice">
      <p className="field-hint">
        {t('seatMap.freeCount', { count: free })} {t('seatMap.max', { count: max })}{' '}
        {live ? t('seatMap.live') : t('seatMap.connecting')}
      </p>
      <SeatClassLegend classes={map.data.layout.seatClasses} currency={map.data.currency} tags={words.tags} />
      <div
        className={`seat-map seat-map-${map.data.layout.kind}`}
        style={{ '--seat-cols': layout.cols } as React.CSSProperties}
      >
        <SpotPicker
          layouts={[layout]}
          statuses={SEAT_SPOT_STATUSES}
          selected={new Set(selection.ids)}
          onToggle={(spot) => {
            // Seats already held for you are changed on the hold page, not here.
            if (spot.status === 'mine') return;
            holding.clearError();
            selection.toggle(spot.id);
          }}
        />
      </div>
      <InlineError message={lost ?? holding.error ?? undefined} />
      {/* Kept in view while scrolling the map once something is chosen. */}
      <div className={selection.chosen.length > 0 ? 'seat-bar seat-bar-active' : 'seat-bar'}>
        <p className="seat-bar-choice" aria-live="polite">
          {selection.overLimit
            ? t('seatMap.limit', { count: max })
            : selection.chosen.length > 0
              ? t('seatMap.chosen', {
                  count: selection.chosen.length,
                  seats: labels,
                  total: formatMoney(total, map.data.currency),
                })
              : t('seatMap.chooseSeats')}
        </p>
        <button
          type="button"
          className="btn btn-primary"
          disabled={selection.chosen.length === 0 || holding.isPending}
          aria-busy={holding.isPending}
          onClick={() => {
            selection.clearNotes();
            holding.hold(selection.chosen.map((seat) => seat.id));
          }}
        >
          {holding.isPending
            ? t('auth.working')
            : selection.chosen.length > 0
              ? t('seatMap.hold', { count: selection.chosen.length })
              : t('seatMap.holdNone')}
        </button>
      </div>
    </div>
  );
}
