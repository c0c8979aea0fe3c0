-- The daily check's notifications: an overdue action to its owner, an approaching evaluation to the
-- regisseurs. `sleutel` names what a reminder is about, so that the check tells each recipient once.
ALTER TABLE melding DROP CONSTRAINT melding_soort_check;
ALTER TABLE melding ADD CONSTRAINT melding_soort_check
  CHECK (soort IN ('zoekactie_afgeschermd', 'betrokkenheid_afgeschermd', 'noodtoegang_afgeschermd',
                   'noodtoegang_te_beoordelen', 'escalatie_geopend', 'actie_over_tijd', 'evaluatie_nadert'));
ALTER TABLE melding ADD COLUMN sleutel TEXT;
CREATE UNIQUE INDEX melding_sleutel ON melding (soort, sleutel, ontvanger_id) WHERE sleutel IS NOT NULL;
