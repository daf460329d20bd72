export const VENUE_KINDS = ['restaurant', 'coworking', 'hotel', 'cinema', 'bus'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

export const RESOURCE_KINDS = ['table', 'desk', 'room', 'seat'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const RESOURCE_STATUSES = ['available', 'maintenance', 'blocked'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

export const LAYOUT_KINDS = ['hall', 'bus', 'floor'] as const;
export type LayoutKind = (typeof LAYOUT_KINDS)[number];

export const EVENT_KINDS = ['showtime', 'trip'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const BUS_TYPES = ['Economy', 'Executive', 'Sleeper'] as const;
export type BusType = (typeof BUS_TYPES)[number];

/** A peak window in venue-local time, e.g. Friday 18:00–21:00 costs 1.25×. */
export interface PeakWindow {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  start: string;
  end: string;
  multiplier: number;
}

/** Per-venue rules; every field is optional in storage and filled from these defaults. */
export interface VenueSettings {
  holdMinutes: number;
  maxSeatsPerHold: number;
  graceMinutes: number;
  allowGuestBookings: boolean;
  autoAssign: boolean;
  openingHours: { open: string; close: string } | null;
  defaultDurationMinutes: number;
  minDurationMinutes: number;
  maxDurationMinutes: number;
  leadTimeMinutes: number;
  maxDaysAhead: number;
  slotStepMinutes: number;
  peakWindows: PeakWindow[];
  depositPerGuestMinor: number;
  weekendNightlyMultiplier: number;
}

export const DEFAULT_VENUE_SETTINGS: VenueSettings = {
  holdMinutes: 10,
  maxSeatsPerHold: 4,
  graceMinutes: 15,
  allowGuestBookings: true,
  autoAssign: true,
  openingHours: null,
  defaultDurationMinutes: 90,
  minDurationMinutes: 30,
  maxDurationMinutes: 240,
  leadTimeMinutes: 0,
  maxDaysAhead: 60,
  slotStepMinutes: 15,
  peakWindows: [],
  depositPerGuestMinor: 0,
  weekendNightlyMultiplier: 1,
};

export const venueSettings = (stored: Partial<VenueSettings> | null | undefined): VenueSettings => ({
  ...DEFAULT_VENUE_SETTINGS,
  ...(stored ?? {}),
});
