import { FormField } from '@reserva/ui';
import type { Binding } from './use-checked-form';

interface NumberFieldProps extends Binding {
  label: string;
  min: number;
  max: number;
  hint?: string;
}

/** A whole number within bounds; the form's checks say so in words when it is not. */
export function NumberField({ label, min, max, hint, ...binding }: NumberFieldProps) {
  return (
    <FormField
      {...binding}
      label={label}
      hint={hint}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      step={1}
    />
  );
}
