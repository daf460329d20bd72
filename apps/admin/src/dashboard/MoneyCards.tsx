import { formatMoney } from '@reserva/ui';
import { usePanelT } from '../i18n/panel-i18n';
import type { Stats } from './use-dashboard-stats';

/** Gross charged, refunded, fees kept and net: revenue that adds up (net = gross − refunded). */
export function MoneyCards({ stats, currency }: { stats: Stats; currency: string }) {
  const { pt } = usePanelT();
  const cards = [
    { key: 'gross', value: stats.grossMinor },
    { key: 'refunded', value: stats.refundedMinor },
    { key: 'feesKept', value: stats.feesKeptMinor },
    { key: 'net', value: stats.netMinor },
  ] as const;
  return (
    <dl className="stat-cards money-cards">
      {cards.map((card) => (
        <div key={card.key} className="card stat-card" data-money={card.key}>
          <dt>{pt(`revenue.${card.key}`)}</dt>
          <dd className="stat-value">{formatMoney(card.value, currency)}</dd>
          <dd className="stat-hint">{pt(`revenue.${card.key}Hint`)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The same four figures for each venue, in its own currency. */
export function MoneyByVenue({
  stats,
  currencyOf,
}: {
  stats: Stats;
  currencyOf: (venueId: string) => string;
}) {
  const { pt } = usePanelT();
  if (stats.byVenue.length === 0) return null;
  return (
    <section className="card money-by-venue" aria-labelledby="money-by-venue-title">
      <h2 id="money-by-venue-title">{pt('revenue.byVenueTitle')}</h2>
      <div className="table-wrap">
        <table className="desk-table">
          <thead>
            <tr>
              <th scope="col">{pt('revenue.venue')}</th>
              <th scope="col">{pt('revenue.gross')}</th>
              <th scope="col">{pt('revenue.refunded')}</th>
              <th scope="col">{pt('revenue.feesKept')}</th>
              <th scope="col">{pt('revenue.net')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.byVenue.map((venue) => {
              const money = (minor: number) => formatMoney(minor, currencyOf(venue.venueId));
              return (
                <tr key={venue.venueId}>
                  <th scope="row">{venue.venueName}</th>
                  <td>{money(venue.grossMinor)}</td>
                  <td>{money(venue.refundedMinor)}</td>
                  <td>{money(venue.feesKeptMinor)}</td>
                  <td>{money(venue.netMinor)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
