-- Issue 17: the language an account reads the portal in, so that what is
-- sent later (a professional's access, a new document) speaks it. Set at
-- creation and at each sign-in from the language of the pages.
ALTER TABLE patient_account
    ADD COLUMN lang text NOT NULL DEFAULT 'fr' CHECK (lang IN ('fr', 'en'));
