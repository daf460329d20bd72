import { trpc, whatsappUrl } from '@reserva/ui';
import { useTranslation } from 'react-i18next';

/** "Chat on WhatsApp" about this booking, with the code already in the message. */
export function VenueChat({ venueId, code }: { venueId: string; code: string }) {
  const { t } = useTranslation();
  const venue = trpc.venues.get.useQuery({ id: venueId }, { staleTime: 5 * 60_000 });
  const url = whatsappUrl(venue.data?.whatsapp, t('bookingPage.chatMessage', { code }));
  if (!url || !venue.data) return null;
  return (
    <a className="btn btn-secondary" href={url} target="_blank" rel="noopener noreferrer">
      {t('bookingPage.chat', { venue: venue.data.name })}
    </a>
  );
}
