import { FormField } from '@reserva/ui';
import type { Binding } from './use-checked-form';

interface LocalDateTimeFieldProps extends Binding {
  label: string;
  hint?: string;
  min?: string;
}

/** A native date-and-time picker; the value is read on the venue's clock (see time/local-date-time). */
export function LocalDateTimeField({ label, hint, min, ...binding }: LocalDateTimeFieldProps) {
  return <FormField {...binding} label={label} hint={hint} type="datetime-local" min={min} step={60} />;
}
