-- Issue 12: a record opened for a minor and taken over by its now adult
-- holder goes through the three steps but creates no DMP: the funnel
-- counts it apart, so that step 3 stays « DMPs created ».
ALTER TABLE creation_funnel DROP CONSTRAINT creation_funnel_event_check;
ALTER TABLE creation_funnel ADD CONSTRAINT creation_funnel_event_check
    CHECK (event IN ('etape1', 'etape2', 'etape3', 'reprise_majorite', 'abandon_etape1',
                     'abandon_etape2', 'expiration'));
