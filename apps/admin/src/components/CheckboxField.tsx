import { useId } from 'react';
import type { Binding } from './use-checked-form';

/** A yes/no setting kept as `'true'`/`'false'` in the form's text values. */
export function CheckboxField({ label, hint, ...binding }: Binding & { label: string; hint?: string }) {
  const id = useId();
  return (
    <div className="field field-check">
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          name={binding.name}
          checked={binding.value === 'true'}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => binding.onValueChange(String(event.target.checked))}
        />{' '}
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
