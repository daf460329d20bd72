import { describe, expect, it } from 'vitest';
import {
  type AdminEvent,
  createEventInput,
  eventChecks,
  eventValues,
  updateEventInput,
} from './event-form-values';

const trip = {
  id: 'e1',
  venueId: 'v1',
  layoutId: 'l1',
  kind: 'trip',
  title: 'Bandung → Jakarta',
  origin: 'Bandung',
  destination: 'Jakarta',
  startsAt: '2026-12-01T23:00:00.000Z',
  endsAt: '2026-12-02T02:00:00.000Z',
  priceMinor: 150_000,
  busType: 'Executive',
  operatorWhatsapp: '+6281322200150',
  status: 'scheduled',
} as AdminEvent;

describe('event form values', () => {
  it('shows times on the venue clock and sends them back as instants', () => {
    const values = eventValues(trip, 'Asia/Jakarta');
    expect(values).toMatchObject({
      startsAt: '2026-12-02T06:00',
      endsAt: '2026-12-02T09:00',
      price: '150000',
    });
    expect(createEventInput('trip', { ...values, title: '' }, 'Asia/Jakarta')).toMatchObject({
      kind: 'trip',
      title: undefined,
      startsAt: '2026-12-01T23:00:00.000Z',
      busType: 'Executive',
    });
  });

  it('sends times only when they changed', () => {
    const values = eventValues(trip, 'Asia/Jakarta');
    expect(updateEventInput(trip, { ...values, price: '175.000' }, 'Asia/Jakarta')).not.toHaveProperty(
      'startsAt',
    );
    expect(updateEventInput(trip, { ...values, startsAt: '2026-12-02T07:00' }, 'Asia/Jakarta')).toMatchObject(
      {
        startsAt: '2026-12-02T00:00:00.000Z',
        priceMinor: 150_000,
      },
    );
  });

  it('asks for a film title for showtimes and a route for trips; an end before the start is named', () => {
    const values = {
      ...eventValues(null, 'Asia/Jakarta'),
      startsAt: '2026-12-02T10:00',
      endsAt: '2026-12-02T09:00',
    };
    expect(Object.keys(eventChecks('showtime', values))).toContain('title');
    expect(Object.keys(eventChecks('trip', values))).toEqual(expect.arrayContaining(['origin', 'busType']));
    expect(eventChecks('trip', values).endsAt?.(values.endsAt)).toEqual({ key: 'events.endBeforeStart' });
  });
});
