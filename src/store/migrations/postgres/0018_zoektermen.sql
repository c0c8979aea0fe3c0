-- Finding a household by part of a name (domain/zoektermen): each surname and household name as search
-- terms, matched on their start within a gemeente. The household's own name has no gezinslid_id. Existing
-- names get their terms from the same code right after this script (store/zoekterm_store). Binary order
-- ("C"), so that a prefix is a range of the index whatever the database's locale.
CREATE TABLE zoekterm (
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  gezinslid_id TEXT REFERENCES gezinslid (id),
  term TEXT COLLATE "C" NOT NULL
);
CREATE INDEX zoekterm_term ON zoekterm (gemeente_id, term, huishouden_id);
CREATE INDEX zoekterm_huishouden ON zoekterm (huishouden_id, gezinslid_id);
