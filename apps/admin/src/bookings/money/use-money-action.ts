import { type ApiErrorView, trpc } from '@reserva/ui';

/** After money moved: the drawer's booking, its quote and timeline, the desk list and the stats refresh. */
export function useMoneyRefresh() {
  const utils = trpc.useUtils();
  return (bookingId: string) =>
    Promise.all([
      utils.payments.invalidate(),
      utils.bookings.get.invalidate({ id: bookingId }),
      utils.staff.bookings.list.invalidate(),
      utils.staff.stats.invalidate(),
    ]);
}

/** The API names the amount `amountMinor`; the desk's money forms call that field `amount`. */
export function onAmountField(view: ApiErrorView): ApiErrorView {
  const { amountMinor, ...fields } = view.fields;
  return { ...view, fields: amountMinor ? { ...fields, amount: amountMinor } : fields };
}
