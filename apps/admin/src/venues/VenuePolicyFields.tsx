import type { VenueKind } from '@reserva/domain';
import { FormField, SelectField } from '@reserva/ui';
import { NumberField } from '../components/NumberField';
import { PriceField } from '../components/PriceField';
import type { CheckedForm } from '../components/use-checked-form';
import { usePanelT } from '../i18n/panel-i18n';
import type { VenueField } from './venue-form-values';

/** The cancellation policy, the hotel's up-front charge, the staff refund limit and the tax line. */
export function VenuePolicyFields({ kind, form }: { kind: VenueKind; form: CheckedForm<VenueField> }) {
  const { pt } = usePanelT();
  const currency = form.values.currency;
  const feeFixed = form.values['policy.cancelFeeKind'] === 'fixed';
  return (
    <fieldset className="form-group">
      <legend>{pt('policy.legend')}</legend>
      <p className="field-hint">{pt('policy.intro')}</p>
      <NumberField
        {...form.field('settings.cancelFreeHours')}
        label={pt('policy.cancelFreeHours')}
        min={0}
        max={24 * 60}
      />
      <SelectField
        {...form.field('policy.cancelFeeKind')}
        label={pt('policy.cancelFeeKind')}
        options={[
          { value: 'percent', label: pt('policy.feePercent') },
          { value: 'fixed', label: pt('policy.feeFixed') },
        ]}
      />
      {feeFixed ? (
        <PriceField
          {...form.field('policy.cancelFeeValue')}
          label={pt('policy.cancelFeeAmount')}
          currency={currency}
        />
      ) : (
        <FormField
          {...form.field('policy.cancelFeeValue')}
          label={pt('policy.cancelFeePercent')}
          inputMode="decimal"
          autoComplete="off"
        />
      )}
      <SelectField
        {...form.field('policy.noShowKind')}
        label={pt('policy.noShowKind')}
        options={[
          { value: 'keepAll', label: pt('policy.noShowKeepAll') },
          { value: 'fixed', label: pt('policy.noShowFixed') },
        ]}
      />
      {form.values['policy.noShowKind'] === 'fixed' ? (
        <PriceField
          {...form.field('policy.noShowAmount')}
          label={pt('policy.noShowAmount')}
          currency={currency}
        />
      ) : null}
      {kind === 'hotel' ? (
        <SelectField
          {...form.field('settings.hotelCharge')}
          label={pt('policy.hotelCharge')}
          options={[
            { value: 'full', label: pt('policy.hotelFull') },
            { value: 'firstNight', label: pt('policy.hotelFirstNight') },
          ]}
        />
      ) : null}
      <PriceField
        {...form.field('settings.manualRefundAdminAboveMinor')}
        label={pt('policy.manualRefundAdminAbove')}
        currency={currency}
      />
      <FormField
        {...form.field('policy.taxLabel')}
        label={pt('policy.taxLabel')}
        maxLength={40}
        autoComplete="off"
      />
      <FormField
        {...form.field('policy.taxPercent')}
        label={pt('policy.taxPercent')}
        inputMode="decimal"
        autoComplete="off"
      />
    </fieldset>
  );
}
