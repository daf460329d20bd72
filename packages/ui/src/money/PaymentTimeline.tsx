import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../format/money';
import { formatVenueDateTime } from '../format/venue-time';
import type { PaymentTimelineData } from './money-types';

type Entry = PaymentTimelineData['entries'][number];

const SIGN: Record<Entry['kind'], string> = { charge: '', refund: '−', fee: '' };

/** A booking's money, oldest first: each charge, refund and kept fee, with how, who and when. */
export function PaymentTimeline({ timeline, timeZone }: { timeline: PaymentTimelineData; timeZone: string }) {
  const { t } = useTranslation();
  const loose = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  if (timeline.entries.length === 0) return <p className="muted">{t('money.timeline.empty')}</p>;
  return (
    <ol className="history money-timeline">
      {timeline.entries.map((entry, index) => (
        // Entries have no id; the server fixes their order and the list only grows at its end.
        <li key={index} className={`history-entry money-entry money-entry-${entry.kind}`}>
          <time dateTime={entry.at} className="history-time">
            {formatVenueDateTime(entry.at, timeZone)}
          </time>
          <span className="history-change">
            {t(`money.timeline.kind.${entry.kind}`)}{' '}
            <strong className="money-amount">
              {SIGN[entry.kind]}
              {formatMoney(entry.amountMinor, timeline.currency)}
            </strong>{' '}
            · {loose(`money.timeline.status.${entry.status}`, { defaultValue: entry.status })}
          </span>
          <span className="history-actor">
            {[
              entry.method
                ? loose(`money.timeline.method.${entry.method}`, { defaultValue: entry.method })
                : null,
              entry.reference ? t('money.timeline.reference', { reference: entry.reference }) : null,
              entry.by ? t('money.timeline.by', { who: entry.by }) : null,
              entry.kind === 'refund' && entry.doneAt
                ? t('money.timeline.doneAt', { when: formatVenueDateTime(entry.doneAt, timeZone) })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
          {entry.note ? <q className="history-note">{entry.note}</q> : null}
        </li>
      ))}
    </ol>
  );
}

/** The totals under a timeline: paid, refunded, waiting, kept, net, and the included tax. */
export function MoneyTotals({ timeline }: { timeline: PaymentTimelineData }) {
  const { t } = useTranslation();
  const money = (minor: number) => formatMoney(minor, timeline.currency);
  const rows: [string, number][] = [
    [t('money.paid'), timeline.paidMinor],
    [t('money.refunded'), timeline.refundedMinor],
    [t('money.refundPending'), timeline.refundPendingMinor],
    [t('money.feesKept'), timeline.feesKeptMinor],
    [t('money.net'), timeline.netMinor],
  ];
  return (
    <dl className="money-facts money-totals">
      {rows
        .filter(([, minor], index) => minor !== 0 || index === 0 || index === rows.length - 1)
        .map(([label, minor]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{money(minor)}</dd>
          </Fragment>
        ))}
      {timeline.tax ? (
        <>
          <dt>{t('money.tax', { label: timeline.tax.label, percent: timeline.tax.percent })}</dt>
          <dd>{money(timeline.tax.amountMinor)}</dd>
        </>
      ) : null}
    </dl>
  );
}
