import { formatMoney } from '@reserva/ui';
import { usePanelT } from '../i18n/panel-i18n';
import type { RefundProgress } from './use-refund-progress';

/** Refunds the worker gave up on, with the gateway's last word, so staff can tell the customer. */
export function RefundFailures({
  failures,
  currency,
}: {
  failures: RefundProgress['failures'];
  currency: string;
}) {
  const { pt } = usePanelT();
  return (
    <div className="table-wrap">
      <table className="desk-table">
        <caption>{pt('refunds.failuresTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{pt('desk.code')}</th>
            <th scope="col">{pt('refunds.amount')}</th>
            <th scope="col">{pt('refunds.attempts')}</th>
            <th scope="col">{pt('refunds.error')}</th>
          </tr>
        </thead>
        <tbody>
          {failures.map((failure) => (
            <tr key={failure.paymentId}>
              <th scope="row">{failure.bookingCode}</th>
              <td className="num nowrap">{formatMoney(failure.amountMinor, currency)}</td>
              <td className="num">{failure.attempts}</td>
              <td>{failure.error ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
