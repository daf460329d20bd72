import { Field } from '@reserva/ui';
import { parseAmount } from '../format/money-input';
import { usePanelT } from '../i18n/panel-i18n';
import { type LayoutDraft, MAX_SEAT_CLASSES, type SeatClassDraft, setSeatClasses } from './layout-draft';

interface SeatClassesEditorProps {
  draft: LayoutDraft;
  onChange: (draft: LayoutDraft) => void;
}

/** Seat classes and their prices; the first is every row's class unless a row says otherwise. */
export function SeatClassesEditor({ draft, onChange }: SeatClassesEditorProps) {
  const { pt } = usePanelT();
  const classes = draft.seatClasses;
  const names = classes.map((c) => c.name.trim());
  const change = (index: number, patch: Partial<SeatClassDraft>) => {
    const next = classes.map((c, i) => (i === index ? { ...c, ...patch } : c));
    const before = classes[index]?.name ?? '';
    onChange(setSeatClasses(draft, next, patch.name === undefined ? undefined : [before, patch.name]));
  };

  return (
    <fieldset className="form-group class-editor">
      <legend>{pt('layouts.classes')}</legend>
      <p className="field-hint">{pt(classes.length === 0 ? 'layouts.noClasses' : 'layouts.classesHint')}</p>
      {classes.map((seatClass, index) => {
        const name = seatClass.name.trim();
        const nameError = !name
          ? pt('form.required')
          : names.indexOf(name) !== index
            ? pt('layouts.classTwice')
            : undefined;
        const priceError = parseAmount(seatClass.price) === null ? pt('form.amount') : undefined;
        return (
          // A class is its position while its name is being typed.
          <div key={index} className="class-editor-row">
            <Field label={pt('layouts.className', { n: index + 1 })} error={nameError}>
              {(control) => (
                <input
                  {...control}
                  maxLength={40}
                  value={seatClass.name}
                  onChange={(event) => change(index, { name: event.target.value })}
                />
              )}
            </Field>
            <Field label={pt('layouts.classPrice', { n: index + 1 })} error={priceError}>
              {(control) => (
                <input
                  {...control}
                  inputMode="decimal"
                  value={seatClass.price}
                  onChange={(event) => change(index, { price: event.target.value })}
                />
              )}
            </Field>
            {classes.length > 1 ? (
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() =>
                  onChange(
                    setSeatClasses(
                      draft,
                      classes.filter((_, i) => i !== index),
                    ),
                  )
                }
              >
                {pt('layouts.removeClass', { name: name || index + 1 })}
              </button>
            ) : null}
          </div>
        );
      })}
      {classes.length < MAX_SEAT_CLASSES ? (
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => onChange(setSeatClasses(draft, [...classes, { name: '', price: '0' }]))}
        >
          {pt('layouts.addClass')}
        </button>
      ) : null}
    </fieldset>
  );
}
