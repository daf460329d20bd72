import {
  addDays,
  addMinutes,
  instantToZoned,
  isValidLocalDate,
  openingWindow,
  slotStarts,
} from '@reserva/domain';
import type { Venue } from '../shared/types';

type RangeVenue = Pick<Venue, 'timeZone' | 'settings'>;

export interface TimeOption {
  /** The instant, as the ISO string the API takes. */
  value: string;
  /** The venue's wall clock, `HH:MM`. */
  time: string;
  /** For end options: minutes after the chosen start. */
  minutes: number;
}

export interface TimeRange {
  date: string;
  start: string;
  end: string;
}

const option = (instant: Date, timeZone: string, minutes = 0): TimeOption => ({
  value: instant.toISOString(),
  time: instantToZoned(instant, timeZone).time,
  minutes,
});

/** Starts on `date` that leave room for the shortest stay before closing, none in the past. */
export function startOptions(venue: RangeVenue, date: string, now: Date): TimeOption[] {
  const { settings, timeZone } = venue;
  // A half-typed date in the date field is not a day yet.
  if (!isValidLocalDate(date)) return [];
  return slotStarts({ settings, timeZone, date, durationMinutes: settings.minDurationMinutes, now }).map(
    (start) => option(start, timeZone),
  );
}

/** Ends after `start` in the venue's steps, between the shortest and longest stay, by closing time. */
export function endOptions(venue: RangeVenue, date: string, start: string): TimeOption[] {
  const { settings, timeZone } = venue;
  if (!isValidLocalDate(date) || !start) return [];
  const { close } = openingWindow(date, settings.openingHours, timeZone);
  const step = Math.max(1, settings.slotStepMinutes);
  const from = new Date(start);
  const ends: TimeOption[] = [];
  for (let minutes = settings.minDurationMinutes; minutes <= settings.maxDurationMinutes; minutes += step) {
    const end = addMinutes(from, minutes);
    if (end > close) break;
    ends.push(option(end, timeZone, minutes));
  }
  return ends;
}

/** The end for `start` that keeps the wanted length if it can, else the nearest shorter one. */
export function endFor(venue: RangeVenue, date: string, start: string, wantedMinutes: number): string {
  const ends = endOptions(venue, date, start);
  const fitting = ends.filter((end) => end.minutes <= wantedMinutes);
  return (fitting.at(-1) ?? ends[0])?.value ?? '';
}

/** The first start of the day with the venue's usual length, or null when the day has no starts left. */
export function defaultRange(venue: RangeVenue, date: string, now: Date): TimeRange | null {
  const first = startOptions(venue, date, now)[0];
  if (!first) return null;
  return {
    date,
    start: first.value,
    end: endFor(venue, date, first.value, venue.settings.defaultDurationMinutes),
  };
}

/** Today's default range, or tomorrow's once today is over. */
export function initialRange(venue: RangeVenue, today: string, now: Date): TimeRange {
  return (
    defaultRange(venue, today, now) ??
    defaultRange(venue, addDays(today, 1), now) ?? { date: today, start: '', end: '' }
  );
}
