-- The household record: tenants and staff, households with members, network and professionals, regie
-- assignments, assessments and level decisions, escalations, signals and measures, the meldcode, both plans
-- (every version kept), and the audit trail. Dates and moments are ISO 8601 text; ids are opaque random text.

CREATE TABLE gemeente (
  id TEXT PRIMARY KEY,
  naam TEXT NOT NULL UNIQUE,
  aangemaakt_op TEXT NOT NULL
);

CREATE TABLE organisatie (
  id TEXT PRIMARY KEY,
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  naam TEXT NOT NULL,
  caseload_norm INTEGER NOT NULL CHECK (caseload_norm > 0),
  aangemaakt_op TEXT NOT NULL,
  versie INTEGER NOT NULL DEFAULT 1,
  UNIQUE (gemeente_id, naam)
);

CREATE TABLE organisatie_keten (
  organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
  keten TEXT NOT NULL CHECK (keten IN ('basiszorg', 'lokaal_team', 'zorgketen', 'veiligheidsketen', 'civiele_keten')),
  PRIMARY KEY (organisatie_id, keten)
);

CREATE TABLE organisatie_niveaunorm (
  organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
  niveau INTEGER NOT NULL CHECK (niveau BETWEEN 1 AND 5),
  caseload_gewicht INTEGER NOT NULL CHECK (caseload_gewicht > 0),
  evaluatie_termijn_dagen INTEGER NOT NULL CHECK (evaluatie_termijn_dagen > 0),
  PRIMARY KEY (organisatie_id, niveau)
);

CREATE TABLE team (
  id TEXT PRIMARY KEY,
  organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
  naam TEXT NOT NULL,
  UNIQUE (organisatie_id, naam)
);

