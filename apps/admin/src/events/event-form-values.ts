import { BUS_TYPES, type BusType, type EventKind, type VenueKind } from '@reserva/domain';
import type { RouterInputs, RouterOutputs } from '@reserva/ui';
import { amount, type Check, required } from '../components/checks';
import { amountText, parseAmount } from '../format/money-input';
import { fromLocalInput, toLocalInput } from '../time/local-date-time';

export type AdminEvent = RouterOutputs['admin']['events']['list']['items'][number];
type CreateEventInput = RouterInputs['admin']['events']['create'];
type UpdateEventInput = RouterInputs['admin']['events']['update'];

export const EVENT_KIND_OF: Partial<Record<VenueKind, EventKind>> = { cinema: 'showtime', bus: 'trip' };
export { BUS_TYPES };

export type EventField =
  | 'venueId'
  | 'layoutId'
  | 'title'
  | 'origin'
  | 'destination'
  | 'startsAt'
  | 'endsAt'
  | 'price'
  | 'busType'
  | 'operatorWhatsapp';
export type EventValues = Record<EventField, string>;

/** The form's texts; times on the venue's clock, as `datetime-local` inputs hold them. */
export function eventValues(event: AdminEvent | null, timeZone: string): EventValues {
  return {
    venueId: event?.venueId ?? '',
    layoutId: event?.layoutId ?? '',
    title: event?.title ?? '',
    origin: event?.origin ?? '',
    destination: event?.destination ?? '',
    startsAt: event ? toLocalInput(event.startsAt, timeZone) : '',
    endsAt: event ? toLocalInput(event.endsAt, timeZone) : '',
    price: event ? amountText(event.priceMinor) : '',
    busType: event?.busType ?? '',
    operatorWhatsapp: event?.operatorWhatsapp ?? '',
  };
}

const localInstant: Check = (value) =>
  !value.trim() ? { key: 'form.required' } : value.length < 16 ? { key: 'form.dateTime' } : null;

/** The end is checked against the start here too, so the mistake is named before the round trip. */
const endAfter =
  (start: string): Check =>
  (value) =>
    localInstant(value) ?? (start && value <= start ? { key: 'events.endBeforeStart' } : null);

export function eventChecks(
  kind: EventKind | undefined,
  values: EventValues,
): Partial<Record<EventField, Check>> {
  const common = {
    venueId: required,
    layoutId: required,
    startsAt: localInstant,
    endsAt: endAfter(values.startsAt),
    price: amount(),
  };
  return kind === 'trip'
    ? { ...common, origin: required, destination: required, busType: required, operatorWhatsapp: required }
    : { ...common, title: required };
}

const instant = (value: string, timeZone: string) => fromLocalInput(value, timeZone) ?? value;

export function createEventInput(kind: EventKind, values: EventValues, timeZone: string): CreateEventInput {
  const common = {
    venueId: values.venueId,
    layoutId: values.layoutId,
    startsAt: instant(values.startsAt, timeZone),
    endsAt: instant(values.endsAt, timeZone),
    priceMinor: parseAmount(values.price) ?? 0,
  };
  if (kind === 'showtime') return { ...common, kind, title: values.title };
  return {
    ...common,
    kind,
    title: values.title.trim() || undefined,
    origin: values.origin,
    destination: values.destination,
    busType: values.busType as BusType,
    operatorWhatsapp: values.operatorWhatsapp,
  };
}

/** Times travel only when they were changed: moving an event with bookings is refused. */
export function updateEventInput(event: AdminEvent, values: EventValues, timeZone: string): UpdateEventInput {
  const before = eventValues(event, timeZone);
  const input: UpdateEventInput = { id: event.id, priceMinor: parseAmount(values.price) ?? 0 };
  if (values.title.trim()) input.title = values.title;
  if (values.startsAt !== before.startsAt) input.startsAt = instant(values.startsAt, timeZone);
  if (values.endsAt !== before.endsAt) input.endsAt = instant(values.endsAt, timeZone);
  if (event.kind === 'trip') {
    Object.assign(input, {
      origin: values.origin,
      destination: values.destination,
      busType: values.busType as BusType,
      operatorWhatsapp: values.operatorWhatsapp,
    });
  }
  return input;
}
