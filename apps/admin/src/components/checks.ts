import { isValidLocalTime } from '@reserva/domain';
import { parseAmount } from '../format/money-input';
import type { PanelKey } from '../i18n/panel-dictionary';

/** What is wrong with a typed value, as a panel message and its values; null when it is fine. */
export interface Problem {
  key: PanelKey;
  values?: Record<string, unknown>;
}

/** Checks one text field. The server stays the judge; these catch the common slips in the reader's words. */
export type Check = (value: string) => Problem | null;

export const required: Check = (value) => (value.trim() ? null : { key: 'form.required' });

/** A whole number from `min` to `max`. */
export const whole =
  (min: number, max: number): Check =>
  (value) => {
    if (!value.trim()) return { key: 'form.required' };
    const number = Number(value.trim());
    return Number.isInteger(number) && number >= min && number <= max
      ? null
      : { key: 'form.wholeBetween', values: { min, max } };
  };

export const amount =
  (currency = 'IDR'): Check =>
  (value) => {
    if (!value.trim()) return { key: 'form.required' };
    return parseAmount(value, currency) === null ? { key: 'form.amount' } : null;
  };

export const clockTime: Check = (value) => (isValidLocalTime(value.trim()) ? null : { key: 'form.time' });

/** Skips the check while the field is empty. */
export const optional =
  (check: Check): Check =>
  (value) =>
    value.trim() ? check(value) : null;
