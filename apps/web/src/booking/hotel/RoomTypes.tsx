import { Badge, formatMoney, Icon } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import type { AvailabilityOf } from '../shared/types';

export type RoomType = AvailabilityOf<'hotel'>['roomTypes'][number];

interface RoomTypesProps {
  roomTypes: readonly RoomType[];
  currency: string;
  selected: string | null;
  onSelect: (type: string) => void;
}

/** One card per room type: nightly price, the stay's total, and how many rooms are left. */
export function RoomTypes({ roomTypes, currency, selected, onSelect }: RoomTypesProps) {
  const { t } = useTranslation();
  const money = (minor: number) => formatMoney(minor, currency);
  return (
    <ul className="room-types">
      {roomTypes.map((room) => {
        const chosen = room.type === selected;
        const bookable = room.fitsGuests && room.freeCount > 0;
        const headingId = `room-type-${room.type.replace(/\W+/g, '-')}`;
        return (
          <li key={room.type}>
            <article
              className={chosen ? 'card room-type room-type-selected' : 'card room-type'}
              aria-labelledby={headingId}
            >
              <div className="room-type-head">
                <h4 id={headingId}>{room.type}</h4>
                {chosen ? (
                  <Badge tone="success">
                    <Icon name="check" /> {t('hotel.chosen')}
                  </Badge>
                ) : null}
              </div>
              <p className="room-type-price">
                <strong>{money(room.nightlyMinor)}</strong> {t('hotel.perNight')}
              </p>
              <p>
                {t('hotel.total', {
                  nights: t('hotel.nights', { count: room.nights }),
                  price: money(room.totalMinor),
                })}
                {room.totalMinor !== room.nightlyMinor * room.nights ? ` · ${t('hotel.weekendNote')}` : ''}
              </p>
              <p className="field-hint">{t('hotel.capacity', { count: room.capacity })}</p>
              <p className={bookable ? 'room-type-left' : 'room-type-left room-type-out'}>
                {!room.fitsGuests
                  ? t('hotel.tooSmall')
                  : room.freeCount === 0
                    ? t('hotel.soldOut')
                    : t('hotel.left', { count: room.freeCount })}
              </p>
              <button
                type="button"
                className={chosen ? 'btn btn-primary' : 'btn btn-secondary'}
                aria-pressed={chosen}
                disabled={!bookable}
                onClick={() => onSelect(room.type)}
              >
                {t('hotel.choose', { type: room.type })}
              </button>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
