// The shapes of the API's requests and answers, as the server describes them in /api/v1/openapi.json:
// src/api-schema.ts is generated from src/api/openapi.json by openapi-typescript at every build
// (scripts/build-web), so that a field the server renames or drops fails the type check here.

import type { components } from "./api-schema";

type Schemas = components["schemas"];

export type SessieInfo = Schemas["Sessie"];
export type InlogVervolg = Schemas["InlogVervolg"];
export type Inlogbeleid = Schemas["Inlogbeleid"];
export type Certificering = Schemas["Certificering"];
export type Ik = Schemas["MijnProfiel"];
export type CaseloadRij = Schemas["CaseloadItem"];
export type CaseloadPagina = Schemas["CaseloadPagina"];
export type Leeftijd = Schemas["Leeftijd"];
export type Gezinslid = Schemas["Gezinslid"];
export type Netwerklid = Schemas["Netwerklid"];
export type Betrokkene = Schemas["Betrokkene"];
export type Regisseur = Schemas["Regisseur"];
export type Regiekaart = Schemas["Regiekaart"];
export type VolgendeFase = Schemas["VolgendeFase"];
export type InzetVastgelegd = Schemas["InzetVastgelegd"];
export type Huishouden = Schemas["Dossier"];
export type Melding = Schemas["Melding"];
export type MeldingenPagina = Schemas["MeldingenPagina"];
export type MeldingInstellingen = Schemas["MeldingInstellingen"];
export type MijnActie = Schemas["MijnActie"];
export type MijnActiesPagina = Schemas["MijnActiesPagina"];
export type Medewerker = Schemas["Medewerker"];
export type Zoekresultaat = Schemas["Zoekresultaat"];
export type Signaal = Schemas["SignaalRecord"];
export type Maatregel = Schemas["Maatregel"];
export type Meldcodetraject = Schemas["Meldcodetraject"];
export type Escalatie = Schemas["Escalatie"];
export type TaxatieRecord = Schemas["TaxatieRecord"];
export type Niveauovergang = Schemas["Niveauovergang"];
export type PlanVersie = Schemas["PlanVersie"];
export type Notitie = Schemas["Notitie"];
export type Toegangslogregel = Schemas["Toegangslogregel"];
export type Monitoring = Schemas["Monitoring"];
export type Teamlid = Schemas["Teamlid"];
export type TeamEscalatie = Schemas["TeamEscalatie"];
export type TeBeoordelenNoodtoegang = Schemas["TeBeoordelenNoodtoegang"];
export type Advies = Schemas["Advies"];
export type Logregel = Schemas["Toegangslogregel"];
export type Toegangslog = Schemas["Toegangslog"];
export type Notities = Schemas["Notities"];
export type BasiseisenMatrix = Schemas["Basiseisen"];
export type Scholing = Schemas["Scholing"];
export type KaderOverzicht = Schemas["KaderOverzicht"];
export type CrisislaagOverzicht = Schemas["CrisislaagOverzicht"];
export type CrisislaagVersie = Schemas["CrisislaagVersie"];
export type Competentieprofielen = Schemas["Competentieprofielen"];
export type Beoordelingen = Schemas["Beoordelingen"];
export type Implementatieplan = Schemas["Implementatieplan"];
export type Implementatieplannen = Schemas["Implementatieplannen"];
export type Uitnodigingen = Schemas["Uitnodigingen"];
export type UitgegevenUitnodiging = Schemas["UitgegevenUitnodiging"];
export type PortaalProfiel = Schemas["PortaalProfiel"];
export type PortaalPlan = Schemas["PortaalPlan"];
export type Inzage = Schemas["Inzage"];
export type Reactie = Schemas["Reactie"];
export type Reacties = Schemas["Reacties"];
export type PortaalSessies = Schemas["PortaalSessies"];
export type PortaalNetwerk = Schemas["PortaalNetwerk"];
export type MislukteInlogpogingen = Schemas["MislukteInlogpogingen"];
export type AccountsPagina = Schemas["AccountsPagina"];
