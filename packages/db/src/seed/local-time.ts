/** A calendar date in the venue's zone, with no time of day. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

// Asia/Jakarta has been UTC+7 with no DST since 1964, so a fixed offset is exact for every demo date.
const JAKARTA_OFFSET_MS = 7 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

export function jakartaDateOf(instant: Date): LocalDate {
  const local = new Date(instant.getTime() + JAKARTA_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  // Date.UTC normalises overflow, so month and year ends roll over by themselves.
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The instant at which Jakarta clocks read `time` ('HH:MM') on `date`; '24:00' is the next midnight. */
export function jakartaInstant(date: LocalDate, time: string): Date {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`Expected a local time like '18:30', got '${time}'`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return new Date(Date.UTC(date.year, date.month - 1, date.day) + minutes * 60_000 - JAKARTA_OFFSET_MS);
}

export const addMinutes = (instant: Date, minutes: number): Date =>
  new Date(instant.getTime() + minutes * 60_000);
