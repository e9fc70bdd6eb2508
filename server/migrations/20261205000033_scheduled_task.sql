-- When each scheduled task of `server serve` last ran, so that with several
-- instances it runs once per period, whichever instance claims it first.
CREATE TABLE scheduled_task (
    name text PRIMARY KEY,
    last_run timestamptz NOT NULL
);
