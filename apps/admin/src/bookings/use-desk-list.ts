import { ACTIVE_STATUSES, type BookingStatus } from '@reserva/domain';
import { type RouterOutputs, trpc } from '@reserva/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { type LocalRange, toInstantRange } from '../time/local-range';

export type DeskBooking = RouterOutputs['staff']['bookings']['list']['items'][number];
export type StatusFilter = '' | 'active' | BookingStatus;
export type SortDirection = 'asc' | 'desc';

export interface DeskFilters {
  venueId: string;
  status: StatusFilter;
  range: LocalRange;
  /** Already debounced and trimmed. */
  q: string;
}

export const PAGE_SIZE = 25;

/** Until bookings are pushed live, the desk asks again every 10 seconds and whenever staff come back to it. */
export const DESK_LIVE = { refetchInterval: 10_000, refetchOnWindowFocus: 'always' } as const;
const LIVE = { ...DESK_LIVE, placeholderData: keepPreviousData } as const;

const statusInput = (status: StatusFilter) =>
  status === '' ? undefined : status === 'active' ? [...ACTIVE_STATUSES] : status;

/** Latest-first page `page` of `total` rows, as the ascending window that holds it. */
export function descendingWindow(total: number, page: number) {
  const end = Math.max(0, total - page * PAGE_SIZE);
  const start = Math.max(0, end - PAGE_SIZE);
  return { skip: start, limit: Math.max(1, end - start) };
}

/**
 * One page of the desk's table. The API lists by start, earliest first, only; a latest-first page is
 * read from the far end, which needs the total first (a one-row query under the same filters).
 */
export function useDeskList(filters: DeskFilters, timeZone: string, page: number, direction: SortDirection) {
  const base = {
    venueId: filters.venueId || undefined,
    status: statusInput(filters.status),
    ...toInstantRange(filters.range, timeZone),
    q: filters.q || undefined,
  };
  const descending = direction === 'desc';
  const count = trpc.staff.bookings.list.useQuery(
    { ...base, skip: 0, limit: 1 },
    { ...LIVE, enabled: descending },
  );
  const total = count.data?.total;
  const window = descending
    ? descendingWindow(total ?? 0, page)
    : { skip: page * PAGE_SIZE, limit: PAGE_SIZE };
  const list = trpc.staff.bookings.list.useQuery(
    { ...base, ...window },
    { ...LIVE, enabled: !descending || total !== undefined },
  );
  const items = list.data ? (descending ? [...list.data.items].reverse() : list.data.items) : [];
  return {
    items,
    total: descending ? (total ?? 0) : (list.data?.total ?? 0),
    isPending: list.isPending || (descending && count.isPending),
    error: list.error ?? count.error,
    refetch: () => Promise.all([list.refetch(), descending ? count.refetch() : null]),
    updatedAt: list.dataUpdatedAt,
  };
}
