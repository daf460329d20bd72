import { LAYOUT_KIND_OF_VENUE } from '@reserva/domain';
import { Loading, QueryError, trpc } from '@reserva/ui';
import { useId } from 'react';
import { Link } from 'react-router';
import { usePanelT } from '../i18n/panel-i18n';
import type { AdminVenue } from '../venues/use-admin-venues';

/** A cinema's halls, a bus operator's buses, a coworking space's floors. */
export function LayoutsSection({ venue }: { venue: AdminVenue }) {
  const { pt } = usePanelT();
  const headingId = useId();
  const kind = LAYOUT_KIND_OF_VENUE[venue.kind];
  const layouts = trpc.admin.layouts.list.useQuery({ venueId: venue.id });
  if (!kind) return null;
  return (
    <section className="venue-section" aria-labelledby={headingId}>
      <div className="page-head">
        <h2 id={headingId}>{pt(`layouts.title.${kind}`)}</h2>
        <Link to="layouts/new" className="btn btn-primary">
          {pt(`layouts.newTitle.${kind}`)}
        </Link>
      </div>
      {layouts.isPending ? (
        <Loading />
      ) : layouts.isError ? (
        <QueryError error={layouts.error} onRetry={() => void layouts.refetch()} />
      ) : layouts.data.length === 0 ? (
        <p className="muted">{pt('layouts.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="desk-table">
            <caption className="visually-hidden">{pt(`layouts.title.${kind}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{pt('layouts.name')}</th>
                <th scope="col">{pt('layouts.size')}</th>
                <th scope="col">{pt('layouts.seats')}</th>
                <th scope="col">{pt('layouts.blocked')}</th>
                <th scope="col">{pt('layouts.classes')}</th>
                <th scope="col">{pt('layouts.events')}</th>
              </tr>
            </thead>
            <tbody>
              {layouts.data.map((layout) => (
                <tr key={layout.id}>
                  <th scope="row">
                    <Link to={`layouts/${layout.id}`}>{layout.name}</Link>
                  </th>
                  <td className="nowrap">
                    {pt('layouts.sizeValue', { rows: layout.rows, cols: layout.cols })}
                  </td>
                  <td className="num">{layout.seatCount}</td>
                  <td className="num">{layout.blockedCount}</td>
                  <td>{layout.seatClasses.map((c) => c.name).join(', ') || '—'}</td>
                  <td className="num">{layout.eventCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
