-- A role for the gemeente's data protection officer (functionaris gegevensbescherming), who reads the
-- processing log and keeps the register of processing activities. SQLite cannot change a CHECK: the table is
-- rebuilt with the same rows.

CREATE TABLE medewerker_rol_nieuw (
  medewerker_id TEXT NOT NULL REFERENCES medewerker (id),
  rol TEXT NOT NULL CHECK (rol IN ('regisseur', 'manager', 'aandachtsfunctionaris', 'agendahouder', 'beheerder',
                                   'privacyfunctionaris')),
  PRIMARY KEY (medewerker_id, rol)
) STRICT;
INSERT INTO medewerker_rol_nieuw (medewerker_id, rol) SELECT medewerker_id, rol FROM medewerker_rol;
DROP TABLE medewerker_rol;
ALTER TABLE medewerker_rol_nieuw RENAME TO medewerker_rol;
