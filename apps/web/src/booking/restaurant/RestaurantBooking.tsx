import { isValidLocalDate, priceRestaurant } from '@reserva/domain';
import {
  contactInput,
  formatLocalDate,
  formatMoney,
  formatVenueDateTime,
  trpc,
  type User,
  useContactForm,
} from '@reserva/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BookingStep } from '../shared/BookingStep';
import { ReserveStep } from '../shared/ReserveStep';
import { SummaryList } from '../shared/SummaryList';
import type { Venue } from '../shared/types';
import { useReserve } from '../shared/use-reserve';
import { bookableDates } from '../shared/venue-dates';
import { type RestaurantQuery, RestaurantSearch } from './RestaurantSearch';
import { RestaurantTimes } from './RestaurantTimes';

const FIELDS = ['date', 'partySize', 'area', 'start', 'end', 'durationMinutes', 'resourceId'] as const;

/** Date, party and area → a free time → contact → reserve. The table is assigned by the venue. */
export function RestaurantBooking({ venue, user }: { venue: Venue; user: User | null }) {
  const { t } = useTranslation();
  const dates = bookableDates(venue);
  const [search, setSearch] = useState<RestaurantQuery>({ date: dates.today, partySize: 2, area: '' });
  const [start, setStart] = useState<string | null>(null);
  const form = useContactForm(user);

  const dateOk = isValidLocalDate(search.date) && search.date >= dates.today && search.date <= dates.last;
  const availability = trpc.availability.search.useQuery(
    { venueId: venue.id, date: search.date, partySize: search.partySize, area: search.area || undefined },
    { enabled: dateOk, placeholderData: keepPreviousData },
  );
  const times = availability.data?.kind === 'restaurant' ? availability.data : null;
  const slot = times?.slots.find((candidate) => candidate.start === start && candidate.available) ?? null;

  const reserve = useReserve({
    form,
    fields: FIELDS,
    messages: slot
      ? { 'CONFLICT:start': t('restaurant.conflict', { count: search.partySize, time: slot.time }) }
      : {},
    onConflict: () => {
      setStart(null);
      void availability.refetch();
    },
    queryError: availability.error,
  });
  const errors: Record<string, string | undefined> = {
    ...(dateOk
      ? {}
      : {
          date: t('booking.dateRange', {
            from: formatLocalDate(dates.today),
            to: formatLocalDate(dates.last),
          }),
        }),
    ...reserve.errors,
  };
  const change = (patch: Partial<RestaurantQuery>) => {
    setSearch((current) => ({ ...current, ...patch }));
    setStart(null);
    reserve.clearErrors();
  };

  const deposit =
    slot && venue.settings.depositPerGuestMinor > 0
      ? priceRestaurant({
          settings: venue.settings,
          timeZone: venue.timeZone,
          start: new Date(slot.start),
          partySize: search.partySize,
        })
      : null;

  return (
    <>
      <BookingStep number={1} title={t('restaurant.searchStep')}>
        <RestaurantSearch venue={venue} value={search} dates={dates} errors={errors} onChange={change} />
      </BookingStep>
      <BookingStep number={2} title={t('restaurant.timesStep')}>
        <RestaurantTimes
          venue={venue}
          times={dateOk ? times : null}
          stale={availability.isPlaceholderData || availability.isFetching}
          selected={slot?.start ?? null}
          error={errors.start ?? errors.end ?? errors.durationMinutes ?? errors.resourceId}
          lastDate={dates.last}
          onSelect={(next) => {
            setStart(next);
            reserve.clearErrors();
          }}
          onDate={(date) => change({ date })}
        />
      </BookingStep>
      {slot ? (
        <ReserveStep
          number={3}
          form={form}
          user={user}
          busy={reserve.isPending}
          submitLabel={t('restaurant.submit')}
          onSubmit={() =>
            reserve.reserve({
              venueId: venue.id,
              start: slot.start,
              partySize: search.partySize,
              area: search.area || undefined,
              contact: contactInput(form.values, user),
            })
          }
        >
          <SummaryList
            rows={[
              { label: t('booking.facts.when'), value: formatVenueDateTime(slot.start, venue.timeZone) },
              {
                label: t('booking.duration'),
                value: t('booking.minutes', { count: venue.settings.defaultDurationMinutes }),
              },
              { label: t('booking.facts.party'), value: t('booking.people', { count: search.partySize }) },
              { label: t('booking.facts.area'), value: search.area || t('restaurant.anyArea') },
              ...(deposit
                ? [
                    {
                      label: t('booking.facts.deposit'),
                      value: `${formatMoney(deposit.depositMinor, venue.currency)}${deposit.isPeak ? ` · ${t('booking.peak')}` : ''}`,
                    },
                  ]
                : []),
            ]}
          />
        </ReserveStep>
      ) : null}
    </>
  );
}
