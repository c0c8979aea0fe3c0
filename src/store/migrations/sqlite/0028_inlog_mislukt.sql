-- Failed logins of professionals, one row each, for the beheerder's view (issue "identity and
-- administration": the BIO asks that failed logins are monitored). The gemeente is the one of the account
-- named, when that name exists; the throttle itself stays in inlogpoging. Kept 30 days.
CREATE TABLE inlog_mislukt (
  id TEXT PRIMARY KEY,
  op TEXT NOT NULL,
  gebruikersnaam TEXT NOT NULL,
  adres TEXT NOT NULL,
  gemeente_id TEXT REFERENCES gemeente (id)
) STRICT;
CREATE INDEX inlog_mislukt_gemeente ON inlog_mislukt (gemeente_id, op);
CREATE INDEX inlog_mislukt_op ON inlog_mislukt (op);
