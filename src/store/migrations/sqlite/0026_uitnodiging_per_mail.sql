-- An invitation sent by e-mail (issue "the household as users"): the mail carries the code, the regisseur
-- passes on a check code himself, so that the mail alone opens nothing. Only the check code's hash is kept,
-- with the count of wrong attempts (at five the invitation is revoked). The address is not kept.
ALTER TABLE portaal_uitnodiging ADD COLUMN controle_hash TEXT;
ALTER TABLE portaal_uitnodiging ADD COLUMN mislukte_controles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE portaal_uitnodiging ADD COLUMN gemaild_op TEXT;
