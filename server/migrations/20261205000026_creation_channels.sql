-- Issue 15: DMPs are opened at reception desks, in pharmacies, by
-- professionals and in workshops, not only on the web and at kiosks. Each
-- records its channel and, where there is one, who opened it. A DMP opened
-- at a desk for someone with neither e-mail nor mobile has no account yet.
ALTER TABLE dmp DROP CONSTRAINT dmp_creation_channel_check;
ALTER TABLE dmp ADD CONSTRAINT dmp_creation_channel_check CHECK (
    creation_channel IN ('web', 'borne', 'guichet', 'officine', 'professionnel', 'atelier'));
ALTER TABLE dmp
    ADD COLUMN created_by_staff bigint REFERENCES staff_account (id),
    ADD COLUMN created_by_professional bigint REFERENCES professional (id);

-- Statistics read creations by day, channel and department.
CREATE INDEX dmp_created ON dmp (created_at);

-- At a desk: the record whose connection data the agent is handing over
-- (the initial password itself is never stored: it stays in memory for
-- the hand-over, as at step 3).
ALTER TABLE staff_session
    ADD COLUMN handover_dmp_id bigint REFERENCES dmp (id) ON DELETE SET NULL,
    ADD COLUMN handover_at timestamptz;
