-- Issue 12: the professionals' *connexion secrète* (domain.md §4.6). With
-- the minor's agreement a professional switches the card session to secret
-- mode for the open record; what the session then deposits is kept from
-- the legal representatives, and what it leaves behind (trace entries,
-- messages) is kept from them too: a parent who read « Dr X a consulté le
-- DMP » would learn what the minor wanted kept.

ALTER TABLE professional_session
    ADD COLUMN secret boolean NOT NULL DEFAULT false,
    -- Only a record that is open can be read in secret mode.
    ADD CONSTRAINT professional_session_secret_needs_record CHECK (NOT secret OR dmp_id IS NOT NULL);

ALTER TABLE access_trace ADD COLUMN secret boolean NOT NULL DEFAULT false;

ALTER TABLE patient_notification ADD COLUMN secret boolean NOT NULL DEFAULT false;

-- The flag is part of the chained content, so that nobody can reveal a
-- secret entry by flipping it; it is appended only when set, so that every
-- hash written before this migration stays true.
CREATE OR REPLACE FUNCTION access_trace_digest(prev bytea, t access_trace) RETURNS bytea
LANGUAGE sql STABLE AS $$
    SELECT sha256(prev || convert_to((jsonb_build_array(
        t.id, t.dmp_id, t.seq,
        to_char(t.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        t.actor_kind, t.actor_id, t.action, t.document_id, t.actor_label,
        t.actor_profession, t.right_code, t.reason, t.detail)
        || CASE WHEN t.secret THEN jsonb_build_array('secret') ELSE '[]'::jsonb END)::text, 'UTF8'))
$$;
