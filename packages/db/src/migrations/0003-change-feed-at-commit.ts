import { type Kysely, sql } from 'kysely';

/**
 * Change-feed positions are drawn at commit. Readers resume from the last position they saw, so
 * the changes of one topic must become visible in position order. Until now each writer took a
 * per-topic lock when it appended and held it until its commit, so every hold on one showtime
 * waited for the previous hold's remaining statements and round trips. Now a deferred trigger
 * takes the lock, draws the position and notifies inside COMMIT itself: the lock is held only for
 * the commit. A row is never visible without its position.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE change_feed DROP CONSTRAINT change_feed_pkey;
    ALTER TABLE change_feed ALTER COLUMN id DROP IDENTITY;
    ALTER TABLE change_feed ALTER COLUMN id DROP NOT NULL;
    ALTER TABLE change_feed ADD COLUMN entry bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
    CREATE UNIQUE INDEX change_feed_id_key ON change_feed (id);

    CREATE SEQUENCE change_feed_position;
    SELECT setval('change_feed_position', coalesce((SELECT max(id) FROM change_feed), 0) + 1, false);

    CREATE FUNCTION change_feed_position_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      position bigint;
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('change_feed:' || NEW.topic));
      position := nextval('change_feed_position');
      UPDATE change_feed SET id = position WHERE entry = NEW.entry;
      PERFORM pg_notify('reserva_changes', NEW.topic || ':' || position);
      RETURN NULL;
    END
    $$;

    CREATE CONSTRAINT TRIGGER change_feed_position_at_commit
      AFTER INSERT ON change_feed DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION change_feed_position_at_commit();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER change_feed_position_at_commit ON change_feed;
    DROP FUNCTION change_feed_position_at_commit();
    DELETE FROM change_feed WHERE id IS NULL;
    ALTER TABLE change_feed DROP COLUMN entry;
    DROP INDEX change_feed_id_key;
    ALTER TABLE change_feed ALTER COLUMN id SET NOT NULL;
    ALTER TABLE change_feed ADD PRIMARY KEY (id);
    ALTER TABLE change_feed ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
    SELECT setval(pg_get_serial_sequence('change_feed', 'id'), (SELECT max(id) FROM change_feed))
      WHERE EXISTS (SELECT 1 FROM change_feed);
    DROP SEQUENCE change_feed_position;
  `.execute(db);
}
