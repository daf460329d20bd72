import { describe, expect, it } from 'vitest';
import { createVenueInput, slugOf, venueValues } from './venue-form-values';

describe('venue form values', () => {
  it('suggests a slug from the name', () => {
    expect(slugOf('Warung Sunda Braga')).toBe('warung-sunda-braga');
    expect(slugOf('  Café Ñusa & Co. ')).toBe('cafe-nusa-co');
  });

  it('sends only the settings of the kind, typed as the API takes them', () => {
    const values = {
      ...venueValues(null),
      name: 'Bioskop Dago',
      slug: 'bioskop-dago',
      kind: 'cinema',
      whatsapp: '',
      'settings.holdMinutes': '7',
      'settings.maxSeatsPerHold': '6',
      'settings.graceMinutes': '99',
    };
    expect(createVenueInput(values)).toMatchObject({
      kind: 'cinema',
      slug: 'bioskop-dago',
      timeZone: 'Asia/Jakarta',
      currency: 'IDR',
      whatsapp: null,
      settings: { holdMinutes: 7, maxSeatsPerHold: 6 },
    });
    expect(createVenueInput(values).settings).not.toHaveProperty('graceMinutes');
  });

  it('reads hotel times and restaurant deposits', () => {
    const hotel = createVenueInput({ ...venueValues(null), kind: 'hotel', 'settings.checkInTime': '13:00' });
    expect(hotel.settings).toMatchObject({ checkInTime: '13:00', minNights: 1, allowGuestBookings: true });
    const restaurant = createVenueInput({
      ...venueValues(null),
      kind: 'restaurant',
      'settings.depositPerGuestMinor': '25.000',
    });
    expect(restaurant.settings).toMatchObject({ depositPerGuestMinor: 25_000, autoAssign: true });
  });
});
