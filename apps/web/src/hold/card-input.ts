export interface CardValues {
  number: string;
  expiry: string;
  cvc: string;
}
export type CardField = keyof CardValues;
/** Keys under `payment.errors` in the dictionaries. */
export type CardProblem = 'numberRequired' | 'number' | 'expiryRequired' | 'expiry' | 'expired' | 'cvc';

const digitsOf = (value: string) => value.replace(/\D/g, '');

/** The Luhn checksum every card number carries: catches a mistyped digit before the gateway does. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** What is wrong with the card as typed, by field; `now` decides whether the expiry has passed. */
export function checkCard(values: CardValues, now: Date): Partial<Record<CardField, CardProblem>> {
  const problems: Partial<Record<CardField, CardProblem>> = {};
  const digits = digitsOf(values.number);
  if (digits === '') problems.number = 'numberRequired';
  else if (digits.length < 12 || digits.length > 19 || !passesLuhn(digits)) problems.number = 'number';
  const expiry = /^(0[1-9]|1[0-2])\s*\/\s*(\d{2})$/.exec(values.expiry.trim());
  if (values.expiry.trim() === '') problems.expiry = 'expiryRequired';
  else if (!expiry) problems.expiry = 'expiry';
  else {
    // A card works through the last day of its expiry month.
    const endOfMonth = new Date(2000 + Number(expiry[2]), Number(expiry[1]), 1);
    if (endOfMonth.getTime() <= now.getTime()) problems.expiry = 'expired';
  }
  if (!/^\d{3,4}$/.test(values.cvc.trim())) problems.cvc = 'cvc';
  return problems;
}

/** `4242424242424242` → `4242 4242 4242 4242`, as the digits are printed on the card. */
export const formatCardNumber = (value: string) =>
  digitsOf(value)
    .slice(0, 19)
    .replace(/(\d{4})(?=\d)/g, '$1 ');

/** `1228` → `12/28`: the slash comes by itself once the month is typed. */
export function formatExpiry(value: string): string {
  const digits = digitsOf(value).slice(0, 4);
  return digits.length > 2 ? `${digits.slice(0, 2)}/${digits.slice(2)}` : digits;
}

/** The card as holds.checkout takes it. */
export const cardPayment = (values: CardValues) => ({
  method: 'card' as const,
  card: { number: digitsOf(values.number), expiry: values.expiry.trim(), cvc: values.cvc.trim() },
});
