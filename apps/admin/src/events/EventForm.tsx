import { DEFAULT_TIME_ZONE, FormAlert, FormField, SelectField, trpc } from '@reserva/ui';
import { useState } from 'react';
import { FormActions } from '../components/FormActions';
import { LocalDateTimeField } from '../components/LocalDateTimeField';
import { PriceField } from '../components/PriceField';
import { useCheckedForm } from '../components/use-checked-form';
import { usePanelT } from '../i18n/panel-i18n';
import type { AdminVenue } from '../venues/use-admin-venues';
import {
  type AdminEvent,
  BUS_TYPES,
  createEventInput,
  EVENT_KIND_OF,
  eventChecks,
  eventValues,
  updateEventInput,
} from './event-form-values';
import { useEventError } from './use-event-error';

interface EventFormProps {
  /** Venues that schedule events (cinemas and bus operators). */
  venues: readonly AdminVenue[];
  /** Null for a new one. */
  event: AdminEvent | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A showtime (film, hall, start, end, price) or a trip (route, bus, departure, arrival, price). */
export function EventForm({ venues, event, onDone, onCancel }: EventFormProps) {
  const { pt } = usePanelT();
  const eventError = useEventError();
  const utils = trpc.useUtils();
  const [initialZone] = useState(
    () => venues.find((venue) => venue.id === event?.venueId)?.timeZone ?? DEFAULT_TIME_ZONE,
  );
  const venueOf = (id: string) => venues.find((candidate) => candidate.id === id);
  const kindOf = (id: string) => {
    const found = venueOf(id);
    return found ? EVENT_KIND_OF[found.kind] : undefined;
  };
  const form = useCheckedForm(eventValues(event, initialZone), (values) =>
    eventChecks(kindOf(values.venueId), values),
  );
  const venue = venueOf(form.values.venueId);
  const kind = kindOf(form.values.venueId);
  const timeZone = venue?.timeZone ?? initialZone;
  const layouts = trpc.admin.layouts.list.useQuery({ venueId: venue?.id }, { enabled: Boolean(venue) });
  const options = {
    onSuccess: async (saved: { title: string }) => {
      await Promise.all([utils.admin.events.list.invalidate(), utils.admin.venues.list.invalidate()]);
      onDone(pt('events.saved', { title: saved.title }));
    },
    onError: (error: unknown) => form.fail(eventError(error)),
  };
  const create = trpc.admin.events.create.useMutation(options);
  const update = trpc.admin.events.update.useMutation(options);
  const submit = () => {
    if (event) update.mutate(updateEventInput(event, form.values, timeZone));
    else if (kind) create.mutate(createEventInput(kind, form.values, timeZone));
  };
  const venueField = form.field('venueId');
  const text = (name: 'title' | 'origin' | 'destination', label: string, hint?: string) => (
    <FormField {...form.field(name)} label={label} hint={hint} maxLength={name === 'title' ? 160 : 80} />
  );
  const heading = event ? pt('events.editTitle', { title: event.title }) : pt('events.newTitle');

  return (
    <form
      ref={form.formRef}
      className="card form-grid"
      noValidate
      aria-label={heading}
      onSubmit={form.onSubmit(submit)}
    >
      <h2>{heading}</h2>
      <FormAlert message={form.formError} />
      <fieldset className="form-group">
        <legend>{pt('events.where')}</legend>
        <SelectField
          {...venueField}
          label={pt('events.venue')}
          disabled={Boolean(event)}
          onValueChange={(value) => {
            venueField.onValueChange(value);
            form.field('layoutId').onValueChange('');
            const chosen = venueOf(value);
            if (chosen?.whatsapp && !form.values.operatorWhatsapp) {
              form.field('operatorWhatsapp').onValueChange(chosen.whatsapp);
            }
          }}
          options={[
            { value: '', label: pt('events.chooseVenue') },
            ...venues.map((option) => ({ value: option.id, label: option.name })),
          ]}
        />
        <SelectField
          {...form.field('layoutId')}
          label={pt(kind === 'trip' ? 'events.bus' : 'events.hall')}
          disabled={Boolean(event) || !venue}
          options={[
            { value: '', label: pt('events.chooseLayout') },
            ...(layouts.data ?? []).map((layout) => ({
              value: layout.id,
              label: pt('events.layoutOption', { name: layout.name, seats: layout.seatCount }),
            })),
          ]}
        />
      </fieldset>
      {kind ? (
        <fieldset className="form-group">
          <legend>{pt(kind === 'trip' ? 'events.trip' : 'events.showtime')}</legend>
          {kind === 'trip' ? (
            <>
              {text('origin', pt('events.origin'))}
              {text('destination', pt('events.destination'))}
              {text('title', pt('events.tripTitle'), pt('events.tripTitleHint'))}
              <SelectField
                {...form.field('busType')}
                label={pt('events.busType')}
                options={[
                  { value: '', label: pt('events.chooseBusType') },
                  ...BUS_TYPES.map((value) => ({ value, label: pt(`events.busTypes.${value}`) })),
                ]}
              />
              <FormField
                {...form.field('operatorWhatsapp')}
                label={pt('events.operatorWhatsapp')}
                type="tel"
              />
            </>
          ) : (
            text('title', pt('events.film'))
          )}
          <LocalDateTimeField
            {...form.field('startsAt')}
            label={pt(kind === 'trip' ? 'events.departure' : 'events.start')}
            hint={pt('events.zoneHint', { zone: timeZone })}
          />
          <LocalDateTimeField
            {...form.field('endsAt')}
            label={pt(kind === 'trip' ? 'events.arrival' : 'events.end')}
            min={form.values.startsAt || undefined}
          />
          <PriceField {...form.field('price')} label={pt('events.price')} hint={pt('events.priceHint')} />
        </fieldset>
      ) : null}
      <FormActions
        busy={create.isPending || update.isPending}
        submitLabel={event ? pt('form.save') : pt('events.create')}
        onCancel={onCancel}
      />
    </form>
  );
}
