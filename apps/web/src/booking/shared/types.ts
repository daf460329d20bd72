import type { RouterInputs, RouterOutputs } from '@reserva/ui';

export type Venue = RouterOutputs['venues']['get'];
export type CreateBookingInput = RouterInputs['bookings']['create'];
export type Availability = RouterOutputs['availability']['search'];
/** The part of one availability answer that belongs to a kind of venue. */
export type AvailabilityOf<K extends Availability['kind']> = Extract<Availability, { kind: K }>;
