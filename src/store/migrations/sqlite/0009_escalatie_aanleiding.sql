-- Escalation as DOMAIN.md §4.4 was corrected on 2026-11-30: a third trigger (the plan's execution or result at
-- risk); the chain names the ketenmanager of the Zorg- en Veiligheidshuis (level 4) and the ambtenaar IVZ/OOV
-- (level 5); each step records whom was informed and on which date, and why an open stage was passed over.
-- SQLite cannot change a CHECK in place: both tables are rebuilt, the step table first pointing at the new
-- escalation table, whose rename carries that reference along.
CREATE TABLE escalatie_nieuw (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  soort TEXT NOT NULL CHECK (soort IN ('organisatie', 'inhoud', 'voortgang_in_gevaar')),
  toelichting TEXT NOT NULL,
  niveau INTEGER CHECK (niveau BETWEEN 1 AND 5),
  geopend_door TEXT NOT NULL,
  geopend_op TEXT NOT NULL,
  uitkomst TEXT,
  gesloten_door TEXT,
  gesloten_op TEXT,
  versie INTEGER NOT NULL DEFAULT 1
) STRICT;
INSERT INTO escalatie_nieuw (id, huishouden_id, soort, toelichting, niveau, geopend_door, geopend_op, uitkomst,
                             gesloten_door, gesloten_op, versie)
  SELECT id, huishouden_id, soort, toelichting, niveau, geopend_door, geopend_op, uitkomst, gesloten_door,
         gesloten_op, versie FROM escalatie;

CREATE TABLE escalatie_melding_nieuw (
  escalatie_id TEXT NOT NULL REFERENCES escalatie_nieuw (id),
  partij TEXT NOT NULL CHECK (partij IN ('manager', 'directie', 'wethouder', 'ketenmanager_zvh',
                                         'ambtenaar_ivz_oov', 'burgemeester')),
  toelichting TEXT NOT NULL,
  geinformeerd_door TEXT NOT NULL,
  geinformeerd_op TEXT NOT NULL,
  wie TEXT,              -- the person informed (name or function); absent on steps recorded before 0009
  datum TEXT NOT NULL,   -- the day that person was informed
  reden_overslaan TEXT,  -- why earlier stages of the chain were passed over, when they were
  PRIMARY KEY (escalatie_id, partij)
) STRICT;
INSERT INTO escalatie_melding_nieuw (escalatie_id, partij, toelichting, geinformeerd_door, geinformeerd_op, datum)
  SELECT escalatie_id, partij, toelichting, geinformeerd_door, geinformeerd_op, substr(geinformeerd_op, 1, 10)
  FROM escalatie_melding;

DROP TABLE escalatie_melding;
DROP TABLE escalatie;
ALTER TABLE escalatie_nieuw RENAME TO escalatie;
ALTER TABLE escalatie_melding_nieuw RENAME TO escalatie_melding;
CREATE INDEX escalatie_huishouden ON escalatie (huishouden_id, gesloten_op);
