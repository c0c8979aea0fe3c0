-- The safety plan as DOMAIN.md §8 was corrected on 2026-11-30: what the household and its network proposed
-- for their own safety and whether it was taken over; at levels 4 and 5 the norm for no nuisance to the
-- surroundings and how the surroundings are involved. Earlier versions read as empty.
ALTER TABLE veiligheidsplan ADD COLUMN eigen_voorstellen TEXT NOT NULL DEFAULT '';
ALTER TABLE veiligheidsplan ADD COLUMN eigen_voorstellen_overgenomen TEXT
  CHECK (eigen_voorstellen_overgenomen IN ('ja', 'deels', 'nee'));
ALTER TABLE veiligheidsplan ADD COLUMN omgeving_norm TEXT NOT NULL DEFAULT '';
ALTER TABLE veiligheidsplan ADD COLUMN omgeving_betrokken TEXT NOT NULL DEFAULT '';
