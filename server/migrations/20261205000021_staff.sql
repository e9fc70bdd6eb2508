-- Issue 15: the people who work for the insurer or its partners — desk
-- agents, workshop facilitators, statisticians, administrators — sign in
-- with a login, a password (argon2id) and a one-time code by e-mail. Their
-- sessions are kept as the patients' are (only the token's keyed hash);
-- what they do is written to their own append-only trace, with who they are.

CREATE TABLE staff_account (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login text NOT NULL UNIQUE CHECK (login ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    password_hash text NOT NULL,
    role text NOT NULL CHECK (role IN ('agent', 'animateur', 'statisticien', 'administrateur')),
    full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    -- A desk agent's caisse, site and department (and a facilitator's
    -- association's department): where their openings are counted.
    caisse_code text,
    site text,
    department text CHECK (department ~ '^([0-9]{2}|2A|2B|97[1-6])$'),
    created_at timestamptz NOT NULL,
    disabled_at timestamptz
);

CREATE TABLE staff_session (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES staff_account (id),
    token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    stage text NOT NULL CHECK (stage IN ('code', 'open')),
    code_hash bytea CHECK (length(code_hash) = 32),
    code_expires_at timestamptz,
    code_wrong smallint NOT NULL DEFAULT 0,
    codes_sent smallint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL,
    idle_expires_at timestamptz NOT NULL,
    absolute_expires_at timestamptz NOT NULL
);
CREATE INDEX staff_session_account ON staff_session (account_id);
CREATE INDEX staff_session_expiry ON staff_session (idle_expires_at);

CREATE TABLE staff_trace (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES staff_account (id),
    at timestamptz NOT NULL,
    action text NOT NULL,
    detail text
);
CREATE INDEX staff_trace_account ON staff_trace (account_id, at DESC);

CREATE FUNCTION staff_trace_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'staff_trace is append-only';
END $$;

CREATE TRIGGER staff_trace_append_only BEFORE UPDATE OR DELETE ON staff_trace
    FOR EACH ROW EXECUTE FUNCTION staff_trace_refuse_change();
