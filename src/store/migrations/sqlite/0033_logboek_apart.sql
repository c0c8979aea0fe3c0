-- The audit trail moves to the log store, a file of its own (ADR 0023): the migration's own code copies its
-- rows and chain heads there (hashes unchanged) before this drops the old tables. A change's log lines wait
-- here, in the change's own transaction, until they are in the log store.

DROP TRIGGER audit_geen_wijziging;
DROP TRIGGER audit_geen_verwijdering;
DROP TABLE audit;
DROP TABLE audit_keten;

CREATE TABLE logboek_wachtrij (
  volgorde INTEGER PRIMARY KEY,
  bron TEXT NOT NULL UNIQUE,
  gemeente_id TEXT NOT NULL,
  tijdstip TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  rol TEXT NOT NULL,
  actie TEXT NOT NULL,
  huishouden_id TEXT,
  personen TEXT NOT NULL,
  doel TEXT NOT NULL,
  resultaat TEXT NOT NULL,
  trace_id TEXT NOT NULL,
  operation_id TEXT NOT NULL,
  parent_operation_id TEXT,
  foreign_operation_id TEXT,
  start_time INTEGER NOT NULL,
  end_time INTEGER NOT NULL
) STRICT;
