-- Logging in through a gemeente's own identity provider with OpenID Connect (issue "identity and
-- administration", ADR 0021). Per gemeente at most one: the IdP's issuer, Regie's client registration there
-- (its own private key for private_key_jwt, or a client secret where the IdP can do no better), the redirect
-- address exactly as registered, the claim that names the account, the assurance level asked, and whether an
-- unknown account is made at its first login (in which organisation and team, with which roles per value of
-- a claim: a JSON object). A login under way: its state, the browser it belongs to, nonce and PKCE verifier,
-- for ten minutes and used once. A session says whether it came through the IdP (logging out there too).
CREATE TABLE inlogdienst (
  gemeente_id TEXT PRIMARY KEY REFERENCES gemeente (id),
  naam TEXT NOT NULL,
  issuer TEXT NOT NULL,
  client_id TEXT NOT NULL,
  client_secret TEXT,
  client_sleutel TEXT,
  terugkeer_adres TEXT NOT NULL,
  account_claim TEXT NOT NULL,
  acr TEXT,
  aanmaken_bij_eerste_login INTEGER NOT NULL DEFAULT 0 CHECK (aanmaken_bij_eerste_login IN (0, 1)),
  organisatie_id TEXT REFERENCES organisatie (id),
  team_id TEXT REFERENCES team (id),
  rollen_claim TEXT,
  rollen TEXT NOT NULL DEFAULT '{}',
  gewijzigd_op TEXT NOT NULL,
  CHECK ((client_secret IS NULL) <> (client_sleutel IS NULL))
);
CREATE TABLE inlogdienst_poging (
  state TEXT PRIMARY KEY,
  browser_hash TEXT NOT NULL,
  gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
  nonce TEXT NOT NULL,
  verifier TEXT NOT NULL,
  verloopt_op TEXT NOT NULL
);
CREATE INDEX inlogdienst_poging_verloopt ON inlogdienst_poging (verloopt_op);
ALTER TABLE sessie ADD COLUMN via_inlogdienst INTEGER NOT NULL DEFAULT 0 CHECK (via_inlogdienst IN (0, 1));
