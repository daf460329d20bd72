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

/** Turn (cleaning) buffer after a restaurant reservation for parties of up to `upTo` guests. */
export interface TurnRule {
  upTo: number;
  minutes: number;
}

/** What a late cancellation keeps: a share of what was paid, or a fixed amount (never more than paid). */
export type CancellationFee = { kind: 'percent'; percent: number } | { kind: 'fixed'; amountMinor: number };

/** What a no-show keeps: everything paid (the deposit), or a set fee with the rest refunded. */
export type NoShowFee = { kind: 'keepAll' } | { kind: 'fixed'; amountMinor: number };

/** A tax line printed on quotes and receipts; the tax is included in the prices. */
export interface TaxLine {
  label: string;
  percent: number;
}

/** Per-venue rules; every field is optional in storage and filled from these defaults. */
export interface VenueSettings {
  holdMinutes: number;
  maxSeatsPerHold: number;
  graceMinutes: number;
  allowGuestBookings: boolean;
  autoAssign: boolean;
  /** Confirm bookings as they are made; null means by kind (restaurants confirm by hand, desks and rooms at once). */
  autoConfirm: boolean | null;
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
  /**
   * Restaurant: minutes a table stays blocked after the guests leave, by party size, e.g.
   * `[{ upTo: 2, minutes: 10 }, { upTo: 6, minutes: 15 }, { upTo: 99, minutes: 20 }]`.
   */
  turnMinutesByParty: TurnRule[];
  /** Hotel: venue-local time a stay starts on the check-in date (`HH:MM`). */
  checkInTime: string;
  /** Hotel: venue-local time a stay ends on the check-out date (`HH:MM`). */
  checkOutTime: string;
  minNights: number;
  maxNights: number;
  /** Cancellation is free until this many hours (elapsed time) before the start. */
  cancelFreeHours: number;
  /** Kept from a cancellation after the free window. */
  cancelFee: CancellationFee;
  noShowFee: NoShowFee;
  /** Hotel: a stay is paid in full up front, or only its first night. */
  hotelCharge: 'full' | 'firstNight';
  /** Staff refunds by hand above this amount need an admin. */
  manualRefundAdminAboveMinor: number;
  taxLine: TaxLine | null;
}

export const DEFAULT_VENUE_SETTINGS: VenueSettings = {
  holdMinutes: 10,
  maxSeatsPerHold: 4,
  graceMinutes: 15,
  allowGuestBookings: true,
  autoAssign: true,
  autoConfirm: null,
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
  turnMinutesByParty: [],
  checkInTime: '14:00',
  checkOutTime: '12:00',
  minNights: 1,
  maxNights: 30,
  cancelFreeHours: 24,
  cancelFee: { kind: 'percent', percent: 50 },
  noShowFee: { kind: 'keepAll' },
  hotelCharge: 'full',
  manualRefundAdminAboveMinor: 1_000_000,
  taxLine: null,
};

export const venueSettings = (stored: Partial<VenueSettings> | null | undefined): VenueSettings => ({
  ...DEFAULT_VENUE_SETTINGS,
  ...(stored ?? {}),
});
