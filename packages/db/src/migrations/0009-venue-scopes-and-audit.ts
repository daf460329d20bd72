import { type Kysely, sql } from 'kysely';

/**
 * Staff and API keys scoped to venues, keys that expire, and the audit log of admin actions.
 *
 * Staff existing before this migration keep what they could do: each is given every venue there
 * is. An API key without venue rows acts on every venue (as keys always did); a key with rows acts
 * only on those. The audit log is append-only: the database refuses to change or delete a row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE staff_venues (
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      venue_id uuid NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
      PRIMARY KEY (user_id, venue_id)
    );
    CREATE INDEX staff_venues_venue ON staff_venues (venue_id);
    INSERT INTO staff_venues (user_id, venue_id)
      SELECT users.id, venues.id FROM users CROSS JOIN venues WHERE users.role = 'staff';

    CREATE TABLE api_key_venues (
      key_id uuid NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
      venue_id uuid NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
      PRIMARY KEY (key_id, venue_id)
    );
    ALTER TABLE api_keys ADD COLUMN expires_at timestamptz;

    CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      actor_user_id uuid REFERENCES users (id),
      actor_key_id uuid REFERENCES api_keys (id),
      actor_label text NOT NULL,
      action text NOT NULL,
      target_kind text,
      target_id text,
      venue_ids uuid[] NOT NULL DEFAULT '{}',
      input jsonb,
      before jsonb,
      after jsonb,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX audit_log_actor ON audit_log (actor_user_id, id);
    CREATE INDEX audit_log_venues ON audit_log USING gin (venue_ids);

    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE audit_log;
    DROP FUNCTION audit_log_append_only();
    ALTER TABLE api_keys DROP COLUMN expires_at;
    DROP TABLE api_key_venues;
    DROP TABLE staff_venues;
  `.execute(db);
}
