import { CopyButton } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { BookingStep } from '../booking/shared/BookingStep';

interface ClaimWaitingProps {
  number: number;
  claimCode: string;
  operatorWhatsappUrl: string | null;
}

/**
 * The claim code, big, with the way to pay: chat the operator, pay as they say, and this page turns
 * into the ticket once they confirm. Also how to pick the hold up on another device.
 */
export function ClaimWaiting({ number, claimCode, operatorWhatsappUrl }: ClaimWaitingProps) {
  const { t } = useTranslation();
  return (
    <BookingStep number={number} title={t('bus.payStep')}>
      <dl className="claim-code">
        <dt className="claim-code-label">{t('bus.claimCode')}</dt>
        <dd className="claim-code-value">{claimCode}</dd>
      </dl>
      <CopyButton text={claimCode} label={t('bus.copyClaimCode')} />
      <ol className="pay-steps">
        <li>{t('bus.payHow1')}</li>
        <li>{t('bus.payHow2')}</li>
        <li>{t('bus.payHow3')}</li>
      </ol>
      {operatorWhatsappUrl ? (
        <a
          className="btn btn-primary btn-whatsapp"
          href={operatorWhatsappUrl}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('bus.chatOperator')}
        </a>
      ) : null}
      <p className="waiting">
        <span className="waiting-dot" aria-hidden="true" />
        {t('bus.waiting')}
      </p>
      <p className="field-hint">{t('bus.otherDevice', { code: claimCode })}</p>
    </BookingStep>
  );
}
