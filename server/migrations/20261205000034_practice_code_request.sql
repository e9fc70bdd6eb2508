-- A code request made on a workshop's practice card looks for that
-- workshop's practice person, whose letter is then read on the card's page.
ALTER TABLE code_request
    ADD COLUMN practice_card_id bigint REFERENCES practice_card (id) ON DELETE CASCADE;