CREATE TABLE medewerker (
  id TEXT PRIMARY KEY,
  organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
  team_id TEXT REFERENCES team (id),
  manager_id TEXT REFERENCES medewerker (id),
  naam TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  telefoon TEXT NOT NULL DEFAULT '',
  aangemaakt_op TEXT NOT NULL,
  versie INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX medewerker_organisatie ON medewerker (organisatie_id);
CREATE INDEX medewerker_manager ON medewerker (manager_id);

CREATE TABLE medewerker_rol (
  medewerker_id TEXT NOT NULL REFERENCES medewerker (id),
  rol TEXT NOT NULL CHECK (rol IN ('regisseur', 'manager', 'aandachtsfunctionaris', 'agendahouder', 'beheerder')),
  PRIMARY KEY (medewerker_id, rol)
);

-- Every certification is kept; the newest per role counts.
CREATE TABLE certificering (
  id TEXT PRIMARY KEY,
  medewerker_id TEXT NOT NULL REFERENCES medewerker (id),
  rol TEXT NOT NULL CHECK (rol IN ('casus', 'proces')),
  profiel TEXT NOT NULL CHECK (profiel IN ('A', 'B', 'B+')),
  datum TEXT NOT NULL,
  beoordeeld_door TEXT NOT NULL REFERENCES medewerker (id),
  vastgelegd_op TEXT NOT NULL
);
CREATE INDEX certificering_medewerker ON certificering (medewerker_id, rol, datum);

CREATE TABLE gebruiker (
  id TEXT PRIMARY KEY,
  medewerker_id TEXT NOT NULL UNIQUE REFERENCES medewerker (id),
  gebruikersnaam TEXT NOT NULL UNIQUE,
  wachtwoord_hash TEXT NOT NULL,
  geblokkeerd INTEGER NOT NULL DEFAULT 0 CHECK (geblokkeerd IN (0, 1)),
  aangemaakt_op TEXT NOT NULL
);

CREATE TABLE huishouden (
  id TEXT PRIMARY KEY,
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  naam TEXT NOT NULL,
  fase TEXT NOT NULL CHECK (fase IN ('aanmelding', 'voorbereiding', 'startoverleg', 'uitvoering', 'evaluatie', 'afgesloten')),
  niveau INTEGER CHECK (niveau BETWEEN 1 AND 5),
  niveau_sinds TEXT,
  afgeschermd INTEGER NOT NULL DEFAULT 0 CHECK (afgeschermd IN (0, 1)),
  afgeschermd_sinds TEXT,
  aangemaakt_door TEXT NOT NULL,
  aangemaakt_op TEXT NOT NULL,
  gesloten_op TEXT,
  versie INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX huishouden_gemeente ON huishouden (gemeente_id, fase);

CREATE TABLE gezinslid (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  voornaam TEXT NOT NULL,
  achternaam TEXT NOT NULL,
  geboortedatum TEXT NOT NULL,
  ongeboren INTEGER NOT NULL DEFAULT 0 CHECK (ongeboren IN (0, 1)),
  bsn TEXT,
  relatie TEXT NOT NULL CHECK (relatie IN ('ouder', 'verzorger', 'partner', 'kind', 'pleegkind', 'broer_zus', 'grootouder', 'overig')),
  toegevoegd_op TEXT NOT NULL,
  versie INTEGER NOT NULL DEFAULT 1,
  UNIQUE (huishouden_id, bsn)
);
CREATE INDEX gezinslid_huishouden ON gezinslid (huishouden_id);
CREATE INDEX gezinslid_bsn ON gezinslid (bsn);

CREATE TABLE netwerklid (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  naam TEXT NOT NULL,
  relatie TEXT NOT NULL,
  contact TEXT NOT NULL DEFAULT '',
  toegevoegd_op TEXT NOT NULL,
  versie INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX netwerklid_huishouden ON netwerklid (huishouden_id);

CREATE TABLE betrokkenheid (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  medewerker_id TEXT NOT NULL REFERENCES medewerker (id),
  rol TEXT NOT NULL,
  van TEXT NOT NULL,
  tot TEXT
);
CREATE UNIQUE INDEX betrokkenheid_actief ON betrokkenheid (huishouden_id, medewerker_id) WHERE tot IS NULL;
CREATE INDEX betrokkenheid_medewerker ON betrokkenheid (medewerker_id, tot);

-- persoon_id refers to a medewerker, gezinslid or netwerklid, as persoon_soort says.
CREATE TABLE regisseur (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  rol TEXT NOT NULL CHECK (rol IN ('casus', 'proces')),
  persoon_soort TEXT NOT NULL CHECK (persoon_soort IN ('medewerker', 'gezinslid', 'netwerklid')),
  persoon_id TEXT NOT NULL,
  van TEXT NOT NULL,
  tot TEXT,
  toegewezen_door TEXT NOT NULL,
  waarschuwing TEXT,
  knelpunt TEXT CHECK (knelpunt IN ('profiel_onvoldoende', 'niet_uit_veiligheidsketen')),
  knelpunt_sinds TEXT,
  bevestigd_door TEXT REFERENCES medewerker (id),
  bevestigd_op TEXT,
  bevestigd_tot_niveau INTEGER CHECK (bevestigd_tot_niveau BETWEEN 1 AND 5),
  versie INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX regisseur_een_proces ON regisseur (huishouden_id) WHERE rol = 'proces' AND tot IS NULL;
CREATE INDEX regisseur_huishouden ON regisseur (huishouden_id, tot);
CREATE INDEX regisseur_persoon ON regisseur (persoon_id, tot);

-- A casusregisseur's own area: each row one life domain or one member.
CREATE TABLE regisseur_aandachtsgebied (
  regisseur_id TEXT NOT NULL REFERENCES regisseur (id),
  volgnr INTEGER NOT NULL,
  leefgebied TEXT,
  gezinslid_id TEXT REFERENCES gezinslid (id),
  CHECK ((leefgebied IS NULL) <> (gezinslid_id IS NULL)),
  PRIMARY KEY (regisseur_id, volgnr)
);

-- The assessment as entered and the advice as it was computed then (JSON of the advice contract).
CREATE TABLE taxatie (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  invoer TEXT NOT NULL,
  advies TEXT NOT NULL,
  advies_niveau INTEGER NOT NULL CHECK (advies_niveau BETWEEN 1 AND 5),
  vastgelegd_door TEXT NOT NULL,
  vastgelegd_op TEXT NOT NULL,
  besloten_niveau INTEGER CHECK (besloten_niveau BETWEEN 1 AND 5),
  besluit_motivatie TEXT,
  besloten_door TEXT,
  besloten_op TEXT
);
CREATE INDEX taxatie_huishouden ON taxatie (huishouden_id, vastgelegd_op);

CREATE TABLE niveau_overgang (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  taxatie_id TEXT NOT NULL REFERENCES taxatie (id),
  van_niveau INTEGER CHECK (van_niveau BETWEEN 1 AND 5),
  naar_niveau INTEGER NOT NULL CHECK (naar_niveau BETWEEN 1 AND 5),
  richting TEXT CHECK (richting IN ('opschalen', 'afschalen', 'gelijk')),
  advies_niveau INTEGER NOT NULL,
  redenen TEXT NOT NULL,
  motivatie TEXT,
  besloten_door TEXT NOT NULL,
  besloten_op TEXT NOT NULL,
  nazorg_wie TEXT,
  nazorg_wat TEXT,
  nazorg_tot TEXT,
  nazorg_signaal TEXT
);
CREATE INDEX niveau_overgang_huishouden ON niveau_overgang (huishouden_id, besloten_op);

CREATE TABLE escalatie (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  soort TEXT NOT NULL CHECK (soort IN ('organisatie', 'inhoud')),
  toelichting TEXT NOT NULL,
  niveau INTEGER CHECK (niveau BETWEEN 1 AND 5),
  geopend_door TEXT NOT NULL,
  geopend_op TEXT NOT NULL,
  uitkomst TEXT,
  gesloten_door TEXT,
  gesloten_op TEXT,
  versie INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX escalatie_huishouden ON escalatie (huishouden_id, gesloten_op);

CREATE TABLE escalatie_melding (
  escalatie_id TEXT NOT NULL REFERENCES escalatie (id),
  partij TEXT NOT NULL CHECK (partij IN ('manager', 'directie', 'wethouder', 'burgemeester')),
  toelichting TEXT NOT NULL,
  geinformeerd_door TEXT NOT NULL,
  geinformeerd_op TEXT NOT NULL,
  PRIMARY KEY (escalatie_id, partij)
);

CREATE TABLE signaal (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  type TEXT NOT NULL CHECK (type IN ('intiem_terrorisme', 'eergerelateerd_geweld', 'meisjesbesnijdenis', 'complexe_scheiding', 'stalking')),
  acuut INTEGER NOT NULL CHECK (acuut IN (0, 1)),
  glasl_fase INTEGER CHECK (glasl_fase BETWEEN 1 AND 9),
  effectief INTEGER NOT NULL CHECK (effectief IN (0, 1)),
  taxatie_id TEXT REFERENCES taxatie (id),
  toelichting TEXT NOT NULL DEFAULT '',
  vastgelegd_door TEXT NOT NULL,
  vastgelegd_op TEXT NOT NULL
);
CREATE INDEX signaal_huishouden ON signaal (huishouden_id, vastgelegd_op);

-- The checklist of extra safety measures: one row per measure per household.
CREATE TABLE maatregel (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  code TEXT NOT NULL,
  signalen TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'gedaan', 'niet_van_toepassing')),
  reden TEXT,
  bijgewerkt_door TEXT,
  bijgewerkt_op TEXT,
  aangemaakt_op TEXT NOT NULL,
  versie INTEGER NOT NULL DEFAULT 1,
  UNIQUE (huishouden_id, code)
);

CREATE TABLE meldcode_traject (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  gestart_door TEXT NOT NULL,
  gestart_op TEXT NOT NULL,
  afgerond_op TEXT
);
CREATE INDEX meldcode_traject_huishouden ON meldcode_traject (huishouden_id);

CREATE TABLE meldcode_stap (
  traject_id TEXT NOT NULL REFERENCES meldcode_traject (id),
  stap INTEGER NOT NULL CHECK (stap BETWEEN 1 AND 5),
  datum TEXT NOT NULL,
  deelnemers TEXT NOT NULL,
  uitkomst TEXT NOT NULL,
  vraag_vermoeden INTEGER,
  vraag_onveiligheid INTEGER,
  vraag_hulp_mogelijk INTEGER,
  vraag_hulp_aanvaard INTEGER,
  vraag_duurzaam_veilig INTEGER,
  afweging TEXT,
  besluit_melden INTEGER,
  besluit_hulp INTEGER,
  vastgelegd_door TEXT NOT NULL,
  vastgelegd_op TEXT NOT NULL,
  PRIMARY KEY (traject_id, stap)
);

-- Plans: every version is kept whole; goal, action and shielded-part ids stay the same across versions.
CREATE TABLE ondersteuningsplan (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  versie INTEGER NOT NULL,
  variant TEXT NOT NULL CHECK (variant IN ('preventief', 'regulier')),
  eigen_woorden TEXT NOT NULL,
  evaluatiedatum TEXT,
  opgesteld_door TEXT NOT NULL,
  opgesteld_op TEXT NOT NULL,
  ondertekend_door TEXT REFERENCES gezinslid (id),
  ondertekend_op TEXT,
  UNIQUE (huishouden_id, versie)
);

CREATE TABLE op_leefgebied (
  plan_id TEXT NOT NULL REFERENCES ondersteuningsplan (id),
  volgnr INTEGER NOT NULL,
  leefgebied TEXT NOT NULL,
  gezinslid_id TEXT REFERENCES gezinslid (id),
  krachten TEXT NOT NULL,
  zorgen TEXT NOT NULL,
  eerdere_hulp TEXT NOT NULL,
  PRIMARY KEY (plan_id, volgnr)
);

CREATE TABLE op_doel (
  plan_id TEXT NOT NULL REFERENCES ondersteuningsplan (id),
  doel_id TEXT NOT NULL,
  volgnr INTEGER NOT NULL,
  omschrijving TEXT NOT NULL,
  leefgebied TEXT,
  gezinslid_id TEXT REFERENCES gezinslid (id),
  streefdatum TEXT,
  PRIMARY KEY (plan_id, doel_id)
);

CREATE TABLE op_actie (
  plan_id TEXT NOT NULL REFERENCES ondersteuningsplan (id),
  actie_id TEXT NOT NULL,
  doel_id TEXT NOT NULL,
  volgnr INTEGER NOT NULL,
  omschrijving TEXT NOT NULL,
  eigenaar_soort TEXT CHECK (eigenaar_soort IN ('medewerker', 'gezinslid', 'netwerklid')),
  eigenaar_id TEXT,
  uiterlijk TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'bezig', 'gedaan', 'gestopt')),
  PRIMARY KEY (plan_id, actie_id),
  FOREIGN KEY (plan_id, doel_id) REFERENCES op_doel (plan_id, doel_id)
);
CREATE INDEX op_actie_eigenaar ON op_actie (eigenaar_id);

CREATE TABLE op_kindcheck (
  plan_id TEXT NOT NULL REFERENCES ondersteuningsplan (id),
  gezinslid_id TEXT NOT NULL REFERENCES gezinslid (id),
  toelichting TEXT NOT NULL,
  PRIMARY KEY (plan_id, gezinslid_id)
);

CREATE TABLE veiligheidsplan (
  id TEXT PRIMARY KEY,
  huishouden_id TEXT NOT NULL REFERENCES huishouden (id),
  versie INTEGER NOT NULL,
  zorgen_en_gevaren TEXT NOT NULL,
  veiligheidsdoel TEXT NOT NULL,
  monitoring TEXT NOT NULL,
  evaluatiedatum TEXT,
  opgesteld_door TEXT NOT NULL,
  opgesteld_op TEXT NOT NULL,
  UNIQUE (huishouden_id, versie)
);

CREATE TABLE vp_voorwaarde (
  plan_id TEXT NOT NULL REFERENCES veiligheidsplan (id),
  volgnr INTEGER NOT NULL,
  omschrijving TEXT NOT NULL,
  gesteld_door TEXT NOT NULL,
  PRIMARY KEY (plan_id, volgnr)
);

CREATE TABLE vp_afspraak (
  plan_id TEXT NOT NULL REFERENCES veiligheidsplan (id),
  volgnr INTEGER NOT NULL,
  wie TEXT NOT NULL,
  wat TEXT NOT NULL,
  wanneer TEXT NOT NULL,
  toezicht TEXT NOT NULL,
  PRIMARY KEY (plan_id, volgnr)
);

CREATE TABLE vp_signaal (
  plan_id TEXT NOT NULL REFERENCES veiligheidsplan (id),
  volgnr INTEGER NOT NULL,
  signaal TEXT NOT NULL,
  actie TEXT NOT NULL,
  noodcontact TEXT NOT NULL,
  PRIMARY KEY (plan_id, volgnr)
);

CREATE TABLE vp_afgeschermd (
  plan_id TEXT NOT NULL REFERENCES veiligheidsplan (id),
  deel_id TEXT NOT NULL,
  volgnr INTEGER NOT NULL,
  titel TEXT NOT NULL,
  inhoud TEXT NOT NULL,
  PRIMARY KEY (plan_id, deel_id)
);

CREATE TABLE vp_afgeschermd_lezer (
  plan_id TEXT NOT NULL,
  deel_id TEXT NOT NULL,
  medewerker_id TEXT NOT NULL REFERENCES medewerker (id),
  PRIMARY KEY (plan_id, deel_id, medewerker_id),
  FOREIGN KEY (plan_id, deel_id) REFERENCES vp_afgeschermd (plan_id, deel_id)
);

-- The audit trail: one hash chain per gemeente. Each row's hash covers the previous row's hash and its own
-- content; audit_keten holds the head so that removing the newest rows is noticed too.
CREATE TABLE audit_keten (
  gemeente_id TEXT PRIMARY KEY REFERENCES gemeente (id),
  volgnummer BIGINT NOT NULL,
  laatste_hash TEXT NOT NULL
);

CREATE TABLE audit (
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  volgnummer BIGINT NOT NULL,
  tijdstip TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  rol TEXT NOT NULL,
  actie TEXT NOT NULL,
  huishouden_id TEXT,
  personen TEXT NOT NULL,
  doel TEXT NOT NULL,
  resultaat TEXT NOT NULL,
  vorige_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (gemeente_id, volgnummer)
);
CREATE INDEX audit_huishouden ON audit (huishouden_id, tijdstip);

CREATE FUNCTION audit_alleen_aanvullen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'de audit trail kan alleen worden aangevuld';
END
$$;

CREATE TRIGGER audit_geen_wijziging BEFORE UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION audit_alleen_aanvullen();

CREATE TRIGGER audit_niet_leegmaken BEFORE TRUNCATE ON audit
  FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_aanvullen();
