import { Badge, formatMoney } from '@reserva/ui';
import { Fragment } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import type { AdminVenue } from '../venues/use-admin-venues';
import { DeleteResource } from './DeleteResource';
import { ResourceForm } from './ResourceForm';
import type { AdminResource, PlaceKind } from './resource-values';

interface ResourcesTableProps {
  venue: AdminVenue;
  kind: PlaceKind;
  resources: readonly AdminResource[];
  editing: string | null;
  onEdit: (id: string | null) => void;
  onSaved: (message: string) => void;
}

const COLUMNS = 7;

/** One row per place; the one being changed opens its form right under it. */
export function ResourcesTable({ venue, kind, resources, editing, onEdit, onSaved }: ResourcesTableProps) {
  const { pt } = usePanelT();
  return (
    <div className="table-wrap">
      <table className="desk-table">
        <caption className="visually-hidden">{pt(`resources.title.${kind}`)}</caption>
        <thead>
          <tr>
            <th scope="col">{pt(`resources.label.${kind}`)}</th>
            <th scope="col">{pt(`resources.area.${kind}`)}</th>
            <th scope="col">{pt('resources.capacity')}</th>
            <th scope="col">{pt(`resources.price.${kind}`)}</th>
            <th scope="col">{pt('resources.status')}</th>
            <th scope="col">{pt('resources.upcoming')}</th>
            <th scope="col">{pt('resources.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {resources.map((resource) => (
            <Fragment key={resource.id}>
              <tr>
                <th scope="row">{resource.label}</th>
                <td>{resource.area ?? '—'}</td>
                <td className="num">{resource.capacity}</td>
                <td className="num nowrap">{formatMoney(resource.priceMinor, venue.currency)}</td>
                <td>
                  <Badge tone={resource.status === 'available' ? 'success' : 'warning'}>
                    {pt(
                      `resources.statuses.${resource.status === 'available' ? 'available' : 'maintenance'}`,
                    )}
                  </Badge>
                </td>
                <td className="num">{resource.upcomingBookingCount}</td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="btn btn-secondary"
                      aria-expanded={editing === resource.id}
                      onClick={() => onEdit(editing === resource.id ? null : resource.id)}
                    >
                      {pt('resources.edit')}
                      <span className="visually-hidden"> {resource.label}</span>
                    </button>
                    <DeleteResource key={resource.status} resource={resource} onDone={onSaved} />
                  </div>
                </td>
              </tr>
              {editing === resource.id ? (
                <tr className="edit-row">
                  <td colSpan={COLUMNS}>
                    <ResourceForm
                      venue={venue}
                      kind={kind}
                      resource={resource}
                      onDone={(saved) => {
                        onEdit(null);
                        onSaved(pt('resources.saved', { label: saved.label }));
                      }}
                      onCancel={() => onEdit(null)}
                    />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
