import type { VenueKind, VenueSettings } from '@reserva/domain';
import { amount, type Check, clockTime, whole } from '../components/checks';
import { amountText, parseAmount } from '../format/money-input';

/** The settings the venue form offers: the ones that matter day to day, per kind of venue. */
export type SettingKey = keyof Pick<
  VenueSettings,
  | 'holdMinutes'
  | 'maxSeatsPerHold'
  | 'graceMinutes'
  | 'defaultDurationMinutes'
  | 'minDurationMinutes'
  | 'maxDurationMinutes'
  | 'depositPerGuestMinor'
  | 'checkInTime'
  | 'checkOutTime'
  | 'minNights'
  | 'maxNights'
  | 'allowGuestBookings'
  | 'autoAssign'
>;

type SettingSpec =
  | { type: 'whole'; min: number; max: number }
  | { type: 'money' }
  | { type: 'time' }
  | { type: 'flag' };

/** Bounds as the API's venueSettingsInput has them, so the form says so before the server does. */
export const SETTING_SPECS: Record<SettingKey, SettingSpec> = {
  holdMinutes: { type: 'whole', min: 1, max: 60 },
  maxSeatsPerHold: { type: 'whole', min: 1, max: 20 },
  graceMinutes: { type: 'whole', min: 0, max: 24 * 60 },
  defaultDurationMinutes: { type: 'whole', min: 5, max: 24 * 60 },
  minDurationMinutes: { type: 'whole', min: 5, max: 24 * 60 },
  maxDurationMinutes: { type: 'whole', min: 5, max: 7 * 24 * 60 },
  depositPerGuestMinor: { type: 'money' },
  checkInTime: { type: 'time' },
  checkOutTime: { type: 'time' },
  minNights: { type: 'whole', min: 1, max: 365 },
  maxNights: { type: 'whole', min: 1, max: 365 },
  allowGuestBookings: { type: 'flag' },
  autoAssign: { type: 'flag' },
};

export const SETTINGS_BY_KIND: Record<VenueKind, readonly SettingKey[]> = {
  restaurant: [
    'graceMinutes',
    'defaultDurationMinutes',
    'depositPerGuestMinor',
    'autoAssign',
    'allowGuestBookings',
  ],
  coworking: ['minDurationMinutes', 'maxDurationMinutes', 'graceMinutes', 'allowGuestBookings'],
  hotel: ['checkInTime', 'checkOutTime', 'minNights', 'maxNights', 'graceMinutes', 'allowGuestBookings'],
  cinema: ['holdMinutes', 'maxSeatsPerHold'],
  bus: ['holdMinutes', 'maxSeatsPerHold'],
};

export type SettingField = `settings.${SettingKey}`;
export const settingField = (key: SettingKey): SettingField => `settings.${key}`;
const KEYS = Object.keys(SETTING_SPECS) as SettingKey[];

export function settingTexts(settings: VenueSettings, currency: string): Record<SettingField, string> {
  const texts = {} as Record<SettingField, string>;
  for (const key of KEYS) {
    const value = settings[key];
    texts[settingField(key)] =
      SETTING_SPECS[key].type === 'money' ? amountText(Number(value), currency) : String(value);
  }
  return texts;
}

export function settingChecks(kind: VenueKind, currency: string): Partial<Record<SettingField, Check>> {
  const checks: Partial<Record<SettingField, Check>> = {};
  for (const key of SETTINGS_BY_KIND[kind]) {
    const spec = SETTING_SPECS[key];
    if (spec.type === 'whole') checks[settingField(key)] = whole(spec.min, spec.max);
    if (spec.type === 'money') checks[settingField(key)] = amount(currency);
    if (spec.type === 'time') checks[settingField(key)] = clockTime;
  }
  return checks;
}

/** The settings of this kind of venue, typed as the API takes them (others are left as they are). */
export function settingsInput(
  kind: VenueKind,
  texts: Record<SettingField, string>,
  currency: string,
): Partial<Record<SettingKey, number | string | boolean>> {
  const settings: Partial<Record<SettingKey, number | string | boolean>> = {};
  for (const key of SETTINGS_BY_KIND[kind]) {
    const text = texts[settingField(key)].trim();
    const spec = SETTING_SPECS[key];
    settings[key] =
      spec.type === 'whole'
        ? Number(text)
        : spec.type === 'money'
          ? (parseAmount(text, currency) ?? 0)
          : spec.type === 'flag'
            ? text === 'true'
            : text;
  }
  return settings;
}
