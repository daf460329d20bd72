import type { Role } from '@reserva/domain';

/** Each key names its menu label, `admin.nav.<key>` in the dictionaries (checked where it is translated). */
export type SectionKey =
  | 'dashboard'
  | 'bookings'
  | 'payments'
  | 'venues'
  | 'events'
  | 'people'
  | 'apiKeys'
  | 'audit';

export interface AdminSection {
  key: SectionKey;
  /** Relative to the app's base; '' is the dashboard. */
  path: string;
  minRole: Role;
}

/** The staff panel's sections: the menu and the route guards are both built from this list. */
export const SECTIONS: readonly AdminSection[] = [
  { key: 'dashboard', path: '', minRole: 'staff' },
  { key: 'bookings', path: 'bookings', minRole: 'staff' },
  { key: 'payments', path: 'payments', minRole: 'staff' },
  { key: 'venues', path: 'venues', minRole: 'admin' },
  { key: 'events', path: 'events', minRole: 'admin' },
  { key: 'people', path: 'people', minRole: 'admin' },
  { key: 'apiKeys', path: 'api-keys', minRole: 'admin' },
  { key: 'audit', path: 'audit', minRole: 'admin' },
];
