import {
  type BookingStatus,
  canTransition,
  isActiveStatus,
  type ResourceKind,
  type VenueKind,
} from '@reserva/domain';

export type StatusAction = 'confirm' | 'checkIn' | 'complete' | 'noShow' | 'cancel';
export type DeskAction = StatusAction | 'assign';

const TARGET: Record<StatusAction, BookingStatus> = {
  confirm: 'CONFIRMED',
  checkIn: 'CHECKED_IN',
  complete: 'COMPLETED',
  noShow: 'NO_SHOW',
  cancel: 'CANCELLED',
};

/** What staff assign per time-slot kind; cinema and bus seats are the customer's own choice. */
export const PLACE_KIND: Partial<Record<VenueKind, ResourceKind>> = {
  restaurant: 'table',
  coworking: 'desk',
  hotel: 'room',
};

export interface ActionableBooking {
  status: BookingStatus;
  start: string;
  eventId: string | null;
  venue: { kind: VenueKind };
}

const ORDER: readonly DeskAction[] = ['confirm', 'checkIn', 'complete', 'assign', 'noShow', 'cancel'];

/**
 * The actions the desk offers for a booking: the domain's state machine decides, plus the rules the
 * API adds on top, so a button is never offered only to be refused.
 */
export function legalActions(booking: ActionableBooking, now = new Date()): DeskAction[] {
  const can = (action: StatusAction) => canTransition(booking.status, TARGET[action]);
  const allowed: Record<DeskAction, boolean> = {
    // A hold is confirmed by its payment (the Payments screen), never by hand here.
    confirm: can('confirm') && booking.status !== 'HELD',
    checkIn: can('checkIn'),
    complete: can('complete'),
    // Only someone who was due can fail to come.
    noShow: can('noShow') && new Date(booking.start).getTime() <= now.getTime(),
    cancel: can('cancel'),
    assign:
      isActiveStatus(booking.status) &&
      booking.status !== 'HELD' &&
      booking.eventId === null &&
      PLACE_KIND[booking.venue.kind] !== undefined,
  };
  return ORDER.filter((action) => allowed[action]);
}
