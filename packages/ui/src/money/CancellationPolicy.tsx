import { useTranslation } from 'react-i18next';
import { formatMoney } from '../format/money';
import { formatVenueDateTime } from '../format/venue-time';
import type { CancellationPolicyData } from './money-types';

interface CancellationPolicyProps {
  policy: Pick<CancellationPolicyData, 'cancelFreeHours' | 'cancelFee' | 'noShowFee'>;
  currency: string;
  /** A booking's own last free instant, printed in the venue's zone. */
  freeUntil?: { at: string; timeZone: string };
  /** The heading's level in the page around it. */
  headingLevel?: 2 | 3;
}

/** The venue's cancellation policy in words, as customers read it before they book and pay. */
export function CancellationPolicy({
  policy,
  currency,
  freeUntil,
  headingLevel = 3,
}: CancellationPolicyProps) {
  const { t } = useTranslation();
  const money = (minor: number) => formatMoney(minor, currency);
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="cancel-policy">
      <Heading>{t('money.policy.title')}</Heading>
      <ul>
        <li>{t('money.policy.free', { count: policy.cancelFreeHours })}</li>
        {freeUntil && policy.cancelFreeHours > 0 ? (
          <li>
            {t('money.policy.freeUntil', { when: formatVenueDateTime(freeUntil.at, freeUntil.timeZone) })}
          </li>
        ) : null}
        <li>
          {policy.cancelFee.kind === 'percent'
            ? t('money.policy.feePercent', { percent: policy.cancelFee.percent })
            : t('money.policy.feeFixed', { amount: money(policy.cancelFee.amountMinor) })}
        </li>
        <li>
          {policy.noShowFee.kind === 'keepAll'
            ? t('money.policy.noShowAll')
            : t('money.policy.noShowFixed', { amount: money(policy.noShowFee.amountMinor) })}
        </li>
      </ul>
    </div>
  );
}
