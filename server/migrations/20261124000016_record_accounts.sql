-- The accounts that sign in to a record: its holder's, and those of the
-- legal representatives who read it today.
CREATE VIEW record_account AS
    SELECT dmp_id, id AS account_id, 'holder' AS role
      FROM patient_account WHERE dmp_id IS NOT NULL
    UNION ALL
    SELECT dmp_id, account_id, 'representative'
      FROM legal_representative WHERE account_id IS NOT NULL AND ended_at IS NULL;
