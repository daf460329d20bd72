/**
 * Prices as staff type them and as the API stores them (integer minor units). Rupiah has no minor
 * unit in practice, so `150.000` (dots group thousands, the Indonesian way) is 150000 both ways.
 */
const fractionDigits = (currency: string): number =>
  currency === 'IDR'
    ? 0
    : (new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2);

/** `"150.000"`, `"Rp 150000"`, `"150 000"` → 150000; null when it is not an amount. */
export function parseAmount(text: string, currency = 'IDR'): number | null {
  const trimmed = text.trim().replace(/^rp\.?\s*/i, '');
  const digits = fractionDigits(currency);
  if (digits === 0) {
    if (!/^\d{1,3}([.\s]?\d{3})*$|^\d+$/.test(trimmed)) return null;
    return Number(trimmed.replace(/[.\s]/g, ''));
  }
  if (!/^\d+([.,]\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  const minor = Math.round(value * 10 ** digits);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** The stored amount as an editable text: plain digits, no symbol. */
export function amountText(minor: number, currency = 'IDR'): string {
  const digits = fractionDigits(currency);
  return digits === 0 ? String(minor) : (minor / 10 ** digits).toFixed(digits);
}
