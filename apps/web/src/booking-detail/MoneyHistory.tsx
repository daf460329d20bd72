import { MoneyTotals, PaymentTimeline, trpc } from '@reserva/ui';
import { useTranslation } from 'react-i18next';

interface MoneyHistoryProps {
  moneyRef: { bookingId: string } | { code: string; manageToken?: string | undefined };
  timeZone: string;
}

/** The booking's charges, refunds and kept fees with their totals, once there is any money to show. */
export function MoneyHistory({ moneyRef, timeZone }: MoneyHistoryProps) {
  const { t } = useTranslation();
  const timeline = trpc.payments.timeline.useQuery(moneyRef);
  if (!timeline.data || timeline.data.entries.length === 0) return null;
  return (
    <section className="card money-history" aria-labelledby="money-history-title">
      <h2 id="money-history-title">{t('money.timeline.title')}</h2>
      <PaymentTimeline timeline={timeline.data} timeZone={timeZone} />
      <MoneyTotals timeline={timeline.data} />
    </section>
  );
}
