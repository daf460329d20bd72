import type { CSSProperties } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import type { RefundProgress } from './use-refund-progress';

const share = (part: number, total: number): CSSProperties => ({
  width: `${total === 0 ? 0 : (part / total) * 100}%`,
});

/** Refunded, pending and failed side by side; the bar is a progressbar, its parts only repeat the words. */
export function RefundBar({ progress }: { progress: RefundProgress }) {
  const { pt } = usePanelT();
  const { total, refunded, pending, failed } = progress;
  return (
    <div
      className="refund-bar"
      role="progressbar"
      aria-label={pt('refunds.barLabel')}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={refunded}
      aria-valuetext={pt('refunds.barText', { refunded, total })}
    >
      <span className="refund-bar-part refund-refunded" style={share(refunded, total)} />
      <span className="refund-bar-part refund-pending" style={share(pending, total)} />
      <span className="refund-bar-part refund-failed" style={share(failed, total)} />
    </div>
  );
}
