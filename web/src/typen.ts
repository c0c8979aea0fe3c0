// The shapes of the API's answers that the app uses (see /api/v1/openapi.json).

export interface SessieInfo {
  medewerkerId: string;
  rollen: string[];
  verlooptOp: string;
  csrfToken: string;
}

export interface Certificering {
  rol: "casus" | "proces";
  profiel: string;
  datum: string;
}

export interface Ik {
  id: string;
  naam: string;
  organisatieId: string;
  organisatie: string;
  rollen: string[];  // the roles that count in the gemeente the session works in
  certificeringen: Certificering[];
  gemeenteId: string;
  werkgemeenten: { id: string; naam: string; werkrelatie: "eigen" | "gecontracteerd" }[];
}

export interface Pagina<T> {
  items: T[];
  pagina: number;
  paginaGrootte: number;
  totaal: number;
  aantalPaginas: number;
}

export interface CaseloadRij {
  id: string;
  naam: string;
  niveau: number | null;
  kleur: string | null;
  fase: string;
  volgendeEvaluatie: string | null;
  verlopenActies: number;
  openMaatregelen: number;
  kenmerken: string[];
  mijnRol: string;
}

export interface Leeftijd {
  maanden: number;
  jaren: number;
  ongeboren: boolean;
  verwachteDatumVerstreken: boolean;
}

export interface Gezinslid {
  id: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string | null;
  verwachteGeboortedatum?: string | null;
  leeftijd: Leeftijd;
  relatie: string;
  versie: number;
}

export interface Netwerklid {
  id: string;
  naam: string;
  relatie: string;
  contact: string | null;
}

export interface Betrokkene {
  id: string;
  medewerkerId: string;
  naam: string;
  organisatie: string;
  rol: string;
  van: string;
  email: string | null;
  telefoon: string | null;
  contactDeelbaar: boolean;     // a regisseur allowed it in documents for the household (restricted sharing)
  contactInDocument: boolean;   // documents for the household show organisation and phone
}

export interface Regisseur {
  id: string;
  rol: "casus" | "proces";
  persoonSoort: string;
  persoonId: string;
  naam: string;
  van: string;
  aandachtsgebied: { leefgebied: string }[];
  waarschuwing: string | null;
  knelpunt: string | null;
  grondslag: "regionale_afspraak" | "zvh_besluit" | null;
  grondslagKenmerk: string | null;
  versie: number;
}

export interface Regie {
  nodig: string;
  profiel: string | null;
  door: string[];
}

export interface Regiekaart {
  niveau: number;
  kleur: string;
  plannen: { ondersteuningsplan: string; variant: string; veiligheidsplan: string };
  casusregie: Regie;
  procesregie: Regie & { extern: boolean };
  inzet: string[];
  overleg: string[];
  operationeelVerantwoordelijk: string[];
  bestuurlijkVerantwoordelijk: string[];
  doel: string;
}


export interface VolgendeFase {
  fase: string;
  drempels: { code: string; tekst?: string }[];
}

export interface InzetVastgelegd {
  criteria: string[];
  acuutGevaar: boolean;
  basiszorgOnvoldoende: boolean;
  motivatie: string;
  onverschillig: boolean;
  altijdStarten: boolean;
  contraIndicatie: boolean;
  contraIndicatieErkend: boolean;
  vastgelegdOp: string;
}

export interface Huishouden {
  id: string;
  naam: string;
  fase: string;
  niveau: number | null;
  niveauSinds: string | null;
  regiekaart: Regiekaart | null;
  kader: "vrijwillig" | "drang" | "dwang";
  crisislaag: boolean;  // the level has a crisis layer (level 5)
  inzet: InzetVastgelegd | null;  // null: registered before the criteria were asked
  afgeschermd: boolean;
  versie: number;
  gezinsleden: Gezinslid[];
  netwerk: Netwerklid[];
  betrokkenen: Betrokkene[];
  regisseurs: Regisseur[];
  eisen: { code: string; tekst: string }[];  // what the level asks and is still missing, in Dutch
  aandacht: { code: string; tekst: string; aantal: number; onderdeel: string }[];  // day-to-day work waiting
  evaluatieTermijnDagen: number | null;  // the norm between plan evaluations at this level
  volgendeFasen: VolgendeFase[];
}

export interface Melding {
  id: string;
  soort: string;
  tekst: string;  // in plain Dutch, composed by the server for this reader
  huishoudenId: string | null;
  doel: string;   // the page where it is seen to
  aangemaaktOp: string;
  gelezen: boolean;
}

export interface MeldingenPagina extends Pagina<Melding> {
  ongelezen: number;
}

export interface MijnActie {
  huishoudenId: string;
  huishoudenNaam: string;
  actieId: string;
  omschrijving: string;
  doel: string;
  uiterlijk: string | null;
  overTijd: boolean;
  status: string;
  statusVersie: number;
}

export interface MijnActiesPagina {
  items: MijnActie[];
  pagina: number;
  paginaGrootte: number;
  totaal: number;
  aantalPaginas: number;
}
