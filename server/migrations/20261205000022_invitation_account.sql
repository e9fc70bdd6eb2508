-- Issue 12: the account an accepted invitation made. A second answer to
-- the same invitation (a double click, a reload, a lost answer), with the
-- same code and the same password, then gets the same outcome instead of
-- « wrong code » — and the person their login.
ALTER TABLE representative_invitation
    ADD COLUMN account_id bigint REFERENCES patient_account (id) ON DELETE SET NULL;
