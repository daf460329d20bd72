import { DEFAULT_VENUE_SETTINGS } from '@reserva/domain';
import { describe, expect, it } from 'vitest';
import { policyChecks, policyInput, policyTexts } from './venue-policy';

describe('the venue policy form', () => {
  it('reads the stored policy and sends it back as the API takes it', () => {
    const texts = policyTexts(DEFAULT_VENUE_SETTINGS, 'IDR');
    expect(texts).toMatchObject({
      'settings.cancelFreeHours': '24',
      'policy.cancelFeeKind': 'percent',
      'policy.cancelFeeValue': '50',
      'policy.noShowKind': 'keepAll',
      'policy.taxLabel': '',
    });
    expect(policyInput('restaurant', texts, 'IDR')).toEqual({
      cancelFreeHours: 24,
      cancelFee: { kind: 'percent', percent: 50 },
      noShowFee: { kind: 'keepAll' },
      manualRefundAdminAboveMinor: DEFAULT_VENUE_SETTINGS.manualRefundAdminAboveMinor,
      taxLine: null,
    });
    const fixed = {
      ...texts,
      'policy.cancelFeeKind': 'fixed',
      'policy.cancelFeeValue': '25.000',
      'policy.noShowKind': 'fixed',
      'policy.noShowAmount': '40.000',
      'settings.hotelCharge': 'firstNight',
      'policy.taxLabel': ' PB1 ',
      'policy.taxPercent': '10',
    };
    expect(policyInput('hotel', fixed, 'IDR')).toMatchObject({
      cancelFee: { kind: 'fixed', amountMinor: 25_000 },
      noShowFee: { kind: 'fixed', amountMinor: 40_000 },
      hotelCharge: 'firstNight',
      taxLine: { label: 'PB1', percent: 10 },
    });
    // The hotel's up-front charge is sent only for hotels.
    expect(policyInput('restaurant', fixed, 'IDR')).not.toHaveProperty('hotelCharge');
  });

  it('names what is wrong: a share over 100%, half a tax line, hours out of range', () => {
    const texts = policyTexts(DEFAULT_VENUE_SETTINGS, 'IDR');
    const problems = (values: Partial<typeof texts>) => {
      const all = { ...texts, ...values };
      const checks = policyChecks(all, 'IDR');
      return Object.fromEntries(
        Object.entries(checks)
          .map(([field, check]) => [field, check?.(all[field as keyof typeof all])?.key])
          .filter(([, key]) => key),
      );
    };
    expect(problems({})).toEqual({});
    expect(problems({ 'policy.cancelFeeValue': '120' })).toEqual({
      'policy.cancelFeeValue': 'policy.percentRange',
    });
    expect(problems({ 'policy.taxLabel': 'PB1' })).toEqual({ 'policy.taxPercent': 'policy.taxBoth' });
    expect(problems({ 'policy.taxPercent': '11' })).toEqual({ 'policy.taxLabel': 'policy.taxBoth' });
    expect(problems({ 'policy.taxLabel': 'PB1', 'policy.taxPercent': '0' })).toEqual({
      'policy.taxPercent': 'policy.taxPercentRange',
    });
    expect(problems({ 'settings.cancelFreeHours': '-1' })).toEqual({
      'settings.cancelFreeHours': 'form.wholeBetween',
    });
  });
});
