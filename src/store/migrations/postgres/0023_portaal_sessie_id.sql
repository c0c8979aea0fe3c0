-- The household sees its own portal sessions and ends one (issue "the household as users"): each gets an
-- opaque id to name it by. Sessions from before have none; they are ended (they last four hours at most).
ALTER TABLE portaal_sessie ADD COLUMN id TEXT;
UPDATE portaal_sessie SET ingetrokken_op = laatst_gebruikt_op WHERE ingetrokken_op IS NULL;
CREATE UNIQUE INDEX portaal_sessie_id ON portaal_sessie (id) WHERE id IS NOT NULL;
