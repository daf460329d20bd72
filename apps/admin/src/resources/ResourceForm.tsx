import { FormAlert, FormField, SelectField, trpc, useApiError } from '@reserva/ui';
import { FormActions } from '../components/FormActions';
import { NumberField } from '../components/NumberField';
import { PriceField } from '../components/PriceField';
import { useCheckedForm } from '../components/use-checked-form';
import { usePanelT } from '../i18n/panel-i18n';
import type { AdminVenue } from '../venues/use-admin-venues';
import {
  type AdminResource,
  type PlaceKind,
  RESOURCE_STATUSES,
  resourceChecks,
  resourceFields,
  resourceValues,
} from './resource-values';
import { useRefreshResources } from './use-resources';

interface ResourceFormProps {
  venue: AdminVenue;
  kind: PlaceKind;
  /** Null to add a new one. */
  resource: AdminResource | null;
  onDone: (saved: AdminResource) => void;
  onCancel: () => void;
}

/** One table, desk or room: the same fields to add one and to change one in place. */
export function ResourceForm({ venue, kind, resource, onDone, onCancel }: ResourceFormProps) {
  const { pt } = usePanelT();
  const apiError = useApiError();
  const refresh = useRefreshResources();
  const form = useCheckedForm(resourceValues(resource, venue.currency), resourceChecks(venue.currency));
  const options = {
    onSuccess: async (saved: AdminResource) => {
      await refresh();
      onDone(saved);
    },
    onError: (error: unknown) => form.fail(apiError(error, { 'CONFLICT:label': pt('resources.labelTaken') })),
  };
  const create = trpc.admin.resources.create.useMutation(options);
  const update = trpc.admin.resources.update.useMutation(options);
  const submit = () => {
    const fields = resourceFields(form.values, venue.currency);
    if (resource) update.mutate({ id: resource.id, ...fields });
    else create.mutate({ venueId: venue.id, ...fields });
  };
  const title = resource
    ? pt('resources.editTitle', { label: resource.label })
    : pt(`resources.addTitle.${kind}`);

  return (
    <form
      ref={form.formRef}
      className="resource-form"
      noValidate
      aria-label={title}
      onSubmit={form.onSubmit(submit)}
    >
      <h3>{title}</h3>
      <FormAlert message={form.formError} />
      <FormField {...form.field('label')} label={pt(`resources.label.${kind}`)} maxLength={20} required />
      <FormField {...form.field('area')} label={pt(`resources.area.${kind}`)} maxLength={60} />
      <NumberField {...form.field('capacity')} label={pt('resources.capacity')} min={1} max={500} />
      <PriceField {...form.field('price')} label={pt(`resources.price.${kind}`)} currency={venue.currency} />
      <SelectField
        {...form.field('status')}
        label={pt('resources.status')}
        hint={pt('resources.statusHint')}
        options={RESOURCE_STATUSES.map((value) => ({ value, label: pt(`resources.statuses.${value}`) }))}
      />
      <FormActions
        busy={create.isPending || update.isPending}
        submitLabel={resource ? pt('form.save') : pt('resources.add')}
        onCancel={onCancel}
      />
    </form>
  );
}
