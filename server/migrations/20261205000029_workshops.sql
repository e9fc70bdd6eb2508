-- Issue 16: associations' workshops. A facilitator creates a workshop;
-- a device used for it (a cookie signed by the portal) opens DMPs with the
-- channel `atelier`, and the DMP records which workshop.
CREATE TABLE workshop (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    facilitator_id bigint NOT NULL REFERENCES staff_account (id),
    held_on date NOT NULL,
    place text NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
    association text NOT NULL CHECK (length(association) BETWEEN 1 AND 200),
    -- The seeds' three kinds of workshop.
    theme text NOT NULL CHECK (theme IN ('decouvrir', 'creer_consulter', 'professionnels')),
    expected integer NOT NULL CHECK (expected BETWEEN 1 AND 500),
    created_at timestamptz NOT NULL,
    ended_at timestamptz
);
CREATE INDEX workshop_facilitator ON workshop (facilitator_id, held_on DESC);

ALTER TABLE dmp ADD COLUMN workshop_id bigint REFERENCES workshop (id);
CREATE INDEX dmp_workshop ON dmp (workshop_id) WHERE workshop_id IS NOT NULL;

ALTER TABLE creation_session DROP CONSTRAINT creation_session_channel_check;
ALTER TABLE creation_session ADD CONSTRAINT creation_session_channel_check
    CHECK (channel IN ('web', 'borne', 'atelier'));
ALTER TABLE creation_session ADD COLUMN workshop_id bigint REFERENCES workshop (id);
