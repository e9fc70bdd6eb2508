-- Issue 12: each reader of a record chooses their own messages. Two
-- legal representatives (separated parents, often) shared one setting of
-- the record: one turned off the other's e-mails. Each account that reads
-- the record keeps what was chosen until now.
ALTER TABLE notification_preference DROP CONSTRAINT notification_preference_pkey;
ALTER TABLE notification_preference
    ADD COLUMN account_id bigint REFERENCES patient_account (id) ON DELETE CASCADE;
INSERT INTO notification_preference (dmp_id, event, email, sms, account_id)
    SELECT p.dmp_id, p.event, p.email, p.sms, r.account_id
    FROM notification_preference p
    JOIN (SELECT id AS account_id, dmp_id FROM patient_account WHERE dmp_id IS NOT NULL
          UNION
          SELECT account_id, dmp_id FROM legal_representative WHERE account_id IS NOT NULL) r
      ON r.dmp_id = p.dmp_id
    WHERE p.account_id IS NULL;
DELETE FROM notification_preference WHERE account_id IS NULL;
ALTER TABLE notification_preference ALTER COLUMN account_id SET NOT NULL;
ALTER TABLE notification_preference ADD PRIMARY KEY (dmp_id, account_id, event);
