import type { VenueKind } from '@reserva/domain';
import { FormField } from '@reserva/ui';
import { CheckboxField } from '../components/CheckboxField';
import { NumberField } from '../components/NumberField';
import { PriceField } from '../components/PriceField';
import type { CheckedForm } from '../components/use-checked-form';
import { usePanelT } from '../i18n/panel-i18n';
import type { VenueField } from './venue-form-values';
import { SETTING_SPECS, SETTINGS_BY_KIND, settingField } from './venue-settings';

/** The key settings of one kind of venue: hold minutes for seats, grace and durations for tables… */
export function VenueSettingsFields({ kind, form }: { kind: VenueKind; form: CheckedForm<VenueField> }) {
  const { pt } = usePanelT();
  return (
    <fieldset className="form-group">
      <legend>{pt('venues.settings')}</legend>
      {SETTINGS_BY_KIND[kind].map((key) => {
        const spec = SETTING_SPECS[key];
        const binding = form.field(settingField(key));
        const label = pt(`settings.${key}`);
        if (spec.type === 'whole') {
          return <NumberField key={key} {...binding} label={label} min={spec.min} max={spec.max} />;
        }
        if (spec.type === 'money') {
          return <PriceField key={key} {...binding} label={label} currency={form.values.currency} />;
        }
        if (spec.type === 'time') return <FormField key={key} {...binding} label={label} type="time" />;
        return <CheckboxField key={key} {...binding} label={label} />;
      })}
    </fieldset>
  );
}
