-- What the household says back (issue "the household as users"): a remark on a goal, a proposal to change
-- the plan, a request to correct data (AVG art. 16). Each is answered once by a regisseur; `plan_versie` is
-- the version the household saw, `in_versie` the version a proposal was taken over into. The regisseurs hear
-- of a new one in their notifications: SQLite cannot change a CHECK constraint, so that table is rebuilt.
CREATE TABLE portaal_reactie (
  id TEXT PRIMARY KEY,
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  persoon_soort TEXT NOT NULL CHECK (persoon_soort IN ('gezinslid', 'netwerklid')),
  persoon_id TEXT NOT NULL,
  soort TEXT NOT NULL CHECK (soort IN ('opmerking', 'voorstel', 'correctie')),
  doel_id TEXT,
  plan_versie INTEGER,
  tekst TEXT NOT NULL,
  ingediend_op TEXT NOT NULL,
  uitkomst TEXT CHECK (uitkomst IN ('beantwoord', 'overgenomen', 'gecorrigeerd', 'afgewezen')),
  antwoord TEXT,
  in_versie INTEGER,
  beantwoord_door TEXT REFERENCES medewerker (id),
  beantwoord_op TEXT
) STRICT;
CREATE INDEX portaal_reactie_huishouden ON portaal_reactie (huishouden_id, ingediend_op);
CREATE INDEX portaal_reactie_persoon ON portaal_reactie (persoon_id, ingediend_op);

CREATE TABLE melding_nieuw (
  id TEXT PRIMARY KEY,
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  ontvanger_id TEXT NOT NULL REFERENCES medewerker (id),
  soort TEXT NOT NULL CHECK (soort IN ('zoekactie_afgeschermd', 'betrokkenheid_afgeschermd', 'noodtoegang_afgeschermd',
                                      'noodtoegang_te_beoordelen', 'escalatie_geopend', 'actie_over_tijd',
                                      'evaluatie_nadert', 'reactie_huishouden')),
  huishouden_id TEXT REFERENCES huishouden (id),
  door_id TEXT REFERENCES medewerker (id),
  aangemaakt_op TEXT NOT NULL,
  gelezen_op TEXT,
  sleutel TEXT,
  gemaild_op TEXT
) STRICT;
INSERT INTO melding_nieuw (id, gemeente_id, ontvanger_id, soort, huishouden_id, door_id, aangemaakt_op, gelezen_op,
                           sleutel, gemaild_op)
  SELECT id, gemeente_id, ontvanger_id, soort, huishouden_id, door_id, aangemaakt_op, gelezen_op, sleutel, gemaild_op
  FROM melding;
DROP TABLE melding;
ALTER TABLE melding_nieuw RENAME TO melding;
CREATE INDEX melding_ontvanger ON melding (ontvanger_id, gemeente_id, aangemaakt_op);
CREATE UNIQUE INDEX melding_sleutel ON melding (soort, sleutel, ontvanger_id) WHERE sleutel IS NOT NULL;
CREATE INDEX melding_te_mailen ON melding (gemeente_id, ontvanger_id) WHERE gemaild_op IS NULL AND gelezen_op IS NULL;
CREATE INDEX melding_gemaild ON melding (ontvanger_id, gemaild_op) WHERE gemaild_op IS NOT NULL;
