-- The frame of the help with its history, and compulsory decisions per member (DOMAIN.md §4.5).
CREATE TABLE huishouden_kader (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  kader TEXT NOT NULL CHECK (kader IN ('vrijwillig', 'drang', 'dwang')),
  van TEXT NOT NULL,
  toelichting TEXT NOT NULL,
  vastgelegd_door TEXT NOT NULL,
  vastgelegd_op TEXT NOT NULL
);
CREATE INDEX huishouden_kader_huishouden ON huishouden_kader (huishouden_id, van, vastgelegd_op);

CREATE TABLE dwangbesluit (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  soort TEXT NOT NULL CHECK (soort IN ('gedwongen_opname', 'uithuisplaatsing', 'ondertoezichtstelling',
                                       'tijdelijk_huisverbod', 'anders')),
  besluitnemer TEXT NOT NULL CHECK (besluitnemer IN ('rechter', 'kinderrechter', 'burgemeester',
                                                     'raad_voor_de_kinderbescherming', 'gecertificeerde_instelling',
                                                     'anders')),
  datum TEXT NOT NULL,
  einddatum TEXT,
  toelichting TEXT NOT NULL,
  vastgelegd_door TEXT NOT NULL,
  vastgelegd_op TEXT NOT NULL,
  versie INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX dwangbesluit_huishouden ON dwangbesluit (huishouden_id, datum);

CREATE TABLE dwangbesluit_lid (
  dwangbesluit_id TEXT NOT NULL REFERENCES dwangbesluit (id),
  gezinslid_id TEXT NOT NULL REFERENCES gezinslid (id),
  PRIMARY KEY (dwangbesluit_id, gezinslid_id)
);
