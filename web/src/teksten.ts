// The words the app shows for the API's codes. Our own plain Dutch; the household may read some of it.

export const niveauNaam: Record<number, string> = {
  1: "het huishouden houdt zelf de regie",
  2: "regie wordt aangevuld en ondersteund",
  3: "regie deels overgenomen: onveiligheid in het huishouden",
  4: "regie overgenomen: onveiligheid in huishouden of omgeving",
  5: "regie overgenomen: escalatie, onrust in de buurt of in de media",
};

export const faseNaam: Record<string, string> = {
  aanmelding: "Aanmelding",
  voorbereiding: "Voorbereiding",
  startoverleg: "Startoverleg",
  uitvoering: "Uitvoering",
  evaluatie: "Evaluatie",
  afgesloten: "Afgesloten",
};

export const kenmerkNaam: Record<string, string> = {
  verlopen_acties: "acties over tijd",
  open_maatregelen: "open veiligheidsmaatregelen",
  open_escalatie: "open escalatie",
  profiel_onvoldoende: "profiel regisseur onvoldoende",
  evaluatie_verstreken: "evaluatiedatum verstreken",
  afgeschermd: "afgeschermd dossier",
};

export const grondslagNaam: Record<string, string> = {
  regionale_afspraak: "Regionale afspraak",
  zvh_besluit: "Besluit van het Zorg- en Veiligheidshuis",
};

export const regieRolNaam: Record<string, string> = {
  casus: "Casusregie",
  proces: "Procesregie",
};

export const kaderNaam: Record<string, string> = {
  vrijwillig: "vrijwillig",
  drang: "drang (druk zonder uitspraak van de rechter)",
  dwang: "dwang (gedwongen kader)",
};

export const dwangbesluitNaam: Record<string, string> = {
  gedwongen_opname: "Gedwongen opname",
  uithuisplaatsing: "Uithuisplaatsing",
  ondertoezichtstelling: "Ondertoezichtstelling",
  tijdelijk_huisverbod: "Tijdelijk huisverbod",
  anders: "Ander besluit",
};

export const besluitnemerNaam: Record<string, string> = {
  rechter: "rechter",
  kinderrechter: "kinderrechter",
  burgemeester: "burgemeester",
  raad_voor_de_kinderbescherming: "Raad voor de Kinderbescherming",
  gecertificeerde_instelling: "gecertificeerde instelling",
  anders: "anders",
};

/** Why an escalation was opened (and the kinds of stalled cooperation in an assessment). */
export const aanleidingNaam: Record<string, string> = {
  organisatie: "Verschil van inzicht over hoe de aanpak is georganiseerd (taakopvatting, uren)",
  inhoud: "Verschil van inzicht over de inhoud (doelen, acties, bodemeisen, veiligheidsafspraken)",
  voortgang_in_gevaar: "De uitvoering of het resultaat van het plan is in gevaar",
};

export const gripFaseNaam: Record<string, string> = {
  grip_1: "GRIP 1", grip_2: "GRIP 2", grip_3: "GRIP 3", grip_4: "GRIP 4", grip_5: "GRIP 5", grip_rijk: "GRIP Rijk",
};

/** Why the method is deployed for a household, as recorded at registration. */
export const inzetCriteriumNaam: Record<string, string> = {
  beperkt_zelfredzaam: "Gezinsleden redden zich minder goed en doen niet volledig mee in de samenleving",
  zorgen_meerdere_leefgebieden: "Er zijn zorgen, en hulp is nodig, op meer dan één leefgebied",
  onveilig_of_ongezond: "Gezinsleden leven onveilig of ongezond, zonder passende hulp die samenhangt en werkt",
  hulpvraag_moeilijk: "Gezinsleden kunnen moeilijk zeggen welke hulp ze nodig hebben of die zelf regelen",
  zorgmijdend: "Gezinsleden gaan zorg soms uit de weg",
  hulp_onvoldoende_effect: "De hulp die er al is, helpt te weinig of houdt geen stand",
};

