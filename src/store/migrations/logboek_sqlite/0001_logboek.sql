-- The log store on SQLite: a file of its own beside regie.db (ADR 0023), with the audit trail (who did what
-- with whose data and why), the processing log (Logboek Dataverwerkingen: a line per processing and data
-- subject) and the gemeente's register of processing activities the lines point at. Both logs append-only
-- and hash-chained per gemeente; a chain's head is made by its first row.

CREATE TABLE audit_keten (
  gemeente_id TEXT PRIMARY KEY,
  volgnummer INTEGER NOT NULL,
  laatste_hash TEXT NOT NULL
) STRICT;

CREATE TABLE audit (
  gemeente_id TEXT NOT NULL,
  volgnummer INTEGER NOT NULL,
  tijdstip TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  rol TEXT NOT NULL,
  actie TEXT NOT NULL,
  huishouden_id TEXT,
  personen TEXT NOT NULL,
  doel TEXT NOT NULL,
  resultaat TEXT NOT NULL,
  vorige_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  trace_id TEXT,
  bron TEXT,  -- its place in the data file's queue, so that moving it twice is noticed
  PRIMARY KEY (gemeente_id, volgnummer)
) STRICT;
CREATE INDEX audit_huishouden ON audit (huishouden_id, tijdstip);
CREATE UNIQUE INDEX audit_bron ON audit (bron) WHERE bron IS NOT NULL;
CREATE INDEX audit_trace ON audit (trace_id) WHERE trace_id IS NOT NULL;

CREATE TRIGGER audit_geen_wijziging BEFORE UPDATE ON audit
BEGIN
  SELECT RAISE(ABORT, 'de audit trail kan alleen worden aangevuld');
END;

CREATE TRIGGER audit_geen_verwijdering BEFORE DELETE ON audit
BEGIN
  SELECT RAISE(ABORT, 'de audit trail kan alleen worden aangevuld');
END;

CREATE TABLE verwerkingsactiviteit (
  id TEXT PRIMARY KEY,
  gemeente_id TEXT NOT NULL,
  code TEXT NOT NULL,
  versie INTEGER NOT NULL,
  naam TEXT NOT NULL,
  doel TEXT NOT NULL,
  geldig_vanaf TEXT NOT NULL,
  vervangen_op TEXT,
  UNIQUE (gemeente_id, code, versie)
) STRICT;
CREATE UNIQUE INDEX verwerkingsactiviteit_huidig ON verwerkingsactiviteit (gemeente_id, code)
  WHERE vervangen_op IS NULL;

CREATE TRIGGER verwerkingsactiviteit_geen_verwijdering BEFORE DELETE ON verwerkingsactiviteit
BEGIN
  SELECT RAISE(ABORT, 'een verwerkingsactiviteit blijft bestaan: logregels verwijzen ernaar');
END;

CREATE TABLE verwerking_keten (
  gemeente_id TEXT PRIMARY KEY,
  volgnummer INTEGER NOT NULL,
  laatste_hash TEXT NOT NULL
) STRICT;

CREATE TABLE verwerking (
  gemeente_id TEXT NOT NULL,
  volgnummer INTEGER NOT NULL,
  trace_id TEXT NOT NULL,
  operation_id TEXT NOT NULL,
  parent_operation_id TEXT,
  foreign_operation_id TEXT,
  status_code INTEGER NOT NULL CHECK (status_code IN (0, 1, 2)),
  name TEXT NOT NULL,
  start_time INTEGER NOT NULL,
  end_time INTEGER NOT NULL,
  activiteit_id TEXT NOT NULL REFERENCES verwerkingsactiviteit (id),
  betrokkene TEXT,
  betrokkene_type TEXT CHECK (betrokkene_type IN ('persoon', 'huishouden')),
  vorige_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (gemeente_id, volgnummer)
) STRICT;
CREATE INDEX verwerking_trace ON verwerking (gemeente_id, trace_id);
CREATE INDEX verwerking_activiteit ON verwerking (gemeente_id, activiteit_id, start_time);
CREATE INDEX verwerking_betrokkene ON verwerking (gemeente_id, betrokkene, start_time);
CREATE INDEX verwerking_tijd ON verwerking (gemeente_id, start_time);

CREATE TRIGGER verwerking_geen_wijziging BEFORE UPDATE ON verwerking
BEGIN
  SELECT RAISE(ABORT, 'het logboek kan alleen worden aangevuld');
END;

CREATE TRIGGER verwerking_geen_verwijdering BEFORE DELETE ON verwerking
BEGIN
  SELECT RAISE(ABORT, 'het logboek kan alleen worden aangevuld');
END;
