import { VENUE_KINDS, type VenueKind } from '@reserva/domain';
import { FormAlert, FormField, SelectField, trpc, useApiError } from '@reserva/ui';
import { useId, useState } from 'react';
import { CheckboxField } from '../components/CheckboxField';
import { FormActions } from '../components/FormActions';
import { useCheckedForm } from '../components/use-checked-form';
import { usePanelT } from '../i18n/panel-i18n';
import { type AdminVenue, useRefreshVenues } from './use-admin-venues';
import { VenuePolicyFields } from './VenuePolicyFields';
import { VenueSettingsFields } from './VenueSettingsFields';
import { createVenueInput, slugOf, updateVenueInput, venueChecks, venueValues } from './venue-form-values';

/** Zones of Indonesia, offered first; any IANA zone is accepted. */
const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];

interface VenueFormProps {
  /** Null for a new venue. */
  venue: AdminVenue | null;
  onSaved: (venue: AdminVenue) => void;
  onCancel?: () => void;
}

export function VenueForm({ venue, onSaved, onCancel }: VenueFormProps) {
  const { t, pt } = usePanelT();
  const apiError = useApiError();
  const refresh = useRefreshVenues();
  const zonesId = useId();
  const [status, setStatus] = useState('');
  // A new venue's slug follows its name until the admin edits the slug itself.
  const [slugEdited, setSlugEdited] = useState(venue !== null);
  const form = useCheckedForm(venueValues(venue), venueChecks);
  const create = trpc.admin.venues.create.useMutation();
  const update = trpc.admin.venues.update.useMutation();
  const kind = (venue?.kind ?? form.values.kind) as VenueKind | '';
  const name = form.field('name');
  const slug = form.field('slug');

  const saved = async (result: AdminVenue) => {
    await refresh();
    setStatus(pt('form.saved'));
    onSaved(result);
  };
  const failed = (error: unknown) =>
    form.fail(apiError(error, { 'CONFLICT:slug': pt('venues.slugTaken'), NOT_FOUND: pt('venues.notFound') }));
  const submit = () => {
    setStatus('');
    if (venue) {
      update.mutate(updateVenueInput(venue.id, venue.kind, form.values), {
        onSuccess: saved,
        onError: failed,
      });
    } else {
      create.mutate(createVenueInput(form.values), { onSuccess: saved, onError: failed });
    }
  };

  return (
    <form ref={form.formRef} className="card form-grid" noValidate onSubmit={form.onSubmit(submit)}>
      <h2>{venue ? pt('venues.editTitle', { name: venue.name }) : pt('venues.newTitle')}</h2>
      <FormAlert message={form.formError} />
      <fieldset className="form-group">
        <legend>{pt('venues.identity')}</legend>
        <FormField
          {...name}
          label={pt('venues.name')}
          required
          onValueChange={(value) => {
            name.onValueChange(value);
            if (!slugEdited) slug.onValueChange(slugOf(value));
          }}
        />
        <FormField
          {...slug}
          label={pt('venues.slug')}
          hint={pt('venues.slugHint')}
          required
          onValueChange={(value) => {
            setSlugEdited(true);
            slug.onValueChange(value);
          }}
        />
        {venue ? (
          <p className="field-static">
            <span className="field-label">{pt('venues.kind')}</span> {t(`venueKind.${venue.kind}`)}
          </p>
        ) : (
          <SelectField
            {...form.field('kind')}
            label={pt('venues.kind')}
            hint={pt('venues.kindHint')}
            options={[
              { value: '', label: pt('venues.chooseKind') },
              ...VENUE_KINDS.map((value) => ({ value, label: t(`venueKind.${value}`) })),
            ]}
          />
        )}
        {venue ? (
          <CheckboxField
            {...form.field('active')}
            label={pt('venues.active')}
            hint={pt('venues.activeHint')}
          />
        ) : null}
      </fieldset>
      <fieldset className="form-group">
        <legend>{pt('venues.where')}</legend>
        <FormField {...form.field('city')} label={pt('venues.city')} />
        <FormField {...form.field('address')} label={pt('venues.address')} />
        <FormField {...form.field('timeZone')} label={pt('venues.timeZone')} list={zonesId} required />
        <datalist id={zonesId}>
          {ZONES.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <FormField {...form.field('currency')} label={pt('venues.currency')} maxLength={3} required />
        <FormField
          {...form.field('whatsapp')}
          label={pt('venues.whatsapp')}
          hint={pt('venues.whatsappHint')}
          type="tel"
          autoComplete="off"
        />
      </fieldset>
      {kind ? <VenueSettingsFields kind={kind} form={form} /> : null}
      {kind ? <VenuePolicyFields kind={kind} form={form} /> : null}
      <FormActions
        busy={create.isPending || update.isPending}
        submitLabel={venue ? pt('form.save') : pt('venues.create')}
        onCancel={onCancel}
        status={status}
      />
    </form>
  );
}
