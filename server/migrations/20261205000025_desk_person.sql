-- Issue 15: the person a desk agent is serving, identified from the Carte
-- Vitale in hand, is kept with the agent's session (never in an address).
ALTER TABLE staff_session
    ADD COLUMN beneficiary_id bigint REFERENCES beneficiary (id) ON DELETE SET NULL;
