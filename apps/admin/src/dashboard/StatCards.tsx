import { formatCount, formatPercent } from '../format/numbers';
import { usePanelT } from '../i18n/panel-i18n';
import type { Stats } from './use-dashboard-stats';

/** The headline counts (money has its own cards, MoneyCards); each card is a term and its value, read as a pair. */
export function StatCards({ stats }: { stats: Stats }) {
  const { pt } = usePanelT();
  const cards = [
    { key: 'total', label: pt('dashboard.total'), value: formatCount(stats.total), hint: null },
    {
      key: 'occupancy',
      label: pt('dashboard.occupancy'),
      value: formatPercent(stats.occupancyPct / 100),
      hint: pt('dashboard.occupancyHint'),
    },
    {
      key: 'noShow',
      label: pt('dashboard.noShowRate'),
      value: formatPercent(stats.noShowRate),
      hint: pt('dashboard.noShowHint'),
    },
  ];
  return (
    <dl className="stat-cards">
      {cards.map((card) => (
        <div key={card.key} className="card stat-card">
          <dt>{card.label}</dt>
          <dd className="stat-value">{card.value}</dd>
          {card.hint ? <dd className="stat-hint">{card.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
