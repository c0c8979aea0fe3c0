-- Monitoring figures (DOMAIN.md §9, ADR 0008): computed from the household data by a refresh and read by the
-- dashboards, never with names or ids of households. Per gemeente, organisation ('' = the whole gemeente) and
-- team ('' = the whole organisation), per month ('YYYY-MM'), a metric and a key (a level, a phase, a type…).
CREATE TABLE monitor_cijfer (
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  organisatie_id TEXT NOT NULL,
  team_id TEXT NOT NULL,
  maand TEXT NOT NULL,
  metriek TEXT NOT NULL,
  sleutel TEXT NOT NULL,
  waarde INTEGER NOT NULL,
  PRIMARY KEY (gemeente_id, organisatie_id, team_id, metriek, maand, sleutel)
) STRICT;

CREATE TABLE monitor_verversing (
  gemeente_id TEXT PRIMARY KEY REFERENCES gemeente (id),
  ververst_op TEXT NOT NULL,
  duur_ms INTEGER NOT NULL
) STRICT;
