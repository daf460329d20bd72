import { priceCoworking } from '@reserva/domain';
import {
  contactInput,
  formatMoney,
  formatVenueRange,
  LIVE_REFRESH,
  trpc,
  type User,
  useContactForm,
} from '@reserva/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BookingStep } from '../shared/BookingStep';
import { ReserveStep } from '../shared/ReserveStep';
import { SummaryList } from '../shared/SummaryList';
import type { Venue } from '../shared/types';
import { useReserve } from '../shared/use-reserve';
import { bookableDates } from '../shared/venue-dates';
import { DeskStep } from './DeskStep';
import { deskLayouts } from './desk-spots';
import { TimeRangeFields } from './TimeRangeFields';
import { defaultRange, endFor, initialRange, type TimeRange } from './time-range';
import { useDeskChoice } from './use-desk-choice';

const FIELDS = ['date', 'start', 'end', 'durationMinutes', 'resourceId'] as const;

/** Date and time range → a desk on the floor map → reserve. Confirmed at once. */
export function CoworkingBooking({ venue, user }: { venue: Venue; user: User | null }) {
  const { t } = useTranslation();
  const dates = bookableDates(venue);
  const [range, setRange] = useState<TimeRange>(() => initialRange(venue, dates.today, new Date()));
  const form = useContactForm(user);
  const money = (minor: number) => formatMoney(minor, venue.currency);

  const ready = range.start !== '' && range.end !== '';
  const availability = trpc.availability.search.useQuery(
    { venueId: venue.id, start: range.start, end: range.end },
    { enabled: ready, ...LIVE_REFRESH },
  );
  const desks = availability.data?.kind === 'coworking' ? availability.data.desks : null;
  const choice = useDeskChoice(desks);
  const desk = choice.desk;

  const reserve = useReserve({
    form,
    fields: FIELDS,
    messages: desk ? { 'CONFLICT:resourceId': t('coworking.taken', { label: desk.label }) } : {},
    onConflict: () => {
      choice.clear();
      void availability.refetch();
    },
    queryError: availability.error,
  });
  const errors = reserve.errors;
  const update = (next: TimeRange) => {
    setRange(next);
    reserve.clearErrors();
  };
  const onDate = (date: string) =>
    update(defaultRange(venue, date, new Date()) ?? { date, start: '', end: '' });
  const onStart = (start: string) => {
    const minutes = (new Date(range.end).getTime() - new Date(range.start).getTime()) / 60_000;
    update({
      ...range,
      start,
      end: endFor(venue, range.date, start, minutes || venue.settings.defaultDurationMinutes),
    });
  };

  const layouts = desks
    ? deskLayouts(
        desks,
        venue.layouts,
        (d) => {
          const perHour = t('coworking.perHour', { price: money(d.pricePerHourMinor) });
          return d.area ? `${d.area} · ${perHour}` : perHour;
        },
        t('coworking.otherDesks'),
      )
    : null;
  const price =
    desk && ready
      ? priceCoworking({
          pricePerHourMinor: desk.pricePerHourMinor,
          start: new Date(range.start),
          end: new Date(range.end),
        })
      : null;

  return (
    <>
      <BookingStep number={1} title={t('coworking.whenStep')}>
        <TimeRangeFields
          venue={venue}
          value={range}
          dates={dates}
          errors={errors}
          onDate={onDate}
          onStart={onStart}
          onEnd={(end) => update({ ...range, end })}
        />
      </BookingStep>
      {ready ? (
        <BookingStep number={2} title={t('coworking.deskStep')}>
          <DeskStep
            layouts={layouts}
            selected={desk}
            currency={venue.currency}
            error={errors.resourceId ?? choice.lost ?? undefined}
            onToggle={(id) => {
              choice.choose(id);
              reserve.clearErrors();
            }}
          />
        </BookingStep>
      ) : null}
      {desk && price ? (
        <ReserveStep
          number={3}
          form={form}
          user={user}
          busy={reserve.isPending}
          submitLabel={t('coworking.submit')}
          onSubmit={() =>
            reserve.reserve({
              venueId: venue.id,
              resourceId: desk.id,
              start: range.start,
              end: range.end,
              contact: contactInput(form.values, user),
            })
          }
        >
          <SummaryList
            rows={[
              {
                label: t('booking.facts.when'),
                value: formatVenueRange(range.start, range.end, venue.timeZone),
              },
              {
                label: t('booking.facts.item.desk'),
                value: desk.area ? `${desk.label} · ${desk.area}` : desk.label,
              },
              { label: t('booking.facts.total'), value: money(price.totalMinor) },
            ]}
          />
        </ReserveStep>
      ) : null}
    </>
  );
}
