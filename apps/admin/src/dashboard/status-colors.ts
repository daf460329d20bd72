import type { BookingStatus } from '@reserva/domain';

/**
 * One colour per status for stacked charts, from the design tokens' hues; neighbours in the stack
 * differ in lightness too, and the legend and the table name every status in words.
 */
export const STATUS_COLORS: Record<BookingStatus, string> = {
  HELD: '#d08c0b',
  PENDING: '#8a5300',
  CONFIRMED: '#1f6f3a',
  CHECKED_IN: '#1d4f91',
  COMPLETED: '#5c5a55',
  CANCELLED: '#b42318',
  NO_SHOW: '#7a1f5c',
  EXPIRED: '#a8a49b',
  RELEASED: '#cfcac0',
};

/** The primary token: single-series charts. */
export const PRIMARY_COLOR = '#0f6b63';
