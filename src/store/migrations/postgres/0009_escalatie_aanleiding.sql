-- Escalation as DOMAIN.md §4.4 was corrected on 2026-11-30: a third trigger (the plan's execution or result at
-- risk); the chain names the ketenmanager of the Zorg- en Veiligheidshuis (level 4) and the ambtenaar IVZ/OOV
-- (level 5); each step records whom was informed and on which date, and why an open stage was passed over.
ALTER TABLE escalatie DROP CONSTRAINT escalatie_soort_check;
ALTER TABLE escalatie ADD CONSTRAINT escalatie_soort_check
  CHECK (soort IN ('organisatie', 'inhoud', 'voortgang_in_gevaar'));
ALTER TABLE escalatie_melding DROP CONSTRAINT escalatie_melding_partij_check;
ALTER TABLE escalatie_melding ADD CONSTRAINT escalatie_melding_partij_check
  CHECK (partij IN ('manager', 'directie', 'wethouder', 'ketenmanager_zvh', 'ambtenaar_ivz_oov', 'burgemeester'));
ALTER TABLE escalatie_melding ADD COLUMN wie TEXT;
ALTER TABLE escalatie_melding ADD COLUMN datum TEXT;
UPDATE escalatie_melding SET datum = substr(geinformeerd_op, 1, 10);
ALTER TABLE escalatie_melding ALTER COLUMN datum SET NOT NULL;
ALTER TABLE escalatie_melding ADD COLUMN reden_overslaan TEXT;
