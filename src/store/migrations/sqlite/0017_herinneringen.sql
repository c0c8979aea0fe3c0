-- The daily check's notifications: an overdue action to its owner, an approaching evaluation to the
-- regisseurs. `sleutel` names what a reminder is about, so that the check tells each recipient once.
-- SQLite cannot change a CHECK constraint: the table is rebuilt with the two new kinds.
CREATE TABLE melding_nieuw (
  id TEXT PRIMARY KEY,
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  ontvanger_id TEXT NOT NULL REFERENCES medewerker (id),
  soort TEXT NOT NULL CHECK (soort IN ('zoekactie_afgeschermd', 'betrokkenheid_afgeschermd', 'noodtoegang_afgeschermd',
                                      'noodtoegang_te_beoordelen', 'escalatie_geopend', 'actie_over_tijd',
                                      'evaluatie_nadert')),
  huishouden_id TEXT REFERENCES huishouden (id),
  door_id TEXT REFERENCES medewerker (id),
  aangemaakt_op TEXT NOT NULL,
  gelezen_op TEXT,
  sleutel TEXT
) STRICT;
INSERT INTO melding_nieuw (id, gemeente_id, ontvanger_id, soort, huishouden_id, door_id, aangemaakt_op, gelezen_op)
  SELECT id, gemeente_id, ontvanger_id, soort, huishouden_id, door_id, aangemaakt_op, gelezen_op FROM melding;
DROP TABLE melding;
ALTER TABLE melding_nieuw RENAME TO melding;
CREATE INDEX melding_ontvanger ON melding (ontvanger_id, gemeente_id, aangemaakt_op);
CREATE UNIQUE INDEX melding_sleutel ON melding (soort, sleutel, ontvanger_id) WHERE sleutel IS NOT NULL;
