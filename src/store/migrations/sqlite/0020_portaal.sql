-- The household and its network as users (DOMAIN.md §12; issue "the household as users"). A regisseur's
-- invitation is handed over out of band: only a hash of its code is kept. Accepting it sets up an account
-- with a password and a second factor (TOTP; the one-time recovery codes are kept as hashes). Portal
-- sessions are apart from professionals' sessions.
CREATE TABLE portaal_uitnodiging (
  id TEXT PRIMARY KEY,
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  persoon_soort TEXT NOT NULL CHECK (persoon_soort IN ('gezinslid', 'netwerklid')),
  persoon_id TEXT NOT NULL,
  ouder_id TEXT REFERENCES gezinslid (id),
  rechten TEXT NOT NULL,
  besluit TEXT NOT NULL DEFAULT '',
  code_hash TEXT NOT NULL UNIQUE,
  aangemaakt_door TEXT NOT NULL REFERENCES medewerker (id),
  aangemaakt_op TEXT NOT NULL,
  geldig_tot TEXT NOT NULL,
  totp_geheim TEXT,
  gebruikt_op TEXT,
  ingetrokken_op TEXT,
  account_id TEXT
) STRICT;
CREATE INDEX portaal_uitnodiging_huishouden ON portaal_uitnodiging (huishouden_id, aangemaakt_op);

CREATE TABLE portaal_account (
  id TEXT PRIMARY KEY,
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  persoon_soort TEXT NOT NULL CHECK (persoon_soort IN ('gezinslid', 'netwerklid')),
  persoon_id TEXT NOT NULL,
  ouder_id TEXT REFERENCES gezinslid (id),
  rechten TEXT NOT NULL,
  gebruikersnaam TEXT NOT NULL UNIQUE,
  wachtwoord_hash TEXT NOT NULL,
  totp_geheim TEXT NOT NULL,
  totp_laatste_stap INTEGER NOT NULL DEFAULT 0,
  aangemaakt_op TEXT NOT NULL,
  ingetrokken_op TEXT
) STRICT;
CREATE INDEX portaal_account_huishouden ON portaal_account (huishouden_id);
CREATE UNIQUE INDEX portaal_account_persoon ON portaal_account (persoon_id) WHERE ingetrokken_op IS NULL;

CREATE TABLE portaal_herstelcode (
  account_id TEXT NOT NULL REFERENCES portaal_account (id),
  code_hash TEXT NOT NULL,
  gebruikt_op TEXT,
  PRIMARY KEY (account_id, code_hash)
) STRICT;

CREATE TABLE portaal_sessie (
  token_hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES portaal_account (id),
  csrf_hash TEXT NOT NULL,
  zekerheid TEXT NOT NULL,
  aangemaakt_op TEXT NOT NULL,
  laatst_gebruikt_op TEXT NOT NULL,
  verloopt_op TEXT NOT NULL,
  ingetrokken_op TEXT
) STRICT;
CREATE INDEX portaal_sessie_account ON portaal_sessie (account_id);
