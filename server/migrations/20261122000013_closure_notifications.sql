-- Issue 6: closing and reopening a record, and the holder's notification
-- settings and contact changes.

-- Closure (domain.md §4.7): the holder's words, the date of death for a
-- closure at death, and the last reopening.
ALTER TABLE dmp
    ADD COLUMN closure_comment text CHECK (length(closure_comment) <= 500),
    ADD COLUMN death_date date,
    ADD COLUMN reopened_at timestamptz,
    ADD CONSTRAINT dmp_death CHECK (death_date IS NULL OR closure_reason = 'DEATH');

-- The insurer's death events, by its own reference: an event sent twice
-- is applied once.
CREATE TABLE death_event (
    reference text PRIMARY KEY,
    received_at timestamptz NOT NULL,
    -- 'closed', 'already_closed' or 'unknown' (no DMP for that INS).
    outcome text NOT NULL
);

-- Which messages the holder receives on which channel; no row: all of
-- them. Emergency accesses are always sent (not stored here).
CREATE TABLE notification_preference (
    dmp_id bigint NOT NULL REFERENCES dmp (id),
    event text NOT NULL CHECK (event IN ('first_access', 'new_document', 'account', 'closure')),
    email boolean NOT NULL,
    sms boolean NOT NULL,
    PRIMARY KEY (dmp_id, event)
);

-- A new e-mail address or mobile number waiting for the code sent to it.
CREATE TABLE contact_change (
    account_id bigint PRIMARY KEY REFERENCES patient_account (id) ON DELETE CASCADE,
    channel text NOT NULL CHECK (channel IN ('email', 'sms')),
    new_value text NOT NULL,
    code_hash bytea NOT NULL CHECK (length(code_hash) = 32),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    wrong_attempts smallint NOT NULL DEFAULT 0,
    -- Codes sent for changes, counted per day against flooding a stranger.
    sent_today smallint NOT NULL DEFAULT 1,
    sent_day date NOT NULL
);
