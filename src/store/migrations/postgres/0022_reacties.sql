-- What the household says back (issue "the household as users"): a remark on a goal, a proposal to change
-- the plan, a request to correct data (AVG art. 16). Each is answered once by a regisseur; `plan_versie` is
-- the version the household saw, `in_versie` the version a proposal was taken over into. The regisseurs hear
-- of a new one in their notifications.
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
);
CREATE INDEX portaal_reactie_huishouden ON portaal_reactie (huishouden_id, ingediend_op);
CREATE INDEX portaal_reactie_persoon ON portaal_reactie (persoon_id, ingediend_op);

ALTER TABLE melding DROP CONSTRAINT melding_soort_check;
ALTER TABLE melding ADD CONSTRAINT melding_soort_check
  CHECK (soort IN ('zoekactie_afgeschermd', 'betrokkenheid_afgeschermd', 'noodtoegang_afgeschermd',
                   'noodtoegang_te_beoordelen', 'escalatie_geopend', 'actie_over_tijd', 'evaluatie_nadert',
                   'reactie_huishouden'));
