-- Step 1 of the creation flow guesses at secrets (creation codes): failures
-- are counted here, in the database, so limits hold across restarts and
-- servers. Neither NIRs nor addresses are stored: only their keyed hashes.

-- 5 failures for a NIR lock it for 15 minutes [I: configurable].
CREATE TABLE identification_lock (
    nir_hash bytea PRIMARY KEY CHECK (length(nir_hash) = 32),
    failures smallint NOT NULL DEFAULT 0,
    window_start timestamptz NOT NULL,
    locked_until timestamptz
);

-- Failures per client address, against spraying one code across many NIRs.
CREATE TABLE identification_address (
    address_hash bytea PRIMARY KEY CHECK (length(address_hash) = 32),
    failures integer NOT NULL DEFAULT 0,
    window_start timestamptz NOT NULL
);
