import { zonedToInstant } from '@reserva/domain';
import {
  contactInput,
  formatMoney,
  formatVenueDateTime,
  Loading,
  trpc,
  type User,
  useContactForm,
} from '@reserva/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BookingStep } from '../shared/BookingStep';
import { InlineError } from '../shared/InlineError';
import { ReserveStep } from '../shared/ReserveStep';
import { SummaryList } from '../shared/SummaryList';
import type { Venue } from '../shared/types';
import { useReserve } from '../shared/use-reserve';
import { bookableDates } from '../shared/venue-dates';
import { RoomTypes } from './RoomTypes';
import { StayFields } from './StayFields';
import { nightsOf, type Stay, withCheckIn } from './stay';

const FIELDS = ['checkIn', 'checkOut', 'partySize', 'roomType', 'resourceId'] as const;

/** Check-in, check-out and guests → a room type → reserve; the hotel assigns the room. */
export function HotelBooking({ venue, user }: { venue: Venue; user: User | null }) {
  const { t } = useTranslation();
  const dates = bookableDates(venue);
  const [stay, setStay] = useState<Stay>(() =>
    withCheckIn(venue, { checkIn: dates.today, checkOut: '', guests: 2 }, dates.today),
  );
  const [roomType, setRoomType] = useState<string | null>(null);
  const form = useContactForm(user);
  const nights = nightsOf(stay);

  const availability = trpc.availability.search.useQuery(
    { venueId: venue.id, checkIn: stay.checkIn, checkOut: stay.checkOut, guests: stay.guests },
    { enabled: nights !== null },
  );
  const rooms = availability.data?.kind === 'hotel' ? availability.data : null;
  const chosen = rooms?.roomTypes.find(
    (room) => room.type === roomType && room.fitsGuests && room.freeCount > 0,
  );

  const reserve = useReserve({
    form,
    fields: FIELDS,
    messages: roomType ? { 'CONFLICT:roomType': t('hotel.conflict', { type: roomType }) } : {},
    onConflict: () => {
      setRoomType(null);
      void availability.refetch();
    },
    queryError: availability.error,
  });
  const errors: Record<string, string | undefined> = {
    ...(nights === null ? { checkOut: t('hotel.checkOutAfter') } : {}),
    ...reserve.errors,
  };
  const change = (next: Stay) => {
    setStay(next);
    setRoomType(null);
    reserve.clearErrors();
  };
  const at = (date: string, time: string) =>
    formatVenueDateTime(zonedToInstant(date, time, venue.timeZone), venue.timeZone);

  return (
    <>
      <BookingStep number={1} title={t('hotel.stayStep')}>
        <StayFields
          venue={venue}
          value={stay}
          dates={dates}
          errors={errors}
          onCheckIn={(checkIn) => change(withCheckIn(venue, stay, checkIn))}
          onChange={(patch) => change({ ...stay, ...patch })}
        />
      </BookingStep>
      {nights !== null ? (
        <BookingStep number={2} title={t('hotel.roomsStep')}>
          <InlineError message={errors.roomType ?? errors.resourceId} />
          {rooms ? (
            <RoomTypes
              roomTypes={rooms.roomTypes}
              currency={venue.currency}
              selected={chosen?.type ?? null}
              onSelect={(type) => {
                setRoomType(type);
                reserve.clearErrors();
              }}
            />
          ) : availability.isError ? null : (
            <Loading />
          )}
        </BookingStep>
      ) : null}
      {chosen && nights !== null ? (
        <ReserveStep
          number={3}
          form={form}
          user={user}
          busy={reserve.isPending}
          submitLabel={t('hotel.submit')}
          onSubmit={() =>
            reserve.reserve({
              venueId: venue.id,
              checkIn: stay.checkIn,
              checkOut: stay.checkOut,
              partySize: stay.guests,
              roomType: chosen.type,
              contact: contactInput(form.values, user),
            })
          }
        >
          <SummaryList
            rows={[
              { label: t('booking.facts.checkIn'), value: at(stay.checkIn, venue.settings.checkInTime) },
              { label: t('booking.facts.checkOut'), value: at(stay.checkOut, venue.settings.checkOutTime) },
              {
                label: t('booking.facts.roomType'),
                value: `${chosen.type} · ${t('hotel.nights', { count: nights })}`,
              },
              { label: t('booking.facts.party'), value: t('booking.people', { count: stay.guests }) },
              { label: t('booking.facts.total'), value: formatMoney(chosen.totalMinor, venue.currency) },
            ]}
          />
        </ReserveStep>
      ) : null}
    </>
  );
}
