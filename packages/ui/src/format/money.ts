const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string): Intl.NumberFormat {
  let formatter = formatters.get(currency);
  if (!formatter) {
    // Rupiah has no minor unit in practice: `Rp 50.000`, never `Rp 50.000,00`.
    const digits = currency === 'IDR' ? { maximumFractionDigits: 0 } : {};
    formatter = new Intl.NumberFormat('id-ID', { style: 'currency', currency, ...digits });
    formatters.set(currency, formatter);
  }
  return formatter;
}

/**
 * Formats an amount kept in integer minor units. Money is always shown the Indonesian way
 * (`Rp 50.000`), whatever the interface language, because that is how prices are printed here.
 */
export function formatMoney(minor: number, currency = 'IDR'): string {
  const formatter = formatterFor(currency);
  const digits = currency === 'IDR' ? 0 : (formatter.resolvedOptions().maximumFractionDigits ?? 0);
  return formatter.format(minor / 10 ** digits);
}

export const formatIdr = (rupiah: number): string => formatMoney(rupiah, 'IDR');
