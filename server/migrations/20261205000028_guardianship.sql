-- Issue 12: an adult under guardianship (tutelle) is represented like a
-- minor, by a guardian with an account of their own; majority does not end
-- that link, a desk agent does. Issue 15: a desk agent records a legal
-- representative, and whose connection data a hand-over prints.
ALTER TABLE legal_representative
    ADD COLUMN guardianship boolean NOT NULL DEFAULT false,
    ADD COLUMN ended_by_staff bigint REFERENCES staff_account (id);

ALTER TABLE staff_session
    ADD COLUMN handover_account_id bigint REFERENCES patient_account (id) ON DELETE SET NULL;
