-- Signatures of a plan version (issue "the household as users"): by a member in the portal, with the way he
-- proved who he is, or recorded by the regisseur as signed on paper. Each is bound to the version's content
-- by its SHA-256, so a later version needs a new signature.
CREATE TABLE plan_ondertekening (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES ondersteuningsplan (id),
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  gezinslid_id TEXT NOT NULL REFERENCES gezinslid (id),
  wijze TEXT NOT NULL CHECK (wijze IN ('portaal', 'papier')),
  zekerheid TEXT NOT NULL,
  inhoud_hash TEXT NOT NULL,
  vastgelegd_door TEXT NOT NULL,
  op TEXT NOT NULL
);
CREATE UNIQUE INDEX plan_ondertekening_lid ON plan_ondertekening (plan_id, gezinslid_id);
CREATE INDEX plan_ondertekening_huishouden ON plan_ondertekening (huishouden_id);