export const motivatieNaam: Record<string, string> = {
  aanwezig: "Ja",
  afwezig: "Nee",
  afwezig_na_motivatietraject: "Nee, ook niet na een traject om te motiveren",
};

export const partijNaam: Record<string, string> = {
  klant: "het huishouden zelf",
  netwerk: "het netwerk",
  basiszorg: "basiszorg",
  lokaal_team: "lokaal team",
  zorgketen: "zorgketen",
  veiligheidsketen: "veiligheidsketen",
  manager: "manager",
  directie: "directie of bestuur",
  wethouder: "wethouder",
  burgemeester: "burgemeester",
  civiele_keten: "civiele keten",
  ambtenaar_ivz_oov: "ambtenaar openbare orde en veiligheid",
  driehoek: "lokale driehoek",
  ggd_ghor: "GGD GHOR",
  riec: "RIEC",
  ketenmanager_zvh: "ketenmanager Zorg- en Veiligheidshuis",
};

export const planNodigNaam: Record<string, string> = {
  verplicht: "verplicht",
  naar_behoefte: "als het huishouden dat wil",
  niet_van_toepassing: "niet van toepassing",
  niet_vereist: "niet vereist",
};

export const relatieNaam: Record<string, string> = {
  ouder: "ouder",
  verzorger: "verzorger",
  partner: "partner",
  kind: "kind",
  pleegkind: "pleegkind",
  broer_zus: "broer of zus",
  grootouder: "grootouder",
  overig: "overig",
};

/** A code the app has no words for is shown as it is, with underscores as spaces. */
export function naamVan(tabel: Record<string, string>, code: string | null | undefined): string {
  if (!code) return "";
  return tabel[code] ?? code.replaceAll("_", " ");
}

const maanden = [
  "januari", "februari", "maart", "april", "mei", "juni",
  "juli", "augustus", "september", "oktober", "november", "december",
];

/** Today as a form's date value, "2026-08-31". */
export const vandaag = () => new Date().toISOString().slice(0, 10);

/** "2026-08-31" → "31 augustus 2026". */
export function datum(iso: string | null | undefined): string {
  if (!iso) return "";
  const [j, m, d] = iso.slice(0, 10).split("-").map(Number);
  return `${d} ${maanden[m - 1]} ${j}`;
}

/** A moment in Dutch local time: "31 augustus, 14:05". */
export function tijdstip(iso: string): string {
  return new Date(iso).toLocaleString("nl-NL", { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
}

export const signaalNaam: Record<string, string> = {
  intiem_terrorisme: "Intiem terrorisme (dwingende controle door een partner)",
  eergerelateerd_geweld: "Eergerelateerd geweld",
  meisjesbesnijdenis: "Meisjesbesnijdenis",
  complexe_scheiding: "Complexe scheiding",
  stalking: "Stalking",
};

export const richtingNaam: Record<string, string> = {
  opschalen: "opschalen",
  afschalen: "afschalen",
  gelijk: "gelijk blijven",
};

export const leefgebiedNaam: Record<string, string> = {
  werk: "Werk en dagbesteding",
  inkomen_financien: "Inkomen en geldzaken",
  maatschappelijke_ondersteuning: "Zelfstandig meedoen",
  wonen: "Wonen",
  onderwijs: "School en opleiding",
  jeugdhulp: "Opvoeden en opgroeien",
  veiligheid: "Veiligheid",
  gezondheid: "Gezondheid",
};

export const maatregelStatusNaam: Record<string, string> = {
  open: "Nog te doen",
  gedaan: "Gedaan",
  niet_van_toepassing: "Niet van toepassing",
};

export const actieStatusNaam: Record<string, string> = {
  open: "nog te doen",
  bezig: "bezig",
  gedaan: "gedaan",
  gestopt: "gestopt",
};

/** A member's name; a child not yet born may have no first name yet. */
export function lidNaam(l: { voornaam: string; achternaam: string }): string {
  return `${l.voornaam.trim() || "Ongeboren kind"} ${l.achternaam}`;
}
