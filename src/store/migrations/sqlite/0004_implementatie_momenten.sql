-- The yearly evaluation of the way of working and the yearly local dialogue session, per implementation plan.
CREATE TABLE implementatie_moment (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES implementatieplan (id),
  soort TEXT NOT NULL CHECK (soort IN ('evaluatie', 'dialoogsessie')),
  datum TEXT NOT NULL,
  deelnemers TEXT NOT NULL,
  bevindingen TEXT NOT NULL,
  besluiten TEXT NOT NULL,
  vastgelegd_door TEXT NOT NULL REFERENCES medewerker (id),
  vastgelegd_op TEXT NOT NULL
) STRICT;
CREATE INDEX implementatie_moment_plan ON implementatie_moment (plan_id, datum);
