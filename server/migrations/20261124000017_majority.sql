-- When the holder of a record opened as a minor was invited, at 18, to take
-- it over (a fresh creation code by letter or e-mail): once per record.
ALTER TABLE dmp ADD COLUMN majority_invited_at timestamptz;
