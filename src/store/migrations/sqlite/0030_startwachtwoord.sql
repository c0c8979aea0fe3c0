-- A password the beheerder handed out (a new account, or a forgotten password): it lets the professional in
-- once, to choose his own (issue "identity and administration").
ALTER TABLE gebruiker ADD COLUMN wachtwoord_wijzigen INTEGER NOT NULL DEFAULT 0
  CHECK (wachtwoord_wijzigen IN (0, 1));
