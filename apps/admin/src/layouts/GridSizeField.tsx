import { Field } from '@reserva/ui';
import { useState } from 'react';
import { usePanelT } from '../i18n/panel-i18n';

interface GridSizeFieldProps {
  label: string;
  value: number;
  max: number;
  onChange: (value: number) => void;
}

/** Rows or columns: the grid follows every valid number typed; anything else waits, with a word why. */
export function GridSizeField({ label, value, max, onChange }: GridSizeFieldProps) {
  const { pt } = usePanelT();
  const [text, setText] = useState(String(value));
  const shown = Number(text) === value ? text : String(value);
  const typed = Number(text);
  const valid = Number.isInteger(typed) && typed >= 1 && typed <= max;
  return (
    <Field label={label} error={valid ? undefined : pt('form.wholeBetween', { min: 1, max })}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          step={1}
          value={valid ? shown : text}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            const number = Number(next);
            if (next.trim() && Number.isInteger(number) && number >= 1 && number <= max) onChange(number);
          }}
        />
      )}
    </Field>
  );
}
