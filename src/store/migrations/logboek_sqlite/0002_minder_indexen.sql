-- Fewer B-trees per log line (issue 17, docs/performance.md): every read appends an audit row and a line per
-- member, and each index is one more random page written per line. The processing log is kept in its primary
-- key's order (WITHOUT ROWID: no separate rowid tree), a search by period alone is refused by the API (the
-- activity and subject indexes carry the time), and no query looks the audit trail up by trace: the link is
-- read from the processing line's side.

DROP INDEX audit_trace;

CREATE TABLE verwerking_nieuw (
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
) STRICT, WITHOUT ROWID;

INSERT INTO verwerking_nieuw SELECT * FROM verwerking ORDER BY gemeente_id, volgnummer;
-- Dropping a table removes its rows without firing its triggers (the append-only guard goes with it).
DROP TABLE verwerking;
ALTER TABLE verwerking_nieuw RENAME TO verwerking;

CREATE INDEX verwerking_trace ON verwerking (gemeente_id, trace_id);
CREATE INDEX verwerking_activiteit ON verwerking (gemeente_id, activiteit_id, start_time);
CREATE INDEX verwerking_betrokkene ON verwerking (gemeente_id, betrokkene, start_time);

CREATE TRIGGER verwerking_geen_wijziging BEFORE UPDATE ON verwerking
BEGIN
  SELECT RAISE(ABORT, 'het logboek kan alleen worden aangevuld');
END;

CREATE TRIGGER verwerking_geen_verwijdering BEFORE DELETE ON verwerking
BEGIN
  SELECT RAISE(ABORT, 'het logboek kan alleen worden aangevuld');
END;
