import { Field } from '@reserva/ui';
import { usePanelT } from '../i18n/panel-i18n';
import { isRangeValid, type LocalRange } from '../time/local-range';

/** Two native date inputs (keyboard- and screen-reader-friendly everywhere) for a range of local days. */
export function DateRangeFields({
  value,
  onChange,
}: {
  value: LocalRange;
  onChange: (range: LocalRange) => void;
}) {
  const { pt } = usePanelT();
  const error = isRangeValid(value) ? undefined : pt('range.invalid');
  return (
    <>
      <Field label={pt('range.from')}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={value.from}
            max={value.to || undefined}
            onChange={(event) => onChange({ ...value, from: event.target.value })}
          />
        )}
      </Field>
      <Field label={pt('range.to')} error={error}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={value.to}
            min={value.from || undefined}
            onChange={(event) => onChange({ ...value, to: event.target.value })}
          />
        )}
      </Field>
    </>
  );
}
