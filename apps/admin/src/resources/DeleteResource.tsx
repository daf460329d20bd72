import { errorCode, trpc, useApiError } from '@reserva/ui';
import { ConfirmStep } from '../components/ConfirmStep';
import { usePanelT } from '../i18n/panel-i18n';
import type { AdminResource } from './resource-values';
import { useRefreshResources } from './use-resources';

interface DeleteResourceProps {
  resource: AdminResource;
  onDone: (message: string) => void;
}

/**
 * Delete, in two steps. A place with bookings cannot go (their history names it): then the way
 * out is offered right there, maintenance, which keeps it off sale and keeps its bookings.
 */
export function DeleteResource({ resource, onDone }: DeleteResourceProps) {
  const { pt } = usePanelT();
  const apiError = useApiError();
  const refresh = useRefreshResources();
  const remove = trpc.admin.resources.delete.useMutation({
    onSuccess: async () => {
      await refresh();
      onDone(pt('resources.deleted', { label: resource.label }));
    },
  });
  const maintain = trpc.admin.resources.update.useMutation({
    onSuccess: async (saved) => {
      await refresh();
      onDone(pt('resources.nowMaintenance', { label: saved.label }));
    },
  });
  const refusal = remove.error && errorCode(remove.error) === 'CONFLICT' ? remove.error : null;
  const problem = remove.error ?? maintain.error;

  return (
    <ConfirmStep
      label={pt('resources.delete')}
      name={resource.label}
      confirmLabel={pt('resources.deleteConfirm', { label: resource.label })}
      busy={remove.isPending || maintain.isPending}
      onConfirm={() => remove.mutate({ id: resource.id })}
    >
      {refusal ? (
        <div role="alert" className="form-alert">
          <p>
            {pt(/upcoming/.test(refusal.message) ? 'resources.hasUpcoming' : 'resources.hasPast', {
              label: resource.label,
            })}
          </p>
          {resource.status === 'maintenance' ? (
            <p>{pt('resources.alreadyMaintenance')}</p>
          ) : (
            <button
              type="button"
              className="btn btn-secondary"
              disabled={maintain.isPending}
              onClick={() => maintain.mutate({ id: resource.id, status: 'maintenance' })}
            >
              {pt('resources.setMaintenance', { label: resource.label })}
            </button>
          )}
        </div>
      ) : problem ? (
        <p role="alert" className="field-error">
          {apiError(problem).message}
        </p>
      ) : null}
    </ConfirmStep>
  );
}
