-- A second factor for professionals' logins (issue "identity and administration"; the BIO asks it of every
-- account reachable from the internet). Each gemeente says whether it is required: on unless turned off
-- (the demo turns it off). The authenticator app's secret of an account, the one being set up until its
-- first code proves it, the last time step used (a code works once) and one-time recovery codes.
ALTER TABLE gemeente ADD COLUMN tweede_factor_verplicht INTEGER NOT NULL DEFAULT 1
  CHECK (tweede_factor_verplicht IN (0, 1));
ALTER TABLE gebruiker ADD COLUMN totp_geheim TEXT;
ALTER TABLE gebruiker ADD COLUMN totp_in_te_richten TEXT;
ALTER TABLE gebruiker ADD COLUMN totp_laatste_stap INTEGER NOT NULL DEFAULT 0;
CREATE TABLE gebruiker_herstelcode (
  gebruiker_id TEXT NOT NULL REFERENCES gebruiker (id),
  code_hash TEXT NOT NULL,
  gebruikt_op TEXT,
  PRIMARY KEY (gebruiker_id, code_hash)
) STRICT;
