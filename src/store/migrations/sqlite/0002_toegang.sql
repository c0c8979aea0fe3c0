-- Login, sessions, API tokens, need-to-know extras (emergency access, notes), action progress, and the
-- indexes the per-user filters need.

-- A session: the token itself is only in the user's cookie; here its SHA-256.
CREATE TABLE sessie (
  token_hash TEXT PRIMARY KEY,
  gebruiker_id TEXT NOT NULL REFERENCES gebruiker (id),
  csrf_hash TEXT NOT NULL,
  aangemaakt_op TEXT NOT NULL,
  laatst_gebruikt_op TEXT NOT NULL,
  verloopt_op TEXT NOT NULL,
  ingetrokken_op TEXT
) STRICT;
CREATE INDEX sessie_gebruiker ON sessie (gebruiker_id);

-- Failed logins per account name and per client address, shared by every server process.
CREATE TABLE inlogpoging (
  sleutel TEXT PRIMARY KEY,
  mislukt INTEGER NOT NULL,
  laatste_op TEXT NOT NULL,
  volgende_poging_op TEXT NOT NULL
) STRICT;

CREATE TABLE api_token (
  id TEXT PRIMARY KEY,
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  naam TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  scopes TEXT NOT NULL,
  aangemaakt_op TEXT NOT NULL,
  ingetrokken_op TEXT
) STRICT;

-- Time-limited read access with a reason, for the professional's manager to review.
CREATE TABLE noodtoegang (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  medewerker_id TEXT NOT NULL REFERENCES medewerker (id),
  reden TEXT NOT NULL,
  van TEXT NOT NULL,
  tot TEXT NOT NULL,
  beoordeeld_door TEXT REFERENCES medewerker (id),
  beoordeeld_op TEXT,
  oordeel TEXT CHECK (oordeel IN ('terecht', 'onterecht')),
  toelichting TEXT
) STRICT;
CREATE INDEX noodtoegang_actief ON noodtoegang (huishouden_id, medewerker_id, tot);
CREATE INDEX noodtoegang_medewerker ON noodtoegang (medewerker_id, beoordeeld_op);

CREATE TABLE notitie (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  medewerker_id TEXT NOT NULL REFERENCES medewerker (id),
  tekst TEXT NOT NULL,
  aangemaakt_op TEXT NOT NULL
) STRICT;
CREATE INDEX notitie_huishouden ON notitie (huishouden_id, aangemaakt_op);

-- Progress on an action changes the current plan version in place (the agreements stay as signed); every
-- change is kept here.
ALTER TABLE op_actie ADD COLUMN status_versie INTEGER NOT NULL DEFAULT 1;
CREATE TABLE op_actie_status (
  plan_id TEXT NOT NULL,
  actie_id TEXT NOT NULL,
  van_status TEXT NOT NULL,
  naar_status TEXT NOT NULL,
  door TEXT NOT NULL,
  op TEXT NOT NULL,
  FOREIGN KEY (plan_id, actie_id) REFERENCES op_actie (plan_id, actie_id)
) STRICT;
CREATE INDEX op_actie_status_actie ON op_actie_status (plan_id, actie_id);

CREATE INDEX maatregel_open ON maatregel (huishouden_id, status);
CREATE INDEX betrokkenheid_huishouden ON betrokkenheid (huishouden_id, tot);
CREATE INDEX gezinslid_achternaam ON gezinslid (lower(achternaam));
CREATE INDEX gezinslid_geboortedatum ON gezinslid (geboortedatum);
