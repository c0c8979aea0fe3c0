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
);

INSERT INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend;

CREATE FUNCTION kengetal_bijwerken(huishouden TEXT) RETURNS void LANGUAGE sql AS $$
  INSERT INTO huishouden_kengetal SELECT * FROM huishouden_kengetal_berekend WHERE huishouden_id = huishouden
  ON CONFLICT (huishouden_id) DO UPDATE SET volgende_evaluatie = excluded.volgende_evaluatie,
    eerste_termijn = excluded.eerste_termijn, open_maatregelen = excluded.open_maatregelen,
    open_escalatie = excluded.open_escalatie, profiel_onvoldoende = excluded.profiel_onvoldoende
$$;

CREATE FUNCTION kengetal_na_wijziging() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rij RECORD;
BEGIN
  IF TG_OP = 'DELETE' THEN rij := OLD; ELSE rij := NEW; END IF;
  IF TG_TABLE_NAME = 'huishouden' THEN
    PERFORM kengetal_bijwerken(rij.id);
  ELSIF TG_TABLE_NAME = 'op_actie' THEN
    PERFORM kengetal_bijwerken((SELECT op.huishouden_id FROM ondersteuningsplan op WHERE op.id = rij.plan_id));
  ELSE
    PERFORM kengetal_bijwerken(rij.huishouden_id);
  END IF;
  RETURN NULL;
END
$$;

-- Named kengetal_*: regie bench-data sets them aside during its bulk load and recomputes afterwards.
CREATE TRIGGER kengetal_huishouden AFTER INSERT ON huishouden
  FOR EACH ROW EXECUTE FUNCTION kengetal_na_wijziging();
CREATE TRIGGER kengetal_ondersteuningsplan AFTER INSERT OR UPDATE OR DELETE ON ondersteuningsplan
  FOR EACH ROW EXECUTE FUNCTION kengetal_na_wijziging();
CREATE TRIGGER kengetal_op_actie AFTER INSERT OR UPDATE OR DELETE ON op_actie
  FOR EACH ROW EXECUTE FUNCTION kengetal_na_wijziging();
CREATE TRIGGER kengetal_maatregel AFTER INSERT OR UPDATE OR DELETE ON maatregel
  FOR EACH ROW EXECUTE FUNCTION kengetal_na_wijziging();
CREATE TRIGGER kengetal_escalatie AFTER INSERT OR UPDATE OR DELETE ON escalatie
  FOR EACH ROW EXECUTE FUNCTION kengetal_na_wijziging();
CREATE TRIGGER kengetal_regisseur AFTER INSERT OR UPDATE OR DELETE ON regisseur
  FOR EACH ROW EXECUTE FUNCTION kengetal_na_wijziging();

-- Fewer indexes per log line (issue 17, docs/performance.md): a search of the processing log by period alone
-- is refused by the API (the activity and subject indexes carry the time), and no query looks the audit trail
-- up by trace: the link is read from the processing line's side.
DROP INDEX verwerking_tijd;
DROP INDEX audit_trace;
