import { addDays, isValidLocalDate, type LocalDate, startOfLocalDay, todayIn } from '@reserva/domain';

/** A range of venue-local calendar days, both ends included; '' leaves that end open. */
export interface LocalRange {
  from: LocalDate | '';
  to: LocalDate | '';
}

/** `days` before today through `daysAhead` after it, in `timeZone`. */
export function rangeAroundToday(timeZone: string, daysBack: number, daysAhead: number, now = new Date()) {
  const today = todayIn(timeZone, now);
  return { from: addDays(today, -daysBack), to: addDays(today, daysAhead) };
}

export const isRangeValid = ({ from, to }: LocalRange): boolean =>
  !from || !to || !isValidLocalDate(from) || !isValidLocalDate(to) || to >= from;

/**
 * The instants the API filters on: from the start of the first day to the start of the day after
 * the last, so the last day counts whole. Invalid or empty ends are left open.
 */
export function toInstantRange({ from, to }: LocalRange, timeZone: string): { from?: string; to?: string } {
  const range: { from?: string; to?: string } = {};
  if (from && isValidLocalDate(from)) range.from = startOfLocalDay(from, timeZone).toISOString();
  if (to && isValidLocalDate(to)) range.to = startOfLocalDay(addDays(to, 1), timeZone).toISOString();
  return range;
}
