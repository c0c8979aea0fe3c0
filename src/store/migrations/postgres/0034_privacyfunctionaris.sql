-- A role for the gemeente's data protection officer (functionaris gegevensbescherming), who reads the
-- processing log and keeps the register of processing activities.

ALTER TABLE medewerker_rol DROP CONSTRAINT medewerker_rol_rol_check;
ALTER TABLE medewerker_rol ADD CONSTRAINT medewerker_rol_rol_check
  CHECK (rol IN ('regisseur', 'manager', 'aandachtsfunctionaris', 'agendahouder', 'beheerder',
                 'privacyfunctionaris'));
