import { type RouterInputs, type RouterOutputs, trpc } from '@reserva/ui';
import { useMutation } from '@tanstack/react-query';

export type BookingDetail = RouterOutputs['bookings']['get'];
export type StaffCancelReason = RouterInputs['staff']['bookings']['cancel']['reasonCode'];

export type ActionRequest =
  | { action: 'confirm' | 'complete' | 'noShow' | 'checkIn'; id: string }
  | { action: 'checkInByCode'; code: string }
  | { action: 'assign'; id: string; resourceId: string }
  | { action: 'cancel'; id: string; reasonCode: StaffCancelReason; description: string };

type Client = ReturnType<typeof trpc.useUtils>['client'];

function perform(client: Client, request: ActionRequest): Promise<BookingDetail> {
  const desk = client.staff.bookings;
  switch (request.action) {
    case 'confirm':
      return desk.confirm.mutate({ id: request.id });
    case 'checkIn':
      return desk.checkIn.mutate({ id: request.id });
    case 'checkInByCode':
      return desk.checkIn.mutate({ code: request.code });
    case 'complete':
      return desk.complete.mutate({ id: request.id });
    case 'noShow':
      return desk.noShow.mutate({ id: request.id });
    case 'assign':
      return desk.assign.mutate({ id: request.id, resourceId: request.resourceId });
    case 'cancel':
      return desk.cancel.mutate({
        id: request.id,
        reasonCode: request.reasonCode,
        description: request.description,
      });
  }
}

/**
 * Every desk action through one mutation: the answer (the booking with its history) goes straight
 * into the open drawer, and the list and stats refetch so the table shows it too. The mutation stays
 * pending until the list has caught up, so no button is pressed twice on a stale row.
 */
export function useBookingAction() {
  const utils = trpc.useUtils();
  return useMutation({
    mutationFn: (request: ActionRequest) => perform(utils.client, request),
    onSuccess: (detail) => {
      utils.bookings.get.setData({ id: detail.id }, detail);
      return Promise.all([utils.staff.bookings.list.invalidate(), utils.staff.stats.invalidate()]);
    },
  });
}
