-- Issue 14: the record's home shows the last professional accesses and
-- emergency accesses. Found through (dmp_id, at), they meant walking past
-- every entry of the holder's own readings — one more at each page, for
-- years. Professionals' entries get their own index.
CREATE INDEX access_trace_professional ON access_trace (dmp_id, at DESC, id DESC)
    WHERE actor_kind = 'professionnel';
