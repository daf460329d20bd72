import { type Kysely, sql } from 'kysely';

/**
 * The whole model of PRODUCT.md. Written as SQL because the constraints are the point: the
 * exclusion constraint on booking items is what guarantees no double booking, and Kysely's
 * schema builder cannot express EXCLUDE.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS btree_gist`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS pgcrypto`.execute(db);

  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      name text NOT NULL,
      phone text,
      password_hash text NOT NULL,
      role text NOT NULL DEFAULT 'customer' CHECK (role IN ('customer', 'staff', 'admin')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX users_email_key ON users (lower(email));

    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX sessions_user_id_idx ON sessions (user_id);

    CREATE TABLE api_keys (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      prefix text NOT NULL UNIQUE,
      key_hash text NOT NULL,
      role text NOT NULL CHECK (role IN ('customer', 'staff', 'admin')),
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );

    CREATE TABLE rate_limits (
      key text PRIMARY KEY,
      window_start timestamptz NOT NULL,
      hits integer NOT NULL
    );

    CREATE TABLE venues (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('restaurant', 'coworking', 'hotel', 'cinema', 'bus')),
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      city text NOT NULL DEFAULT '',
      address text NOT NULL DEFAULT '',
      time_zone text NOT NULL DEFAULT 'Asia/Jakarta',
      currency char(3) NOT NULL DEFAULT 'IDR',
      whatsapp text,
      image_url text,
      settings jsonb NOT NULL DEFAULT '{}',
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE layouts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      venue_id uuid NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('hall', 'bus', 'floor')),
      rows integer NOT NULL CHECK (rows BETWEEN 1 AND 100),
      cols integer NOT NULL CHECK (cols BETWEEN 1 AND 100),
      front_label text,
      seat_classes jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (venue_id, name)
    );

    CREATE TABLE resources (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      venue_id uuid NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
      layout_id uuid REFERENCES layouts (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('table', 'desk', 'room', 'seat')),
      label text NOT NULL,
      capacity integer NOT NULL DEFAULT 1 CHECK (capacity > 0),
      area text,
      price_minor bigint NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
      status text NOT NULL DEFAULT 'available' CHECK (status IN ('available', 'maintenance', 'blocked')),
      pos_row integer,
      pos_col integer,
      sort_order integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX resources_label_key ON resources (venue_id, coalesce(layout_id, '00000000-0000-0000-0000-000000000000'::uuid), label);
    CREATE INDEX resources_layout_idx ON resources (layout_id);

    CREATE TABLE events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      venue_id uuid NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
      layout_id uuid NOT NULL REFERENCES layouts (id),
      kind text NOT NULL CHECK (kind IN ('showtime', 'trip')),
      title text NOT NULL,
      origin text,
      destination text,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      price_minor bigint NOT NULL CHECK (price_minor >= 0),
      bus_type text CHECK (bus_type IN ('Economy', 'Executive', 'Sleeper')),
      operator_whatsapp text,
      status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_at > starts_at),
      CONSTRAINT events_no_overlap EXCLUDE USING gist (
        layout_id WITH =, tstzrange(starts_at, ends_at) WITH &&
      ) WHERE (status = 'scheduled')
    );
    CREATE INDEX events_venue_start_idx ON events (venue_id, starts_at);

    CREATE TABLE bookings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      venue_id uuid NOT NULL REFERENCES venues (id),
      event_id uuid REFERENCES events (id),
      user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      status text NOT NULL CHECK (status IN
        ('HELD', 'PENDING', 'CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'EXPIRED', 'RELEASED', 'NO_SHOW')),
      payment_status text NOT NULL DEFAULT 'UNPAID' CHECK (payment_status IN
        ('UNPAID', 'PAID', 'REFUND_PENDING', 'REFUNDED', 'REFUND_FAILED')),
      party_size integer NOT NULL DEFAULT 1 CHECK (party_size > 0),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      contact_name text,
      contact_phone text,
      contact_email text,
      total_minor bigint NOT NULL DEFAULT 0 CHECK (total_minor >= 0),
      deposit_minor bigint NOT NULL DEFAULT 0 CHECK (deposit_minor >= 0),
      currency char(3) NOT NULL DEFAULT 'IDR',
      is_peak boolean NOT NULL DEFAULT false,
      requested_area text,
      requested_type text,
      hold_token_hash text UNIQUE,
      hold_expires_at timestamptz,
      claim_code text UNIQUE,
      cancel_reason text CHECK (cancel_reason IN
        ('CUSTOMER_REQUEST', 'NO_SHOW', 'VENUE_CLOSED', 'VENUE_CANCELLED', 'OTHER')),
      cancel_description text,
      notes text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_at > starts_at),
      CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL)
    );
    CREATE INDEX bookings_venue_start_idx ON bookings (venue_id, starts_at);
    CREATE INDEX bookings_user_idx ON bookings (user_id, starts_at DESC);
    CREATE INDEX bookings_event_idx ON bookings (event_id) WHERE event_id IS NOT NULL;
    CREATE INDEX bookings_status_idx ON bookings (status, starts_at);

    CREATE TABLE booking_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
      resource_id uuid NOT NULL REFERENCES resources (id),
      period tstzrange NOT NULL CHECK (NOT isempty(period)),
      price_minor bigint NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
      active boolean NOT NULL DEFAULT true,
      CONSTRAINT booking_items_no_overlap EXCLUDE USING gist (
        resource_id WITH =, period WITH &&
      ) WHERE (active)
    );
    CREATE INDEX booking_items_booking_idx ON booking_items (booking_id);

    CREATE TABLE booking_history (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
      actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      actor_label text NOT NULL,
      from_status text,
      to_status text NOT NULL,
      note text,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX booking_history_booking_idx ON booking_history (booking_id, id);

    CREATE TABLE payments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
      provider text NOT NULL CHECK (provider IN ('card', 'offline')),
      status text NOT NULL CHECK (status IN
        ('PENDING', 'SUCCEEDED', 'FAILED', 'REFUND_PENDING', 'REFUNDED', 'REFUND_FAILED')),
      amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
      currency char(3) NOT NULL,
      idempotency_key text NOT NULL UNIQUE,
      provider_ref text,
      failure_reason text,
      confirmed_by uuid REFERENCES users (id) ON DELETE SET NULL,
      refund_attempts integer NOT NULL DEFAULT 0,
      refund_ref text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX payments_booking_idx ON payments (booking_id);
    -- One successful charge per booking, whatever retries happen.
    CREATE UNIQUE INDEX payments_one_success_idx ON payments (booking_id)
      WHERE status IN ('SUCCEEDED', 'REFUND_PENDING', 'REFUNDED', 'REFUND_FAILED');

    CREATE TABLE change_feed (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      topic text NOT NULL,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX change_feed_topic_idx ON change_feed (topic, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS change_feed, payments, booking_history, booking_items, bookings, events,
      resources, layouts, venues, rate_limits, api_keys, sessions, users CASCADE
  `.execute(db);
}
