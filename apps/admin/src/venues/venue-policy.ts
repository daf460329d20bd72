import type { VenueKind, VenueSettings } from '@reserva/domain';
import { amount, type Check, optional, whole } from '../components/checks';
import { amountText, parseAmount } from '../format/money-input';

/** The money policy's form fields: `settings.*` where the value is one setting, `policy.*` where it is a part of one. */
export type PolicyField =
  | 'settings.cancelFreeHours'
  | 'policy.cancelFeeKind'
  | 'policy.cancelFeeValue'
  | 'policy.noShowKind'
  | 'policy.noShowAmount'
  | 'settings.hotelCharge'
  | 'settings.manualRefundAdminAboveMinor'
  | 'policy.taxLabel'
  | 'policy.taxPercent';

type PolicySettings = Pick<
  VenueSettings,
  'cancelFreeHours' | 'cancelFee' | 'noShowFee' | 'hotelCharge' | 'manualRefundAdminAboveMinor' | 'taxLine'
>;

/** The stored policy as the form's texts. */
export function policyTexts(settings: PolicySettings, currency: string): Record<PolicyField, string> {
  const fee = settings.cancelFee;
  const noShow = settings.noShowFee;
  return {
    'settings.cancelFreeHours': String(settings.cancelFreeHours),
    'policy.cancelFeeKind': fee.kind,
    'policy.cancelFeeValue':
      fee.kind === 'percent' ? String(fee.percent) : amountText(fee.amountMinor, currency),
    'policy.noShowKind': noShow.kind,
    'policy.noShowAmount': noShow.kind === 'fixed' ? amountText(noShow.amountMinor, currency) : '',
    'settings.hotelCharge': settings.hotelCharge,
    'settings.manualRefundAdminAboveMinor': amountText(settings.manualRefundAdminAboveMinor, currency),
    'policy.taxLabel': settings.taxLine?.label ?? '',
    'policy.taxPercent': settings.taxLine ? String(settings.taxLine.percent) : '',
  };
}

const percent =
  (above: number): Check =>
  (value) => {
    const number = Number(value.trim().replace(',', '.'));
    return value.trim() !== '' && Number.isFinite(number) && number >= above && number <= 100
      ? null
      : { key: above > 0 ? 'policy.taxPercentRange' : 'policy.percentRange' };
  };

/** The form's own checks, as the API's venueSettingsInput bounds them. */
export function policyChecks(values: Record<PolicyField, string>, currency: string) {
  const taxGiven = values['policy.taxLabel'].trim() !== '' || values['policy.taxPercent'].trim() !== '';
  const checks: Partial<Record<PolicyField, Check>> = {
    'settings.cancelFreeHours': whole(0, 24 * 60),
    'policy.cancelFeeValue': values['policy.cancelFeeKind'] === 'fixed' ? amount(currency) : percent(0),
    'settings.manualRefundAdminAboveMinor': amount(currency),
  };
  if (values['policy.noShowKind'] === 'fixed') checks['policy.noShowAmount'] = amount(currency);
  if (taxGiven) {
    checks['policy.taxLabel'] = (value) => (value.trim() ? null : { key: 'policy.taxBoth' });
    checks['policy.taxPercent'] = optional(percent(0.0001));
    if (values['policy.taxPercent'].trim() === '')
      checks['policy.taxPercent'] = () => ({ key: 'policy.taxBoth' });
  }
  return checks;
}

/** The policy as admin.venues.update takes it inside `settings`. */
export function policyInput(kind: VenueKind, values: Record<PolicyField, string>, currency: string) {
  const money = (field: PolicyField) => parseAmount(values[field], currency) ?? 0;
  const taxLabel = values['policy.taxLabel'].trim();
  return {
    cancelFreeHours: Number(values['settings.cancelFreeHours'].trim()),
    cancelFee:
      values['policy.cancelFeeKind'] === 'fixed'
        ? { kind: 'fixed' as const, amountMinor: money('policy.cancelFeeValue') }
        : {
            kind: 'percent' as const,
            percent: Number(values['policy.cancelFeeValue'].trim().replace(',', '.')),
          },
    noShowFee:
      values['policy.noShowKind'] === 'fixed'
        ? { kind: 'fixed' as const, amountMinor: money('policy.noShowAmount') }
        : { kind: 'keepAll' as const },
    ...(kind === 'hotel' ? { hotelCharge: values['settings.hotelCharge'] as 'full' | 'firstNight' } : {}),
    manualRefundAdminAboveMinor: money('settings.manualRefundAdminAboveMinor'),
    taxLine: taxLabel
      ? { label: taxLabel, percent: Number(values['policy.taxPercent'].trim().replace(',', '.')) }
      : null,
  };
}
