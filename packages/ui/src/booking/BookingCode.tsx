import { useTranslation } from 'react-i18next';
import { CopyButton } from '../components/CopyButton';

/** The code a guest shows at the door or quotes on WhatsApp: large, selectable, one tap to copy. */
export function BookingCode({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <div className="booking-code">
      <dl>
        <dt className="booking-code-label">{t('booking.code.label')}</dt>
        <dd className="booking-code-value">{code}</dd>
      </dl>
      <CopyButton text={code} label={t('booking.code.copy')} />
      <p className="field-hint">{t('booking.code.hint')}</p>
    </div>
  );
}
