-- Issue 15: a professional opens the DMP of the patient in front of them,
-- identified from the Carte Vitale in hand. The person served and the
-- record whose connection data are being handed over are kept with the
-- card session (never in an address); identifications without result are
-- counted there.
ALTER TABLE professional_session
    ADD COLUMN beneficiary_id bigint REFERENCES beneficiary (id) ON DELETE SET NULL,
    ADD COLUMN handover_dmp_id bigint REFERENCES dmp (id) ON DELETE SET NULL,
    ADD COLUMN handover_at timestamptz,
    ADD COLUMN fruitless_searches smallint NOT NULL DEFAULT 0;
