-- Parental authority (DOMAIN.md §12; issue "the household as users"): the members who hold it over a minor
-- member, and a note on where else it lies (a parent elsewhere, a guardian). A child of 12 to 15 gets
-- portal access only together with one of these members.
CREATE TABLE gezag (
  kind_id TEXT PRIMARY KEY REFERENCES gezinslid (id),
  toelichting TEXT NOT NULL,
  vastgelegd_door TEXT NOT NULL,
  vastgelegd_op TEXT NOT NULL
);

CREATE TABLE gezagsdrager (
  kind_id TEXT NOT NULL REFERENCES gezag (kind_id),
  gezinslid_id TEXT NOT NULL REFERENCES gezinslid (id),
  PRIMARY KEY (kind_id, gezinslid_id)
);
CREATE INDEX gezagsdrager_lid ON gezagsdrager (gezinslid_id);
