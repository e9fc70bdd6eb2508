-- Initial passwords between their making and their hand-over, sealed under
-- a key only the session's cookie gives (app::credentials::vault), so that
-- every instance can show them and the database alone reveals nothing.
CREATE TABLE initial_password (
    kind text NOT NULL CHECK (kind IN ('creation', 'desk', 'professional')),
    session_id bigint NOT NULL,
    dmp_id bigint NOT NULL REFERENCES dmp (id) ON DELETE CASCADE,
    nonce bytea NOT NULL,
    sealed bytea NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (kind, session_id)
);
CREATE INDEX initial_password_dmp ON initial_password (dmp_id);
CREATE INDEX initial_password_expiry ON initial_password (expires_at);
