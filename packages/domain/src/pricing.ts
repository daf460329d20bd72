/**
 * Prices in integer minor units of the venue's currency (IDR has no minor unit in practice; still
 * integers). Peak windows and weekends are judged on the venue's wall clock.
 */
import { validationError } from './errors.js';
import {
  addDays,
  daysBetween,
  instantToZoned,
  isValidLocalTime,
  type LocalDate,
  minutesOfTime,
  timeZoneOffsetMinutes,
  weekdayOf,
} from './time.js';
import type { PeakWindow, VenueSettings } from './venue.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Money is never fractional and never negative. */
const toMinor = (amount: number): number => Math.max(0, Math.round(amount));

function assertAmount(name: string, value: number): void {
  // Prices and multipliers come from venue data, not from the client: a bad one is a data bug.
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a non-negative number`);
}

/**
 * The multiplier of the wall-clock moment `weekday` + `minutesOfDay`. A window whose end is at or
 * before its start runs past midnight (Sat 22:00–02:00 also covers Sunday 00:00–02:00). When
 * several windows match, the highest multiplier wins. Malformed windows are ignored.
 */
function peakAt(
  peakWindows: readonly PeakWindow[],
  weekday: number,
  minutesOfDay: number,
): { peak: boolean; multiplier: number } {
  let best: number | null = null;
  const previousDay = weekday === 1 ? 7 : weekday - 1;
  for (const window of peakWindows) {
    if (!isValidLocalTime(window.start) || !isValidLocalTime(window.end)) continue;
    if (!Number.isFinite(window.multiplier) || window.multiplier < 0) continue;
    const from = minutesOfTime(window.start);
    const to = minutesOfTime(window.end);
    const matches =
      from < to
        ? window.days.includes(weekday) && minutesOfDay >= from && minutesOfDay < to
        : (window.days.includes(weekday) && minutesOfDay >= from) ||
          (window.days.includes(previousDay) && minutesOfDay < to);
    if (matches && (best === null || window.multiplier > best)) best = window.multiplier;
  }
  return best === null ? { peak: false, multiplier: 1 } : { peak: true, multiplier: best };
}

/** Whether `start` falls in a peak window: local weekday in `days` and local time in [start, end). */
export function isPeak(
  peakWindows: readonly PeakWindow[],
  timeZone: string,
  start: Date,
): { peak: boolean; multiplier: number } {
  const local = instantToZoned(start, timeZone);
  return peakAt(peakWindows ?? [], local.weekday, local.minutesOfDay);
}

/** The restaurant charges only a deposit up front: per guest, times the peak multiplier at the start. */
export function priceRestaurant({
  settings,
  timeZone,
  start,
  partySize,
}: {
  settings: Pick<VenueSettings, 'peakWindows' | 'depositPerGuestMinor'>;
  timeZone: string;
  start: Date;
  partySize: number;
}): { totalMinor: number; depositMinor: number; isPeak: boolean; multiplier: number } {
  if (!Number.isInteger(partySize) || partySize < 1) {
    throw validationError('partySize', 'Party size must be a whole number of at least 1');
  }
  assertAmount('depositPerGuestMinor', settings.depositPerGuestMinor);
  const { peak, multiplier } = isPeak(settings.peakWindows, timeZone, start);
  const depositMinor = toMinor(settings.depositPerGuestMinor * partySize * multiplier);
  return { totalMinor: depositMinor, depositMinor, isPeak: peak, multiplier };
}

/**
 * Hourly price pro-rated by the minute (a started minute counts). With peak windows each minute
 * costs its own multiplier, so 17:30–18:30 with a peak from 18:00 is half normal, half peak.
 */
export function priceCoworking({
  pricePerHourMinor,
  start,
  end,
  peakWindows,
  timeZone,
}: {
  pricePerHourMinor: number;
  start: Date;
  end: Date;
  peakWindows?: readonly PeakWindow[];
  timeZone?: string;
}): { totalMinor: number; hours: number; minutes: number } {
  assertAmount('pricePerHourMinor', pricePerHourMinor);
  if (!(end > start)) throw validationError('end', 'End must be after start');
  const minutes = Math.ceil((end.getTime() - start.getTime()) / MINUTE_MS);
  const hours = minutes / 60;
  if (!peakWindows || peakWindows.length === 0) {
    return { totalMinor: toMinor((pricePerHourMinor * minutes) / 60), hours, minutes };
  }
  if (!timeZone) throw new TypeError('priceCoworking needs the venue timeZone to apply peak windows');

  // Offsets only change at transitions, which real zones place on a quarter hour of UTC: one Intl
  // call per quarter hour instead of one per minute.
  let bucket = Number.NaN;
  let offsetMs = 0;
  let multiplierMinutes = 0;
  for (let i = 0; i < minutes; i++) {
    const ms = start.getTime() + i * MINUTE_MS;
    const quarter = Math.floor(ms / (15 * MINUTE_MS));
    if (quarter !== bucket) {
      bucket = quarter;
      offsetMs = timeZoneOffsetMinutes(ms, timeZone) * MINUTE_MS;
    }
    const wall = ms + offsetMs;
    const dayStart = Math.floor(wall / DAY_MS) * DAY_MS;
    const weekday = ((new Date(dayStart).getUTCDay() + 6) % 7) + 1;
    multiplierMinutes += peakAt(peakWindows, weekday, Math.floor((wall - dayStart) / MINUTE_MS)).multiplier;
  }
  return { totalMinor: toMinor((pricePerHourMinor * multiplierMinutes) / 60), hours, minutes };
}

/** Friday and Saturday nights (the night that starts on that date) cost `weekendMultiplier` × nightly. */
export function priceStay({
  nightlyMinor,
  checkIn,
  checkOut,
  weekendMultiplier,
}: {
  nightlyMinor: number;
  checkIn: LocalDate;
  checkOut: LocalDate;
  weekendMultiplier: number;
}): {
  nights: number;
  totalMinor: number;
  perNight: { date: LocalDate; priceMinor: number; weekend: boolean }[];
} {
  assertAmount('nightlyMinor', nightlyMinor);
  assertAmount('weekendMultiplier', weekendMultiplier);
  const nights = daysBetween(checkIn, checkOut);
  if (nights <= 0) throw validationError('checkOut', 'Check-out must be after check-in');
  const perNight: { date: LocalDate; priceMinor: number; weekend: boolean }[] = [];
  let totalMinor = 0;
  for (let i = 0; i < nights; i++) {
    const date = addDays(checkIn, i);
    const weekday = weekdayOf(date);
    const weekend = weekday === 5 || weekday === 6;
    const priceMinor = toMinor(nightlyMinor * (weekend ? weekendMultiplier : 1));
    perNight.push({ date, priceMinor, weekend });
    totalMinor += priceMinor;
  }
  return { nights, totalMinor, perNight };
}
