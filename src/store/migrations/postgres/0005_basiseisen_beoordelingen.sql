-- The providers' basic requirements as recorded per organisation (DOMAIN.md §9). For 'scholing_op_orde'
-- the row records the training plan; the regisseurs' basic training (basistraining) decides the rest.
CREATE TABLE basiseis_vastlegging (
  organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
  eis TEXT NOT NULL CHECK (eis IN ('methode_vastgesteld', 'aandachtsfunctionaris_benoemd', 'implementatie_gevolgd', 'werving_op_profiel', 'scholing_op_orde')),
  voldaan INTEGER NOT NULL CHECK (voldaan IN (0, 1)),
  datum TEXT NOT NULL,
  bewijs TEXT NOT NULL DEFAULT '',
  bijgewerkt_door TEXT NOT NULL REFERENCES medewerker (id),
  bijgewerkt_op TEXT NOT NULL,
  PRIMARY KEY (organisatie_id, eis)
);

-- The basic training for case or process regisseurs, per member of staff.
CREATE TABLE basistraining (
  medewerker_id TEXT PRIMARY KEY REFERENCES medewerker (id),
  datum TEXT NOT NULL,
  vastgelegd_door TEXT NOT NULL REFERENCES medewerker (id),
  vastgelegd_op TEXT NOT NULL
);

-- Assessments against a competence profile (DOMAIN.md §7), all kept. A complete and positive one created
-- the certification it names.
CREATE TABLE competentiebeoordeling (
  id TEXT PRIMARY KEY,
  medewerker_id TEXT NOT NULL REFERENCES medewerker (id),
  rol TEXT NOT NULL CHECK (rol IN ('casus', 'proces')),
  profiel TEXT NOT NULL CHECK (profiel IN ('A', 'B', 'B+')),
  datum TEXT NOT NULL,
  volledig INTEGER NOT NULL CHECK (volledig IN (0, 1)),
  positief INTEGER NOT NULL CHECK (positief IN (0, 1)),
  certificering_id TEXT REFERENCES certificering (id),
  beoordeeld_door TEXT NOT NULL REFERENCES medewerker (id),
  vastgelegd_op TEXT NOT NULL
);
CREATE INDEX competentiebeoordeling_medewerker ON competentiebeoordeling (medewerker_id, datum);

CREATE TABLE competentiebeoordeling_gebied (
  beoordeling_id TEXT NOT NULL REFERENCES competentiebeoordeling (id),
  gebied TEXT NOT NULL,
  oordeel TEXT NOT NULL CHECK (oordeel IN ('voldoet', 'deels', 'nog_niet')),
  notitie TEXT NOT NULL DEFAULT '',
  volgnr INTEGER NOT NULL,
  PRIMARY KEY (beoordeling_id, gebied)
);
