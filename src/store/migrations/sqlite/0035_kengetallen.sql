-- The caseload's figures per household, kept up to date on every write instead of counted per row and per
-- request (issue 17): the date of the next evaluation, the earliest deadline of an open action of the newest
-- plan (an action is overdue once that date has passed: only then are they counted), open measures, an open
-- escalation, a regisseur below the level's profile. The view says how each figure is computed; triggers on
-- the tables the figures come from recompute the household's row from it, so no write path can forget it.

CREATE VIEW huishouden_kengetal_berekend AS
SELECT h.id AS huishouden_id,
  (SELECT op.evaluatiedatum FROM ondersteuningsplan op WHERE op.huishouden_id = h.id
   ORDER BY op.versie DESC LIMIT 1) AS volgende_evaluatie,
  (SELECT min(a.uiterlijk) FROM op_actie a WHERE a.status IN ('open', 'bezig') AND a.plan_id =
     (SELECT op.id FROM ondersteuningsplan op WHERE op.huishouden_id = h.id ORDER BY op.versie DESC LIMIT 1))
    AS eerste_termijn,
  (SELECT count(*) FROM maatregel m WHERE m.huishouden_id = h.id AND m.status = 'open') AS open_maatregelen,
  (CASE WHEN EXISTS (SELECT 1 FROM escalatie e WHERE e.huishouden_id = h.id AND e.gesloten_op IS NULL)
   THEN 1 ELSE 0 END) AS open_escalatie,
  (CASE WHEN EXISTS (SELECT 1 FROM regisseur r WHERE r.huishouden_id = h.id AND r.tot IS NULL
   AND r.knelpunt IS NOT NULL) THEN 1 ELSE 0 END) AS profiel_onvoldoende
FROM huishouden h;

CREATE TABLE huishouden_kengetal (
  huishouden_id TEXT PRIMARY KEY REFERENCES huishouden (id),
  volgende_evaluatie TEXT,
  eerste_termijn TEXT,
  open_maatregelen INTEGER NOT NULL,
  open_escalatie INTEGER NOT NULL,
  profiel_onvoldoende INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend;

-- Named kengetal_*: regie bench-data sets them aside during its bulk load and recomputes afterwards.
CREATE TRIGGER kengetal_huishouden_insert AFTER INSERT ON huishouden
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = NEW.id;
END;
CREATE TRIGGER kengetal_ondersteuningsplan_insert AFTER INSERT ON ondersteuningsplan
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = NEW.huishouden_id;
END;
CREATE TRIGGER kengetal_ondersteuningsplan_update AFTER UPDATE ON ondersteuningsplan
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = NEW.huishouden_id;
END;
CREATE TRIGGER kengetal_ondersteuningsplan_delete AFTER DELETE ON ondersteuningsplan
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = OLD.huishouden_id;
END;
CREATE TRIGGER kengetal_op_actie_insert AFTER INSERT ON op_actie
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = (SELECT op.huishouden_id FROM ondersteuningsplan op WHERE op.id = NEW.plan_id);
END;
CREATE TRIGGER kengetal_op_actie_update AFTER UPDATE ON op_actie
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = (SELECT op.huishouden_id FROM ondersteuningsplan op WHERE op.id = NEW.plan_id);
END;
CREATE TRIGGER kengetal_op_actie_delete AFTER DELETE ON op_actie
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = (SELECT op.huishouden_id FROM ondersteuningsplan op WHERE op.id = OLD.plan_id);
END;
CREATE TRIGGER kengetal_maatregel_insert AFTER INSERT ON maatregel
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = NEW.huishouden_id;
END;
CREATE TRIGGER kengetal_maatregel_update AFTER UPDATE ON maatregel
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = NEW.huishouden_id;
END;
CREATE TRIGGER kengetal_maatregel_delete AFTER DELETE ON maatregel
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = OLD.huishouden_id;
END;
CREATE TRIGGER kengetal_escalatie_insert AFTER INSERT ON escalatie
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = NEW.huishouden_id;
END;
CREATE TRIGGER kengetal_escalatie_update AFTER UPDATE ON escalatie
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = NEW.huishouden_id;
END;
CREATE TRIGGER kengetal_escalatie_delete AFTER DELETE ON escalatie
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = OLD.huishouden_id;
END;
CREATE TRIGGER kengetal_regisseur_insert AFTER INSERT ON regisseur
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = NEW.huishouden_id;
END;
CREATE TRIGGER kengetal_regisseur_update AFTER UPDATE ON regisseur
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = NEW.huishouden_id;
END;
CREATE TRIGGER kengetal_regisseur_delete AFTER DELETE ON regisseur
BEGIN
  INSERT OR REPLACE INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = OLD.huishouden_id;
END;
