import type { Db } from '@reserva/db';
import { validationError } from '@reserva/domain';
import type { Actor } from '../../context.js';
import type { BookingVenue } from './booking-venue.js';
import type { CreateBookingInput } from './create-booking.service.js';

export interface BookingRequest {
  db: Db;
  actor: Actor | null;
  venue: BookingVenue;
  input: CreateBookingInput;
  now: Date;
  contact: { name: string; phone: string; email: string | null };
}

export function required<T>(value: T | undefined, field: string, message: string): T {
  if (value === undefined) throw validationError(field, message);
  return value;
}

/** The end of a time slot: as sent, or start + duration (the venue's default when none is sent). */
export function slotEnd(input: CreateBookingInput, start: Date, defaultMinutes: number): Date {
  if (input.end) return input.end;
  return new Date(start.getTime() + (input.durationMinutes ?? defaultMinutes) * 60_000);
}

/** Fields that belong to another kind of venue are refused rather than silently ignored. */
export function refuseFields(
  input: CreateBookingInput,
  fields: readonly (keyof CreateBookingInput)[],
  venue: BookingVenue,
) {
  for (const field of fields) {
    if (input[field] !== undefined) throw validationError(field, `${venue.name} does not take ${field}`);
  }
}
