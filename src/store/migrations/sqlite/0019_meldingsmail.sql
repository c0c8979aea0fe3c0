-- E-mail about notifications (issue "a regisseur's day"): a professional chooses whether he is told by mail
-- that something waits for him (on unless he turns it off; only sent where the server has a mail server
-- configured); each notification records when a mail covered it. Notifications from before count as covered,
-- so that configuring a mail server does not mail about old ones.
ALTER TABLE medewerker ADD COLUMN mail_bij_melding INTEGER NOT NULL DEFAULT 1 CHECK (mail_bij_melding IN (0, 1));
ALTER TABLE melding ADD COLUMN gemaild_op TEXT;
UPDATE melding SET gemaild_op = aangemaakt_op;
CREATE INDEX melding_te_mailen ON melding (gemeente_id, ontvanger_id) WHERE gemaild_op IS NULL AND gelezen_op IS NULL;
CREATE INDEX melding_gemaild ON melding (ontvanger_id, gemaild_op) WHERE gemaild_op IS NOT NULL;
