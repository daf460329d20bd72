import { trpc } from '@reserva/ui';

/**
 * The hold behind a claim code, kept fresh while staff look at it (another desk may confirm it, or
 * it may expire), and the confirmation that turns it into a booking.
 */
export function useClaim(claimCode: string) {
  const utils = trpc.useUtils();
  const lookup = trpc.staff.payments.lookup.useQuery(
    { claimCode },
    { refetchInterval: 10_000, refetchOnWindowFocus: 'always', staleTime: 0 },
  );
  const confirm = trpc.staff.payments.confirm.useMutation({
    onSuccess: () =>
      Promise.all([
        utils.staff.payments.lookup.invalidate({ claimCode }),
        utils.staff.bookings.list.invalidate(),
        utils.staff.stats.invalidate(),
      ]),
  });
  return { lookup, confirm };
}
