import { currentLocale } from '@reserva/ui';

/** `0.125` → "12,5%" (id) / "12.5%" (en); below 1% two significant digits, so a little is not "0%". */
export const formatPercent = (fraction: number): string =>
  new Intl.NumberFormat(
    currentLocale(),
    fraction > 0 && fraction < 0.01
      ? { style: 'percent', maximumSignificantDigits: 2 }
      : { style: 'percent', maximumFractionDigits: 1 },
  ).format(fraction);

export const formatCount = (count: number): string => new Intl.NumberFormat(currentLocale()).format(count);

/** Axis labels: "Rp 1,5 jt" fits where "Rp 1.500.000" would not. Money stays written the Indonesian way. */
export const formatMoneyShort = (minor: number, currency = 'IDR'): string =>
  new Intl.NumberFormat('id-ID', {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(currency === 'IDR' ? minor : minor / 100);
