-- « Identifiant ou mot de passe oublié »: new credentials are shown through
-- the same short-lived session as a creation's step 3, marked as a renewal.
ALTER TABLE creation_session ADD COLUMN renewal boolean NOT NULL DEFAULT false;
