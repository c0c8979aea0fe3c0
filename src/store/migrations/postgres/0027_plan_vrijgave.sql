-- Under restricted sharing the household sees in the portal only what a regisseur released (DOMAIN.md §12):
-- he releases one version of the support plan at a time, so a newer version stays hidden until he releases
-- that one too.
CREATE TABLE plan_vrijgave (
  plan_id TEXT PRIMARY KEY REFERENCES ondersteuningsplan (id),
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  vrijgegeven_door TEXT NOT NULL REFERENCES medewerker (id),
  vrijgegeven_op TEXT NOT NULL
);
