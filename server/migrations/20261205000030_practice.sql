-- Issue 16: a workshop's practice sandbox. Fictitious people generated for
-- one workshop live beside the insurer's registry but apart from it: a
-- real identification never finds them (their rows name the workshop), a
-- statistic never counts their records (channel `entrainement`), their
-- messages never leave (they show on their practice card's page only), and
-- everything of theirs is destroyed after the workshop.

ALTER TABLE beneficiary ADD COLUMN practice_workshop_id bigint REFERENCES workshop (id);
ALTER TABLE vitale_card ADD COLUMN practice_workshop_id bigint REFERENCES workshop (id);
-- A practice NIR or card number may be a real one's: unique within the
-- real registry, and within each workshop.
ALTER TABLE beneficiary DROP CONSTRAINT beneficiary_nir_key;
CREATE UNIQUE INDEX beneficiary_nir ON beneficiary (nir) WHERE practice_workshop_id IS NULL;
CREATE UNIQUE INDEX beneficiary_practice_nir ON beneficiary (practice_workshop_id, nir)
    WHERE practice_workshop_id IS NOT NULL;
ALTER TABLE vitale_card DROP CONSTRAINT vitale_card_serial_key;
CREATE UNIQUE INDEX vitale_card_serial ON vitale_card (serial) WHERE practice_workshop_id IS NULL;
CREATE UNIQUE INDEX vitale_card_practice_serial ON vitale_card (practice_workshop_id, serial)
    WHERE practice_workshop_id IS NOT NULL;

-- The printed cards: number, the person, the creation code in clear (a
-- fictitious person's, printed for the participant), and the keyed hash of
-- the card's own code, which opens the card's page.
CREATE TABLE practice_card (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workshop_id bigint NOT NULL REFERENCES workshop (id),
    number integer NOT NULL CHECK (number BETWEEN 1 AND 60),
    beneficiary_id bigint NOT NULL UNIQUE REFERENCES beneficiary (id),
    creation_code text NOT NULL,
    card_code_hash bytea NOT NULL UNIQUE CHECK (length(card_code_hash) = 32),
    card_code text NOT NULL,
    UNIQUE (workshop_id, number)
);

-- What a practice record receives when it is opened: documents of every
-- space, by professionals of the directory.
CREATE TABLE practice_document (
    card_id bigint NOT NULL REFERENCES practice_card (id) ON DELETE CASCADE,
    type_code text NOT NULL,
    title text NOT NULL,
    care_date date NOT NULL,
    deposited_at timestamptz NOT NULL,
    author_professional_id bigint NOT NULL REFERENCES professional (id),
    content bytea NOT NULL
);
CREATE INDEX practice_document_card ON practice_document (card_id);

-- What the practice was, kept for the report once its people are destroyed:
-- counts only.
ALTER TABLE workshop
    ADD COLUMN practice_purged_at timestamptz,
    ADD COLUMN practice_cards_made integer NOT NULL DEFAULT 0,
    ADD COLUMN practice_records_opened integer NOT NULL DEFAULT 0;

-- A practice person's messages: kept for their card's page, never sent.
ALTER TABLE outbox ADD COLUMN practice_card_id bigint REFERENCES practice_card (id) ON DELETE CASCADE;
CREATE INDEX outbox_practice ON outbox (practice_card_id) WHERE practice_card_id IS NOT NULL;

ALTER TABLE creation_session ADD COLUMN practice_card_id bigint REFERENCES practice_card (id) ON DELETE CASCADE;
-- Since when the person has been shown an error: the room sees who is stuck.
ALTER TABLE creation_session ADD COLUMN error_since timestamptz;
ALTER TABLE creation_session DROP CONSTRAINT creation_session_channel_check;
ALTER TABLE creation_session ADD CONSTRAINT creation_session_channel_check
    CHECK (channel IN ('web', 'borne', 'atelier', 'entrainement'));
ALTER TABLE dmp DROP CONSTRAINT dmp_creation_channel_check;
ALTER TABLE dmp ADD CONSTRAINT dmp_creation_channel_check CHECK (
    creation_channel IN ('web', 'borne', 'guichet', 'officine', 'professionnel', 'atelier', 'entrainement'));

-- A practice record's INS is a fictitious person's, which may be a real
-- one's: the real records' INS stay unique among themselves.
ALTER TABLE dmp DROP CONSTRAINT dmp_ins_value_key;
CREATE UNIQUE INDEX dmp_ins_value ON dmp (ins_value) WHERE creation_channel <> 'entrainement';
