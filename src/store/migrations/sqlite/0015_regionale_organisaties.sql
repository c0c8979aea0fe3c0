-- Regional organisations (DOMAIN.md §6, §7): an organisation is registered in one gemeente and may be
-- contracted by other gemeenten of its region; its professionals then work in households of each. A contract
-- that ended keeps its row with the date it ended.
CREATE TABLE organisatie_contract (
  organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  sinds TEXT NOT NULL,
  beeindigd_op TEXT,
  PRIMARY KEY (organisatie_id, gemeente_id)
) STRICT;
CREATE INDEX organisatie_contract_gemeente ON organisatie_contract (gemeente_id);

-- The gemeente a session works in; none: the organisation's own.
ALTER TABLE sessie ADD COLUMN werkgemeente_id TEXT REFERENCES gemeente (id);

-- The regional agreement or Zorg- en Veiligheidshuis decision an assignment follows, with its reference.
ALTER TABLE regisseur ADD COLUMN grondslag TEXT CHECK (grondslag IN ('regionale_afspraak', 'zvh_besluit'));
ALTER TABLE regisseur ADD COLUMN grondslag_kenmerk TEXT;
