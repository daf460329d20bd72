import { Icon, whatsappUrl } from '@reserva/ui';
import { useTranslation } from 'react-i18next';

/** Stands where the booking flow will go, and offers the channel people here actually answer. */
export function BookingSoon({ venueName, whatsapp }: { venueName: string; whatsapp: string | null }) {
  const { t } = useTranslation();
  const chat = whatsappUrl(whatsapp, venueName);
  return (
    <aside className="card booking-soon" aria-labelledby="booking-soon-title">
      <Icon name="calendar" className="booking-soon-icon" />
      <h2 id="booking-soon-title">{t('web.bookingSoonTitle')}</h2>
      <p>{t('web.bookingSoonBody')}</p>
      {chat ? (
        <a className="btn btn-primary" href={chat} target="_blank" rel="noopener noreferrer">
          {t('web.chatOnWhatsapp')}
        </a>
      ) : null}
    </aside>
  );
}
