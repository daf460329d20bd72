import { describe, expect, it } from 'vitest';
import { cheapestClassMinor, seatPriceMinor } from './seat-pricing.js';

const CLASSES = [
  { name: 'Premium', priceMinor: 75_000 },
  { name: 'Regular', priceMinor: 50_000 },
];

describe('seatPriceMinor', () => {
  it('charges the event price for the cheapest class', () => {
    expect(seatPriceMinor({ eventPriceMinor: 45_000, seatClasses: CLASSES, seatClass: 'Regular' })).toBe(
      45_000,
    );
  });

  it('adds the class difference for a better class', () => {
    expect(seatPriceMinor({ eventPriceMinor: 45_000, seatClasses: CLASSES, seatClass: 'Premium' })).toBe(
      70_000,
    );
  });

  it('charges the event price when the layout has no classes, the seat none, or an unknown one', () => {
    expect(seatPriceMinor({ eventPriceMinor: 95_000, seatClasses: [], seatClass: 'Premium' })).toBe(95_000);
    expect(seatPriceMinor({ eventPriceMinor: 95_000, seatClasses: CLASSES, seatClass: null })).toBe(95_000);
    expect(seatPriceMinor({ eventPriceMinor: 95_000, seatClasses: CLASSES, seatClass: 'VIP' })).toBe(95_000);
  });

  it('finds the cheapest class whatever the order', () => {
    expect(cheapestClassMinor(CLASSES)).toBe(50_000);
    expect(cheapestClassMinor([])).toBeNull();
  });
});
