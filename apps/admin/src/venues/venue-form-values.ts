import { DEFAULT_VENUE_SETTINGS, type VenueKind } from '@reserva/domain';
import { DEFAULT_TIME_ZONE, type RouterInputs } from '@reserva/ui';
import { type Check, required } from '../components/checks';
import type { AdminVenue } from './use-admin-venues';
import { type PolicyField, policyChecks, policyInput, policyTexts } from './venue-policy';
import { type SettingField, settingChecks, settingsInput, settingTexts } from './venue-settings';

type BaseField =
  | 'name'
  | 'slug'
  | 'kind'
  | 'city'
  | 'address'
  | 'timeZone'
  | 'currency'
  | 'whatsapp'
  | 'active';
export type VenueField = BaseField | SettingField | PolicyField;
export type VenueValues = Record<VenueField, string>;

type VenueSettingsInput = NonNullable<RouterInputs['admin']['venues']['create']['settings']>;
export type CreateVenueInput = RouterInputs['admin']['venues']['create'];
export type UpdateVenueInput = RouterInputs['admin']['venues']['update'];

/** `Warung Sunda Braga` → `warung-sunda-braga`: a slug suggestion while the admin types the name. */
export const slugOf = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

/** The form's texts for a venue, or for a new one (defaults: Jakarta time, rupiah, active). */
export function venueValues(venue: AdminVenue | null): VenueValues {
  const currency = venue?.currency ?? 'IDR';
  return {
    name: venue?.name ?? '',
    slug: venue?.slug ?? '',
    kind: venue?.kind ?? '',
    city: venue?.city ?? '',
    address: venue?.address ?? '',
    timeZone: venue?.timeZone ?? DEFAULT_TIME_ZONE,
    currency,
    whatsapp: venue?.whatsapp ?? '',
    active: String(venue?.active ?? true),
    ...settingTexts(venue?.settings ?? DEFAULT_VENUE_SETTINGS, currency),
    ...policyTexts(venue?.settings ?? DEFAULT_VENUE_SETTINGS, currency),
  };
}

export function venueChecks(values: VenueValues): Partial<Record<VenueField, Check>> {
  const kind = values.kind as VenueKind | '';
  const currency = values.currency;
  return {
    ...policyChecks(values, currency),
    name: required,
    slug: required,
    kind: required,
    timeZone: required,
    currency: required,
    ...(kind ? settingChecks(kind, currency) : {}),
  };
}

function common(values: VenueValues, kind: VenueKind) {
  const currency = values.currency.trim().toUpperCase();
  return {
    name: values.name,
    slug: values.slug.trim(),
    city: values.city,
    address: values.address,
    timeZone: values.timeZone.trim(),
    currency,
    // Typed per key by SETTING_SPECS, which mirrors the API's schema.
    settings: {
      ...(settingsInput(kind, values, currency) as VenueSettingsInput),
      ...policyInput(kind, values, currency),
    },
  };
}

export function createVenueInput(values: VenueValues): CreateVenueInput {
  const kind = values.kind as VenueKind;
  return { ...common(values, kind), kind, whatsapp: values.whatsapp.trim() || null };
}

export function updateVenueInput(id: string, kind: VenueKind, values: VenueValues): UpdateVenueInput {
  return {
    id,
    ...common(values, kind),
    whatsapp: values.whatsapp.trim() || null,
    active: values.active === 'true',
  };
}
