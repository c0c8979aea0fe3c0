-- Implementation plans (DOMAIN.md §9): one per gemeente (organisatie_id NULL) and one per organisation,
-- started from the template in src/domain/implementatie.cpp; every action with its state.
CREATE TABLE implementatieplan (
  id TEXT PRIMARY KEY,
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  organisatie_id TEXT REFERENCES organisatie (id),
  gestart_door TEXT NOT NULL REFERENCES medewerker (id),
  gestart_op TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX implementatieplan_eigenaar ON implementatieplan (gemeente_id, COALESCE(organisatie_id, ''));

CREATE TABLE implementatie_actie (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES implementatieplan (id),
  sectie TEXT NOT NULL CHECK (sectie IN ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
  sjabloon_code TEXT,
  omschrijving TEXT NOT NULL,
  optioneel INTEGER NOT NULL CHECK (optioneel IN (0, 1)),
  verantwoordelijke TEXT,
  gepland TEXT,
  stand TEXT NOT NULL,
  reden TEXT,
  notities TEXT NOT NULL DEFAULT '',
  volgorde INTEGER NOT NULL,
  versie INTEGER NOT NULL DEFAULT 1,
  bijgewerkt_door TEXT NOT NULL REFERENCES medewerker (id),
  bijgewerkt_op TEXT NOT NULL
) STRICT;
CREATE INDEX implementatie_actie_plan ON implementatie_actie (plan_id, volgorde);
