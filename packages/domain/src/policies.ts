/**
 * Per-venue booking policies: opening hours, lead time, how far ahead, duration bounds, turn time,
 * hotel stay rules, grace before no-show. Pure: "now" is always an argument.
 */
import { type DomainError, validationError } from './errors.js';
import {
  addDays,
  addMinutes,
  daysBetween,
  instantToZoned,
  isValidLocalDate,
  type LocalDate,
  minutesBetween,
  minutesOfTime,
  startOfLocalDay,
  todayIn,
  zonedToInstant,
} from './time.js';
import type { VenueSettings } from './venue.js';

export type TimeSlotSettings = Pick<
  VenueSettings,
  'openingHours' | 'minDurationMinutes' | 'maxDurationMinutes' | 'leadTimeMinutes' | 'maxDaysAhead'
>;
export type SlotSettings = TimeSlotSettings & Pick<VenueSettings, 'slotStepMinutes'>;
export type StaySettings = Pick<
  VenueSettings,
  'checkInTime' | 'checkOutTime' | 'minNights' | 'maxNights' | 'maxDaysAhead'
>;

export interface TimeSlotInput {
  settings: TimeSlotSettings;
  timeZone: string;
  start: Date;
  end: Date;
  now: Date;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const isValidInstant = (value: unknown): value is Date =>
  value instanceof Date && !Number.isNaN(value.getTime());

/**
 * The opening period that begins on `date`. A close at or before the open time means "after
 * midnight": open 18:00, close 02:00 runs until 02:00 the next day (and 00:00–00:00 is 24 hours).
 * No opening hours = the whole local day.
 */
export function openingWindow(
  date: LocalDate,
  openingHours: VenueSettings['openingHours'],
  timeZone: string,
): { open: Date; close: Date } {
  if (!openingHours) {
    return { open: startOfLocalDay(date, timeZone), close: startOfLocalDay(addDays(date, 1), timeZone) };
  }
  const overnight = minutesOfTime(openingHours.close) <= minutesOfTime(openingHours.open);
  return {
    open: zonedToInstant(date, openingHours.open, timeZone),
    close: zonedToInstant(overnight ? addDays(date, 1) : date, openingHours.close, timeZone),
  };
}

function withinOpeningHours(
  start: Date,
  end: Date,
  openingHours: NonNullable<VenueSettings['openingHours']>,
  timeZone: string,
): boolean {
  const startDate = instantToZoned(start, timeZone).date;
  const fits = (date: LocalDate) => {
    const window = openingWindow(date, openingHours, timeZone);
    return window.open <= start && end <= window.close;
  };
  // After midnight a booking may belong to the previous day's late opening (open 18:00, close 02:00).
  const overnight = minutesOfTime(openingHours.close) <= minutesOfTime(openingHours.open);
  return fits(startDate) || (overnight && fits(addDays(startDate, -1)));
}

/**
 * The first rule a time slot breaks, or null when it is bookable. Order: end, duration, past,
 * lead time, days ahead, opening hours. `validateTimeSlot` throws the same error.
 */
export function timeSlotProblem({ settings, timeZone, start, end, now }: TimeSlotInput): DomainError | null {
  if (!isValidInstant(start)) return validationError('start', 'Start must be a valid date and time');
  if (!isValidInstant(end)) return validationError('end', 'End must be a valid date and time');
  if (end <= start) return validationError('end', 'End must be after start');

  const duration = minutesBetween(start, end);
  const { minDurationMinutes: min, maxDurationMinutes: max } = settings;
  if (duration < min || duration > max) {
    return validationError('durationMinutes', `Duration must be between ${min} and ${max} minutes`);
  }

  if (start < now) return validationError('start', 'Start is in the past');
  if (start < addMinutes(now, settings.leadTimeMinutes)) {
    return validationError(
      'start',
      `Start must be at least ${plural(settings.leadTimeMinutes, 'minute')} ahead`,
    );
  }

  const daysAhead = daysBetween(todayIn(timeZone, now), instantToZoned(start, timeZone).date);
  if (daysAhead > settings.maxDaysAhead) {
    return validationError('start', `Bookings open at most ${plural(settings.maxDaysAhead, 'day')} ahead`);
  }

  const hours = settings.openingHours;
  if (hours && !withinOpeningHours(start, end, hours, timeZone)) {
    return validationError('start', `Open ${hours.open}–${hours.close} (${timeZone})`);
  }
  return null;
}

/** Throws a Validation error naming the field (`end`, `durationMinutes` or `start`) when the slot is not bookable. */
export function validateTimeSlot(input: TimeSlotInput): void {
  const problem = timeSlotProblem(input);
  if (problem) throw problem;
}

/**
 * Every bookable start on `date` for a booking of `durationMinutes`: from opening to closing minus
 * the duration, in `slotStepMinutes` steps of real elapsed time counted from the opening instant,
 * dropping starts in the past, inside the lead time or beyond `maxDaysAhead`. With overnight hours
 * (18:00–02:00) `date` is the day the venue opens, so starts after midnight belong to it.
 *
 * Stepping in elapsed time (not wall-clock labels) is what keeps DST days right: the spring-forward
 * day simply has fewer starts and never a time that does not exist; the fall-back day lists both
 * real 02:xx instants once each. Every start returned passes `validateTimeSlot`; a duration outside
 * the venue's bounds gives none.
 */
export function slotStarts({
  settings,
  timeZone,
  date,
  durationMinutes,
  now,
}: {
  settings: SlotSettings;
  timeZone: string;
  date: LocalDate;
  durationMinutes: number;
  now: Date;
}): Date[] {
  if (
    !Number.isFinite(durationMinutes) ||
    durationMinutes <= 0 ||
    durationMinutes < settings.minDurationMinutes ||
    durationMinutes > settings.maxDurationMinutes
  ) {
    return [];
  }
  const step = Number.isFinite(settings.slotStepMinutes)
    ? Math.max(1, Math.floor(settings.slotStepMinutes))
    : 15;
  const { open, close } = openingWindow(date, settings.openingHours, timeZone);
  const earliest = Math.max(now.getTime(), addMinutes(now, settings.leadTimeMinutes).getTime());
  // A start is too far ahead once its local date passes today + maxDaysAhead, i.e. from this instant on.
  const tooFar = startOfLocalDay(
    addDays(todayIn(timeZone, now), settings.maxDaysAhead + 1),
    timeZone,
  ).getTime();
  const durationMs = durationMinutes * 60_000;
  const starts: Date[] = [];
  for (let t = open.getTime(); t + durationMs <= close.getTime(); t += step * 60_000) {
    if (t >= earliest && t < tooFar) starts.push(new Date(t));
  }
  return starts;
}

/**
 * A hotel stay from `checkIn` at `checkInTime` to `checkOut` at `checkOutTime`, venue-local. With the
 * defaults (14:00 in, 12:00 out) back-to-back stays of one room do not overlap.
 */
export function validateStay({
  settings,
  timeZone,
  checkIn,
  checkOut,
  now,
}: {
  settings: StaySettings;
  timeZone: string;
  checkIn: LocalDate;
  checkOut: LocalDate;
  now: Date;
}): { nights: number; start: Date; end: Date } {
  if (!isValidLocalDate(checkIn)) throw validationError('checkIn', 'Use a date like 2026-12-31');
  if (!isValidLocalDate(checkOut)) throw validationError('checkOut', 'Use a date like 2026-12-31');
  const nights = daysBetween(checkIn, checkOut);
  if (nights <= 0) throw validationError('checkOut', 'Check-out must be after check-in');

  const today = todayIn(timeZone, now);
  if (checkIn < today) throw validationError('checkIn', 'Check-in cannot be in the past');
  if (daysBetween(today, checkIn) > settings.maxDaysAhead) {
    throw validationError('checkIn', `Bookings open at most ${plural(settings.maxDaysAhead, 'day')} ahead`);
  }
  if (nights < settings.minNights || nights > settings.maxNights) {
    throw validationError(
      'checkOut',
      `Stay must be between ${settings.minNights} and ${settings.maxNights} nights`,
    );
  }
  return {
    nights,
    start: zonedToInstant(checkIn, settings.checkInTime, timeZone),
    end: zonedToInstant(checkOut, settings.checkOutTime, timeZone),
  };
}

/**
 * Minutes a table stays blocked after a party leaves: the rule with the smallest `upTo` that still
 * covers the party (rules are matched in ascending `upTo`, whatever order they were stored in);
 * 0 when none covers it.
 */
export function turnMinutes(partySize: number, settings: Pick<VenueSettings, 'turnMinutesByParty'>): number {
  const rules = [...(settings.turnMinutesByParty ?? [])].sort((a, b) => a.upTo - b.upTo);
  const rule = rules.find((r) => partySize <= r.upTo);
  return rule ? Math.max(0, rule.minutes) : 0;
}

/** When a confirmed booking that was never checked in becomes a no-show. */
export function noShowAt(start: Date, graceMinutes: number): Date {
  return addMinutes(start, graceMinutes);
}
