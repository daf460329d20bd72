import { FormField, formatMoney } from '@reserva/ui';
import { parseAmount } from '../format/money-input';
import { usePanelT } from '../i18n/panel-i18n';
import type { Binding } from './use-checked-form';

interface PriceFieldProps extends Binding {
  label: string;
  currency?: string;
  hint?: string;
}

/** A price typed as people write it (`150.000`); the hint shows how it will be printed. */
export function PriceField({ label, currency = 'IDR', hint, ...binding }: PriceFieldProps) {
  const { pt } = usePanelT();
  const minor = parseAmount(binding.value, currency);
  const shown = minor === null ? null : pt('form.priceReads', { price: formatMoney(minor, currency) });
  return (
    <FormField
      {...binding}
      label={label}
      inputMode="decimal"
      autoComplete="off"
      hint={[hint, shown ?? pt('form.priceHint', { currency })].filter(Boolean).join(' ')}
    />
  );
}
