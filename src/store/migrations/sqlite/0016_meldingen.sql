-- Notifications in Regie's own inbox: per recipient, with the household and who caused it by id only; the
-- text is composed when read. Read per recipient (gelezen_op).
CREATE TABLE melding (
  id TEXT PRIMARY KEY,
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  ontvanger_id TEXT NOT NULL REFERENCES medewerker (id),
  soort TEXT NOT NULL CHECK (soort IN ('zoekactie_afgeschermd', 'betrokkenheid_afgeschermd', 'noodtoegang_afgeschermd',
                                      'noodtoegang_te_beoordelen', 'escalatie_geopend')),
  huishouden_id TEXT REFERENCES huishouden (id),
  door_id TEXT REFERENCES medewerker (id),
  aangemaakt_op TEXT NOT NULL,
  gelezen_op TEXT
) STRICT;
CREATE INDEX melding_ontvanger ON melding (ontvanger_id, gemeente_id, aangemaakt_op);
