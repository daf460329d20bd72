/**
 * Venue-local time. Every venue has an IANA time zone; "today", opening hours, peak windows and
 * hotel check-in are judged on the venue's wall clock, never the server's.
 *
 * No date library on purpose: Node (full ICU) and every browser already ship the complete IANA zone
 * data behind `Intl.DateTimeFormat`, so asking it "what does the wall clock show at this instant?"
 * is exact, DST-correct and costs no bundle size. Everything else here is plain calendar arithmetic
 * on `YYYY-MM-DD` strings done in UTC, where no day is ever 23 or 25 hours long.
 */

/** A venue-local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;
/** A venue-local wall-clock time, `HH:MM` (00:00–23:59). */
export type LocalTime = string;

export interface ZonedParts {
  date: LocalDate;
  time: LocalTime;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight on the wall clock (0–1439). */
  minutesOfDay: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // h23: some engines print midnight as "24" with hour12:false; h23 never does.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** `11/21/2026, 17:05:09`: what the formatter prints for modern dates (en-US, h23). */
const FORMATTED_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

/**
 * The wall clock of `timeZone` at `ms`, expressed as if it were a UTC timestamp (ms precision lost
 * below 1 s). Reads the formatted string: `formatToParts` costs four times as much, and this is the
 * dearest step of validating and pricing a booking. Anything else printed (an engine that formats
 * differently, a year outside 1000–9999) is read part by part.
 */
function wallClockMs(ms: number, timeZone: string): number {
  const match = FORMATTED_RE.exec(formatterFor(timeZone).format(ms));
  if (!match) return wallClockMsFromParts(ms, timeZone);
  return utcMs(+match[3]!, +match[1]!, +match[2]!, +match[4]!, +match[5]!, +match[6]!);
}

function wallClockMsFromParts(ms: number, timeZone: string): number {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) parts[part.type] = Number(part.value);
  return utcMs(
    parts.year ?? 0,
    parts.month ?? 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

function utcMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, 0);
  return utc.getTime();
}

/** The zone's UTC offset in minutes at `instant` (Jakarta: 420; Berlin: 60 in winter, 120 in summer). */
export function timeZoneOffsetMinutes(instant: Date | number, timeZone: string): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return (wallClockMs(wholeSecond, timeZone) - wholeSecond) / MINUTE_MS;
}

export function isValidTimeZone(timeZone: string): boolean {
  // Offsets like "+07:00" are accepted by newer engines only; venues store IANA names.
  if (typeof timeZone !== 'string' || timeZone.length === 0 || /^[+-]/.test(timeZone)) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function parseDate(date: LocalDate): { y: number; m: number; d: number } {
  const match = DATE_RE.exec(date);
  const parsed = match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
  if (!parsed || !isValidLocalDate(date)) {
    throw new RangeError(`Invalid local date "${date}"; expected a real date as YYYY-MM-DD`);
  }
  return parsed;
}

function parseTime(time: LocalTime): number {
  const match = TIME_RE.exec(time);
  if (!match) throw new RangeError(`Invalid local time "${time}"; expected HH:MM between 00:00 and 23:59`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** True for a real calendar date written as `YYYY-MM-DD` (2026-02-29 is not one). */
export function isValidLocalDate(date: string): boolean {
  const match = DATE_RE.exec(date);
  if (!match) return false;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  const utc = new Date(0);
  utc.setUTCFullYear(y, m, 0);
  return utc.getUTCDate();
}

export function isValidLocalTime(time: string): boolean {
  return TIME_RE.test(time);
}

/** `HH:MM` → minutes since midnight. */
export function minutesOfTime(time: LocalTime): number {
  return parseTime(time);
}

/** Minutes since midnight → `HH:MM` (wraps past 24:00). */
export function timeOfMinutes(minutes: number): LocalTime {
  const wrapped = ((Math.floor(minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(wrapped / 60))}:${pad(wrapped % 60)}`;
}

/** The date as a UTC-midnight timestamp: calendar arithmetic without DST. */
function dateToUtcMs(date: LocalDate): number {
  const { y, m, d } = parseDate(date);
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d);
  return utc.getTime();
}

function utcMsToDate(ms: number): LocalDate {
  const utc = new Date(ms);
  return `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function isoWeekdayOfUtcMs(ms: number): number {
  return ((new Date(ms).getUTCDay() + 6) % 7) + 1;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return utcMsToDate(dateToUtcMs(date) + Math.trunc(days) * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((dateToUtcMs(to) - dateToUtcMs(from)) / DAY_MS);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date; the same in every zone. */
export function weekdayOf(date: LocalDate): number {
  return isoWeekdayOfUtcMs(dateToUtcMs(date));
}

/**
 * The instant at which the venue's wall clock shows `date` `time`.
 *
 * - DST gap (the wall time never happens, e.g. Europe/Berlin 2026-03-29 02:30): the clock is read as
 *   if it had not sprung forward yet, so the result is the instant the clock shows the same time
 *   *after* the jump: 02:30 → 03:30 local (01:30Z). A booking asked for "02:30" lands on the first
 *   real moment that far past 02:00, never on a time that does not exist.
 * - DST overlap (the wall time happens twice, e.g. Europe/Berlin 2026-10-25 02:30): the earlier
 *   instant (still summer time, 00:30Z). Staff and guests read "02:30" as the first one.
 */
export function zonedToInstant(date: LocalDate, time: LocalTime, timeZone: string): Date {
  const wallMs = dateToUtcMs(date) + parseTime(time) * MINUTE_MS;
  // Offsets a day either side bracket any transition near this wall time (real zones never change
  // offset twice within 48 hours).
  const before = timeZoneOffsetMinutes(wallMs - DAY_MS, timeZone) * MINUTE_MS;
  const after = timeZoneOffsetMinutes(wallMs + DAY_MS, timeZone) * MINUTE_MS;
  const early = wallMs - Math.max(before, after);
  const late = wallMs - Math.min(before, after);
  const shows = (ms: number) => ms + timeZoneOffsetMinutes(ms, timeZone) * MINUTE_MS === wallMs;
  if (shows(early)) return new Date(early);
  if (shows(late)) return new Date(late);
  // Gap: use the offset in force before the jump.
  return new Date(wallMs - before);
}

export function instantToZoned(instant: Date, timeZone: string): ZonedParts {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid instant');
  const wall = wallClockMs(ms, timeZone);
  const dayMs = Math.floor(wall / DAY_MS) * DAY_MS;
  const minutesOfDay = Math.floor((wall - dayMs) / MINUTE_MS);
  return {
    date: utcMsToDate(dayMs),
    time: timeOfMinutes(minutesOfDay),
    weekday: isoWeekdayOfUtcMs(dayMs),
    minutesOfDay,
  };
}

/** The venue's calendar date at `now`. */
export function todayIn(timeZone: string, now: Date): LocalDate {
  return instantToZoned(now, timeZone).date;
}

/** The first instant of `date` on the venue's clock (01:00 where a zone springs forward at midnight). */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return zonedToInstant(date, '00:00', timeZone);
}

export const addMinutes = (instant: Date, minutes: number): Date =>
  new Date(instant.getTime() + minutes * MINUTE_MS);

export const minutesBetween = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / MINUTE_MS;
