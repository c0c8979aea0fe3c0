-- What the registration recorded about deploying the method (DOMAIN.md §2): the intake's findings, the
-- criteria that hold, and whether a contra-indication was acknowledged. Households registered before this
-- migration have no row: "not recorded".
CREATE TABLE huishouden_inzet (
  huishouden_id TEXT PRIMARY KEY REFERENCES huishouden (id),
  acuut_gevaar INTEGER NOT NULL CHECK (acuut_gevaar IN (0, 1)),
  basiszorg_onvoldoende INTEGER NOT NULL CHECK (basiszorg_onvoldoende IN (0, 1)),
  motivatie TEXT NOT NULL CHECK (motivatie IN ('aanwezig', 'afwezig', 'afwezig_na_motivatietraject')),
  onverschillig INTEGER NOT NULL CHECK (onverschillig IN (0, 1)),
  contra_indicatie INTEGER NOT NULL CHECK (contra_indicatie IN (0, 1)),
  contra_indicatie_erkend INTEGER NOT NULL CHECK (contra_indicatie_erkend IN (0, 1)),
  vastgelegd_door TEXT NOT NULL,
  vastgelegd_op TEXT NOT NULL
);

CREATE TABLE huishouden_inzetcriterium (
  huishouden_id TEXT NOT NULL REFERENCES huishouden_inzet (huishouden_id),
  criterium TEXT NOT NULL CHECK (criterium IN ('beperkt_zelfredzaam', 'zorgen_meerdere_leefgebieden',
                                               'onveilig_of_ongezond', 'hulpvraag_moeilijk', 'zorgmijdend',
                                               'hulp_onvoldoende_effect')),
  PRIMARY KEY (huishouden_id, criterium)
);
