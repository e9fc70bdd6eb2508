-- Issue 6: the access trace becomes tamper-evident. Each entry of a record
-- carries a sequence number and a SHA-256 hash chained to the previous
-- entry of that record; `access_trace_head` holds the last one, so that
-- removing the newest entries shows too. `server audit verify` recomputes
-- the chain. `detail` says what a change of the patient's choices was, for
-- the trace itself and for the receipt printed from it.

ALTER TABLE access_trace
    ADD COLUMN detail text,
    ADD COLUMN seq bigint,
    ADD COLUMN prev_hash bytea,
    ADD COLUMN hash bytea;

CREATE TABLE access_trace_head (
    dmp_id bigint PRIMARY KEY REFERENCES dmp (id),
    seq bigint NOT NULL,
    hash bytea NOT NULL CHECK (length(hash) = 32)
);

-- Every column but the chain's own, in a canonical text (jsonb's), after
-- the previous hash. Microseconds in UTC: no float, no time zone.
CREATE FUNCTION access_trace_digest(prev bytea, t access_trace) RETURNS bytea
LANGUAGE sql STABLE AS $$
    SELECT sha256(prev || convert_to(jsonb_build_array(
        t.id, t.dmp_id, t.seq,
        to_char(t.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        t.actor_kind, t.actor_id, t.action, t.document_id, t.actor_label,
        t.actor_profession, t.right_code, t.reason, t.detail)::text, 'UTF8'))
$$;

CREATE FUNCTION access_trace_genesis() RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT decode(repeat('00', 32), 'hex')
$$;

-- Link the existing entries, record by record, in the order they were written.
DO $$
DECLARE
    r record;
    last_dmp bigint := NULL;
    last_seq bigint := 0;
    last_hash bytea;
BEGIN
    FOR r IN SELECT id, dmp_id FROM access_trace ORDER BY dmp_id, id LOOP
        IF last_dmp IS DISTINCT FROM r.dmp_id THEN
            IF last_dmp IS NOT NULL THEN
                INSERT INTO access_trace_head VALUES (last_dmp, last_seq, last_hash);
            END IF;
            last_dmp := r.dmp_id;
            last_seq := 0;
            last_hash := access_trace_genesis();
        END IF;
        last_seq := last_seq + 1;
        UPDATE access_trace SET seq = last_seq, prev_hash = last_hash WHERE id = r.id;
        UPDATE access_trace t SET hash = access_trace_digest(last_hash, t) WHERE id = r.id
            RETURNING hash INTO last_hash;
    END LOOP;
    IF last_dmp IS NOT NULL THEN
        INSERT INTO access_trace_head VALUES (last_dmp, last_seq, last_hash);
    END IF;
END $$;

ALTER TABLE access_trace
    ALTER COLUMN seq SET NOT NULL,
    ALTER COLUMN prev_hash SET NOT NULL,
    ALTER COLUMN hash SET NOT NULL,
    ADD CONSTRAINT access_trace_seq UNIQUE (dmp_id, seq);

-- Appending takes the record's head row for update: entries of one record
-- are chained one after the other, whatever the concurrency. The record's
-- row is taken first (as the foreign key would, later): the same order as
-- the changes that lock the record and then trace, so they cannot deadlock.
CREATE FUNCTION access_trace_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_seq bigint;
    last_hash bytea;
BEGIN
    PERFORM 1 FROM dmp WHERE id = NEW.dmp_id FOR KEY SHARE;
    INSERT INTO access_trace_head (dmp_id, seq, hash)
        VALUES (NEW.dmp_id, 0, access_trace_genesis()) ON CONFLICT (dmp_id) DO NOTHING;
    SELECT seq, hash INTO last_seq, last_hash FROM access_trace_head
        WHERE dmp_id = NEW.dmp_id FOR UPDATE;
    NEW.seq := last_seq + 1;
    NEW.prev_hash := last_hash;
    NEW.hash := access_trace_digest(last_hash, NEW);
    UPDATE access_trace_head SET seq = NEW.seq, hash = NEW.hash WHERE dmp_id = NEW.dmp_id;
    RETURN NEW;
END $$;

CREATE TRIGGER access_trace_append BEFORE INSERT ON access_trace
    FOR EACH ROW EXECUTE FUNCTION access_trace_append();

-- The portal never rewrites a trace; only the purge of records closed for
-- ten years deletes them (with their head).
CREATE FUNCTION access_trace_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_trace is append-only';
END $$;

CREATE TRIGGER access_trace_append_only BEFORE UPDATE ON access_trace
    FOR EACH ROW EXECUTE FUNCTION access_trace_refuse_update();
