import type {
  BookingStatus,
  BusType,
  CancelReason,
  EventKind,
  EventStatus,
  LayoutKind,
  PaymentStatus,
  ResourceKind,
  ResourceStatus,
  Role,
  VenueKind,
  VenueSettings,
} from '@reserva/domain';
import type { ColumnType, Generated, Insertable, JSONColumnType, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** `tstzrange` travels as its text form, e.g. `["2026-01-01 19:00+07","2026-01-01 20:30+07")`. */
type Range = ColumnType<string, string, string>;
/** Money in integer minor units; `bigint` in SQL, parsed to number (see connection.ts). */
type Money = number;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  phone: string | null;
  password_hash: string;
  role: Generated<Role>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface SessionsTable {
  /** SHA-256 of the session token, hex. The token itself is never stored. */
  id: string;
  user_id: string;
  expires_at: Timestamp;
  created_at: CreatedAt;
}

export interface ApiKeysTable {
  id: Generated<string>;
  name: string;
  /** Public part of the key, used to find the row; the secret is only stored hashed. */
  prefix: string;
  key_hash: string;
  role: Role;
  created_by: string | null;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  /** After this the key is refused; null: never expires. */
  expires_at: Timestamp | null;
}

/** The venues a staff account works at (admins act everywhere and need no rows). */
export interface StaffVenuesTable {
  user_id: string;
  venue_id: string;
}

/** The venues an API key is limited to; a key with no rows acts on every venue. */
export interface ApiKeyVenuesTable {
  key_id: string;
  venue_id: string;
}

/** Append-only record of admin actions (the database refuses updates and deletes). */
export interface AuditLogTable {
  id: Generated<number>;
  actor_user_id: string | null;
  actor_key_id: string | null;
  actor_label: string;
  /** The procedure path, e.g. `admin.users.setRole`. */
  action: string;
  target_kind: string | null;
  target_id: string | null;
  venue_ids: ColumnType<string[], string[] | undefined, never>;
  input: ColumnType<unknown, string | null, never>;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
  created_at: CreatedAt;
}

export interface RateLimitsTable {
  key: string;
  window_start: Timestamp;
  hits: number;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: Generated<Timestamp>;
}

export interface VenuesTable {
  id: Generated<string>;
  slug: string;
  kind: VenueKind;
  name: string;
  description: Generated<string>;
  city: Generated<string>;
  address: Generated<string>;
  time_zone: Generated<string>;
  currency: Generated<string>;
  whatsapp: string | null;
  image_url: string | null;
  settings: JSONColumnType<
    Partial<VenueSettings>,
    Partial<VenueSettings> | undefined,
    Partial<VenueSettings>
  >;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface SeatClass {
  name: string;
  priceMinor: number;
}

export interface LayoutsTable {
  id: Generated<string>;
  venue_id: string;
  name: string;
  kind: LayoutKind;
  rows: number;
  cols: number;
  /** Where the screen (hall) or driver (bus) is drawn: the front of the grid. */
  front_label: string | null;
  seat_classes: JSONColumnType<SeatClass[], string | undefined, string>;
  created_at: CreatedAt;
  /** Rewritten with every change of the layout or its seats. */
  updated_at: Generated<Date>;
}

export interface ResourcesTable {
  id: Generated<string>;
  venue_id: string;
  layout_id: string | null;
  kind: ResourceKind;
  label: string;
  capacity: Generated<number>;
  /** Restaurant area, coworking zone, hotel room type or seat class. */
  area: string | null;
  price_minor: Generated<Money>;
  status: Generated<ResourceStatus>;
  pos_row: number | null;
  pos_col: number | null;
  sort_order: Generated<number>;
  created_at: CreatedAt;
}

export interface EventsTable {
  id: Generated<string>;
  venue_id: string;
  layout_id: string;
  kind: EventKind;
  title: string;
  origin: string | null;
  destination: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  price_minor: Money;
  bus_type: BusType | null;
  operator_whatsapp: string | null;
  status: Generated<EventStatus>;
  cancelled_at: Timestamp | null;
  cancel_reason: string | null;
  created_at: CreatedAt;
}

export interface BookingsTable {
  id: Generated<string>;
  code: string;
  venue_id: string;
  event_id: string | null;
  user_id: string | null;
  status: BookingStatus;
  payment_status: Generated<PaymentStatus>;
  party_size: Generated<number>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  total_minor: Generated<Money>;
  deposit_minor: Generated<Money>;
  currency: Generated<string>;
  is_peak: Generated<boolean>;
  requested_area: string | null;
  requested_type: string | null;
  hold_token_hash: string | null;
  hold_expires_at: Timestamp | null;
  claim_code: string | null;
  /** When the hold's checkout in flight began (its PENDING payment's start); null when none is. */
  checkout_started_at: Timestamp | null;
  cancel_reason: CancelReason | null;
  cancel_description: string | null;
  notes: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface BookingItemsTable {
  id: Generated<string>;
  booking_id: string;
  resource_id: string;
  period: Range;
  price_minor: Generated<Money>;
  /** True while the booking occupies the resource; the exclusion constraint only counts these. */
  active: Generated<boolean>;
}

export interface BookingHistoryTable {
  id: Generated<string>;
  booking_id: string;
  actor_user_id: string | null;
  actor_label: string;
  from_status: BookingStatus | null;
  to_status: BookingStatus;
  note: string | null;
  created_at: CreatedAt;
}

export interface PaymentsTable {
  id: Generated<string>;
  booking_id: string;
  provider: 'card' | 'offline';
  status:
    | 'PENDING'
    | 'SUCCEEDED'
    | 'FAILED'
    | 'REFUND_PENDING'
    | 'REFUNDED'
    | 'PARTIALLY_REFUNDED'
    | 'REFUND_FAILED';
  /** How the money came: by card through the gateway, or at the counter (migration 0007). */
  method: Generated<'card' | 'cash' | 'bank_transfer' | 'qris' | 'offline'>;
  /** The counter's own reference (receipt number, transfer id). */
  reference: string | null;
  /** Sum of this payment's refunds the gateway (or the counter) has done. */
  refunded_minor: Generated<Money>;
  amount_minor: Money;
  currency: string;
  idempotency_key: string;
  provider_ref: string | null;
  failure_reason: string | null;
  confirmed_by: string | null;
  refund_attempts: Generated<number>;
  refund_ref: string | null;
  refund_error: string | null;
  refunded_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

/** One refund of a payment, whole or part, done by the refund worker (migration 0007). */
export interface RefundsTable {
  id: Generated<string>;
  payment_id: string;
  booking_id: string;
  amount_minor: Money;
  currency: string;
  cause: 'customer_cancel' | 'staff_cancel' | 'no_show' | 'event_cancel' | 'manual' | 'late_charge';
  reason: string | null;
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  idempotency_key: string;
  requested_by: string | null;
  requested_label: string;
  provider_ref: string | null;
  attempts: Generated<number>;
  error: string | null;
  created_at: CreatedAt;
  refunded_at: Timestamp | null;
  updated_at: Generated<Date>;
}

/** Append-only feed of live changes (seat status and the like); subscribers resume from an id. */
export interface ChangeFeedTable {
  entry: Generated<string>;
  /** The feed position, drawn at commit (migration 0003): a row is never visible without it. */
  id: Generated<string>;
  topic: string;
  payload: JSONColumnType<Record<string, unknown>>;
  created_at: CreatedAt;
}

/** The simulated card gateway's own record of what it charged and refunded. */
export interface GatewayLedgerTable {
  id: Generated<string>;
  kind: 'charge' | 'refund';
  idempotency_key: string;
  reference: string;
  charge_reference: string | null;
  amount_minor: Money;
  currency: string;
  card_last4: string | null;
  outcome: 'succeeded' | 'declined';
  created_at: CreatedAt;
}

/** A private calendar link: the person's own bookings (venue_id null) or one venue's (staff). */
export interface CalendarFeedsTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  venue_id: string | null;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
}

/** The first answer to a create retried under an `Idempotency-Key` (migration 0010). */
export interface IdempotencyKeysTable {
  scope: string;
  key_hash: Buffer;
  procedure: string;
  request_hash: Buffer;
  response: Buffer | null;
  created_at: CreatedAt;
}

/** Order ids sent to Midtrans, each the digest of a payment's idempotency key (migration 0011). */
export interface MidtransOrdersTable {
  order_id: string;
  idempotency_key: string;
  created_at: CreatedAt;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  rate_limits: RateLimitsTable;
  server_secrets: ServerSecretsTable;
  venues: VenuesTable;
  layouts: LayoutsTable;
  resources: ResourcesTable;
  events: EventsTable;
  bookings: BookingsTable;
  booking_items: BookingItemsTable;
  booking_history: BookingHistoryTable;
  payments: PaymentsTable;
  refunds: RefundsTable;
  change_feed: ChangeFeedTable;
  gateway_ledger: GatewayLedgerTable;
  calendar_feeds: CalendarFeedsTable;
  staff_venues: StaffVenuesTable;
  api_key_venues: ApiKeyVenuesTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
  midtrans_orders: MidtransOrdersTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Venue = Selectable<VenuesTable>;
export type Resource = Selectable<ResourcesTable>;
export type Layout = Selectable<LayoutsTable>;
export type Event = Selectable<EventsTable>;
export type Booking = Selectable<BookingsTable>;
export type ApiKey = Selectable<ApiKeysTable>;
