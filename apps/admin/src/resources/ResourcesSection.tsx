import { Loading, QueryError } from '@reserva/ui';
import { useId, useState } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import type { AdminVenue } from '../venues/use-admin-venues';
import { ResourceForm } from './ResourceForm';
import { ResourcesTable } from './ResourcesTable';
import { PLACE_KIND } from './resource-values';
import { useResources } from './use-resources';

/** A restaurant's tables, a coworking space's desks or a hotel's rooms, added and changed in place. */
export function ResourcesSection({ venue }: { venue: AdminVenue }) {
  const { pt } = usePanelT();
  const headingId = useId();
  const kind = PLACE_KIND[venue.kind];
  const resources = useResources(venue);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  if (!kind) return null;
  const edit = (id: string | null) => {
    setStatus('');
    setAdding(false);
    setEditing(id);
  };

  return (
    <section className="venue-section" aria-labelledby={headingId}>
      <div className="page-head">
        <h2 id={headingId}>{pt(`resources.title.${kind}`)}</h2>
        <button
          type="button"
          className="btn btn-primary"
          aria-expanded={adding}
          onClick={() => {
            edit(null);
            setAdding(!adding);
          }}
        >
          {pt(`resources.addTitle.${kind}`)}
        </button>
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
      {adding ? (
        <div className="card">
          <ResourceForm
            venue={venue}
            kind={kind}
            resource={null}
            onDone={(saved) => {
              setAdding(false);
              setStatus(pt('resources.added', { label: saved.label }));
            }}
            onCancel={() => setAdding(false)}
          />
        </div>
      ) : null}
      {resources.isPending ? (
        <Loading />
      ) : resources.isError ? (
        <QueryError error={resources.error} onRetry={() => void resources.refetch()} />
      ) : resources.data.length === 0 ? (
        <p className="muted">{pt('resources.empty')}</p>
      ) : (
        <ResourcesTable
          venue={venue}
          kind={kind}
          resources={resources.data}
          editing={editing}
          onEdit={edit}
          onSaved={setStatus}
        />
      )}
    </section>
  );
}
