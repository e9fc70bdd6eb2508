-- Legal representatives sign in with an account of their own (§4.6): their
-- login, password and contacts. Such an account need hold no DMP of its own.
ALTER TABLE patient_account ALTER COLUMN dmp_id DROP NOT NULL;
ALTER TABLE patient_account DROP CONSTRAINT patient_account_login_check;
ALTER TABLE patient_account ADD CONSTRAINT patient_account_login_check
    CHECK (login ~ '^[a-z0-9][a-z0-9.]{6,30}[a-z0-9]$');

-- A representative recorded at creation (or later) is linked to the account
-- they sign in with; the link ends (majority, removal) without being deleted.
ALTER TABLE legal_representative
    ADD COLUMN account_id bigint REFERENCES patient_account (id),
    ADD COLUMN ended_at timestamptz;
CREATE UNIQUE INDEX legal_representative_account
    ON legal_representative (dmp_id, account_id) WHERE account_id IS NOT NULL;
CREATE INDEX legal_representative_by_account
    ON legal_representative (account_id) WHERE account_id IS NOT NULL AND ended_at IS NULL;

-- Which record a session reads, and in which role. NULL until chosen: the
-- account's own DMP, else the record it represents.
ALTER TABLE patient_session
    ADD COLUMN dmp_id bigint REFERENCES dmp (id),
    ADD COLUMN role text NOT NULL DEFAULT 'holder' CHECK (role IN ('holder', 'representative'));
