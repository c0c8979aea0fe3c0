-- The processing log (Logboek Dataverwerkingen, ADR 0023) beside the audit trail: on PostgreSQL the log store
-- is this database. A line per processing and data subject, append-only and hash-chained per gemeente,
-- partitioned by month of its start (partitions made ahead by the program; the default one catches the rest);
-- the gemeente's register of processing activities the lines point at; the audit rows get their trace id.

ALTER TABLE audit ADD COLUMN trace_id TEXT, ADD COLUMN bron TEXT;
CREATE UNIQUE INDEX audit_bron ON audit (bron) WHERE bron IS NOT NULL;
CREATE INDEX audit_trace ON audit (trace_id) WHERE trace_id IS NOT NULL;

CREATE TABLE verwerkingsactiviteit (
  id TEXT PRIMARY KEY,
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  code TEXT NOT NULL,
  versie BIGINT NOT NULL,
  naam TEXT NOT NULL,
  doel TEXT NOT NULL,
  geldig_vanaf TEXT NOT NULL,
  vervangen_op TEXT,
  UNIQUE (gemeente_id, code, versie)
);
CREATE UNIQUE INDEX verwerkingsactiviteit_huidig ON verwerkingsactiviteit (gemeente_id, code)
  WHERE vervangen_op IS NULL;

CREATE TABLE verwerking_keten (
  gemeente_id TEXT PRIMARY KEY REFERENCES gemeente (id),
  volgnummer BIGINT NOT NULL,
  laatste_hash TEXT NOT NULL
);

CREATE TABLE verwerking (
  gemeente_id TEXT NOT NULL,
  volgnummer BIGINT NOT NULL,
  trace_id TEXT NOT NULL,
  operation_id TEXT NOT NULL,
  parent_operation_id TEXT,
  foreign_operation_id TEXT,
  status_code INTEGER NOT NULL CHECK (status_code IN (0, 1, 2)),
  name TEXT NOT NULL,
  start_time BIGINT NOT NULL,
  end_time BIGINT NOT NULL,
  activiteit_id TEXT NOT NULL REFERENCES verwerkingsactiviteit (id),
  betrokkene TEXT,
  betrokkene_type TEXT CHECK (betrokkene_type IN ('persoon', 'huishouden')),
  vorige_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (gemeente_id, volgnummer, start_time)
) PARTITION BY RANGE (start_time);
CREATE TABLE verwerking_overig PARTITION OF verwerking DEFAULT;
CREATE INDEX verwerking_trace ON verwerking (gemeente_id, trace_id);
CREATE INDEX verwerking_activiteit ON verwerking (gemeente_id, activiteit_id, start_time);
CREATE INDEX verwerking_betrokkene ON verwerking (gemeente_id, betrokkene, start_time);
CREATE INDEX verwerking_tijd ON verwerking (gemeente_id, start_time);

CREATE FUNCTION logboek_alleen_aanvullen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'het logboek kan alleen worden aangevuld';
END
$$;

CREATE TRIGGER verwerking_geen_wijziging BEFORE UPDATE OR DELETE ON verwerking
  FOR EACH ROW EXECUTE FUNCTION logboek_alleen_aanvullen();
CREATE TRIGGER verwerking_niet_leegmaken BEFORE TRUNCATE ON verwerking
  FOR EACH STATEMENT EXECUTE FUNCTION logboek_alleen_aanvullen();

CREATE FUNCTION verwerkingsactiviteit_blijft() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'een verwerkingsactiviteit blijft bestaan: logregels verwijzen ernaar';
END
$$;

CREATE TRIGGER verwerkingsactiviteit_geen_verwijdering BEFORE DELETE ON verwerkingsactiviteit
  FOR EACH ROW EXECUTE FUNCTION verwerkingsactiviteit_blijft();
