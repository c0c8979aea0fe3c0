-- The crisis layer of level 5 (DOMAIN.md §4.5): every change is a new version, so the rows are the history of
-- GRIP (phase and dates), the ambtenaar IVZ/OOV as linking pin, the communication coordinator and media
-- attention.
CREATE TABLE crisislaag (
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  versie INTEGER NOT NULL CHECK (versie >= 1),
  grip_fase TEXT CHECK (grip_fase IN ('grip_1', 'grip_2', 'grip_3', 'grip_4', 'grip_5', 'grip_rijk')),
  grip_van TEXT,
  grip_tot TEXT,
  schakel_id TEXT REFERENCES medewerker (id),
  communicatiecoordinator TEXT NOT NULL,
  media_aandacht INTEGER NOT NULL CHECK (media_aandacht IN (0, 1)),
  toelichting TEXT NOT NULL,
  vastgelegd_door TEXT NOT NULL,
  vastgelegd_op TEXT NOT NULL,
  PRIMARY KEY (huishouden_id, versie)
) STRICT;
