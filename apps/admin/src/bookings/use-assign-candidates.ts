import { trpc } from '@reserva/ui';
import type { BookingDetail } from './use-booking-action';

export interface Candidate {
  id: string;
  label: string;
  area: string | null;
  current: boolean;
  /** Taken for this booking's period by another active booking. */
  busy: boolean;
}

/**
 * The places the booking could take, from `staff.bookings.assignable`: free for its period, big
 * enough, best fit first, its current place included. The server checks again on assign.
 */
export function useAssignCandidates(booking: BookingDetail) {
  const places = trpc.staff.bookings.assignable.useQuery({ id: booking.id });
  const candidates: Candidate[] = (places.data?.resources ?? []).map((place) => ({
    id: place.id,
    label: place.label,
    area: place.area,
    current: place.current,
    busy: false,
  }));
  return { candidates, isPending: places.isPending };
}
