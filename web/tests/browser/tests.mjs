// The browser tests, by name. Each gets a fresh browser context (no cookies) and the demo gemeente.

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { apiSessie, inloggen, scherm, toegankelijk, verwacht, WACHTWOORD } from "./hulp.mjs";
import { flow1 } from "./flow1.mjs";
import { afgeschermdAfdrukken, crisislaag, demoBlijftOpTwee, inzetBijAanmelding, kaderEnDwangbesluit, meldingNaZoeken, nogNietAfschalen, regionaleRegisseur, veiligheidsplanOmgeving } from "./regiekaart.mjs";
import { conflictOndersteuningsplan, conflictVeiligheidsplan, halfIngevuldeFormulieren } from "./samenvoegen.mjs";
import { alleOptioneleVelden, nieuwHuishoudenHeelOfNiet } from "./optioneel.mjs";
import { noodtoegang } from "./noodtoegang.mjs";
import {
  beheerAccountsEnInlogpogingen, beheerApiTokens, beheerNieuweMedewerker, beheerOrganisatiesEnTeams, beheerTweedeFactor,
} from "./beheer.mjs";
import { inloggenViaInlogdienst } from "./inlogdienst.mjs";
import { logboekVoorDeFunctionaris } from "./logboek.mjs";
import { portaalEigenRegie, portaalGezagEnAfscherming, portaalUitnodigenEnLezen, portaalUitnodigingPerMail, portaalVrijgaveOnderAfscherming } from "./portaal.mjs";
import {
  aandachtEnMijnActies, allePersoneelInDeKeuzelijst, geenKnoppenDieDeServerWeigert, hoofdstroom, mailBijMeldingen, smalleSchermen,
  zoekenOpDeelVanDeNaam,
} from "./dagelijks.mjs";
import { basiseisen, flow3, flow4, implementatie, kwaliteitTijdensSchrijven, monitoring, overigeSchermen, samenstelling } from "./flows.mjs";

/** A household Fatima holds regie in and Jeroen is not involved in (from the demo data, via the API). */
async function huishoudenVanFatimaNietVanJeroen(url) {
  const fatima = await apiSessie(url, "fatima");
  const jeroen = await apiSessie(url, "jeroen");
  const van = async (f) => (await f("GET", "/mij/huishoudens?paginaGrootte=100")).body.items;
  const vanJeroen = new Set((await van(jeroen)).map((h) => h.id));
  const h = (await van(fatima)).find((x) => x.mijnRol !== "betrokken" && !vanJeroen.has(x.id));
  verwacht(h, "de demo heeft geen huishouden van Fatima zonder Jeroen");
  return h;
}

export const tests = {
  async "de eerste lading is minder dan 300 kB gecomprimeerd JavaScript"({ page, url }) {
    const geladen = [];
    page.on("response", (r) => { if (r.url().endsWith(".js")) geladen.push(new URL(r.url()).pathname); });
    await page.goto(url);
    await page.getByRole("heading", { name: "Inloggen bij Regie" }).waitFor();
    const dist = join(import.meta.dirname, "../../dist");
    let totaal = 0;
    for (const pad of geladen) totaal += gzipSync(readFileSync(join(dist, pad))).length;
    verwacht(geladen.length > 0, "geen JavaScript geladen");
    verwacht(totaal < 300 * 1024, `${Math.round(totaal / 1024)} kB gecomprimeerd JavaScript`);
    console.log(`      eerste lading: ${Math.round(totaal / 1024)} kB JavaScript (gzip), ${readdirSync(join(dist, "assets")).length} bestanden`);
  },
  "flow 3: een afgeschermd deel van het veiligheidsplan is onzichtbaar voor wie er niet op staat": flow3,
  "flow 4: de manager handelt een escalatie af": flow4,
  "veiligheid, geschiedenis en afdrukken": overigeSchermen,
  "kwaliteitsbevindingen tijdens het schrijven, zonder op te slaan": kwaliteitTijdensSchrijven,
  "implementatieplannen van de gemeente en een organisatie": implementatie,
  "basiseisen: nalevingsmatrix met export, basistraining en een competentiebeoordeling": basiseisen,
  "monitoring: dashboards met grafieken en tabellen, filters, export en jaarverslag": monitoring,
  "twee tabbladen op één ondersteuningsplan: samenvoegen per doel en actie, kiezen bij hetzelfde onderdeel": conflictOndersteuningsplan,
  "twee tabbladen op één veiligheidsplan: de voorwaarde van de collega en het eigen doel blijven allebei": conflictVeiligheidsplan,
  "half ingevulde notitie en netwerkregel: weggaan vraagt eerst, opgeslagen of leeg niet meer": halfIngevuldeFormulieren,
  "regiekaart: niveau 2 blijft zolang het huishouden zich niet zelf redt, en het advies zegt waarom": nogNietAfschalen,
  "regiekaart: kader dwang en een ondertoezichtstelling voor het kind, met einddatum": kaderEnDwangbesluit,
  "regiekaart: een regionale procesregisseur werkt per gemeente, met de grondslag van zijn toewijzing": regionaleRegisseur,
  "afgeschermd: wie zocht, meldt Regie direct aan de regisseur": meldingNaZoeken,
  "aanmelding: criteria voor inzet verplicht, een contra-indicatie bewust erkend": inzetBijAanmelding,
  "veiligheidsplan op niveau 4: eigen voorstellen van het huishouden en de omgeving, met bevindingen": veiligheidsplanOmgeving,
  "crisislaag op niveau 5: GRIP, de schakel die het huishouden ziet, en elke wijziging een versie": crisislaag,
  "demo: Gezin van Dijk blijft op niveau 2 en de geschiedenis zegt waarom": demoBlijftOpTwee,
  "afgeschermd: het afgedrukte plan toont organisatie en telefoon alleen als dat mag": afgeschermdAfdrukken,
  "elk optioneel veld van aanmelding en taxatie één keer ingevuld, en terug te lezen": alleOptioneleVelden,
  "een nieuw huishouden met een fout gezinslid: niets opgeslagen, de melding noemt het veld": nieuwHuishoudenHeelOfNiet,
  "noodtoegang: vragen met een reden op de pagina zonder toegang, en de manager beoordeelt": noodtoegang,
  "samenstelling: netwerk, een professional betrekken, een regisseur met profielcheck, de fase": samenstelling,
  "dagelijks werk: wat nu aandacht vraagt opent het huishouden, mijn acties bijwerken op één plek": aandachtEnMijnActies,
  "dagelijks werk: zoeken op het begin van een woord uit de naam, treffers als lijst": zoekenOpDeelVanDeNaam,
  "dagelijks werk: de hoofdstroom in hoogstens 60 handelingen, geteld": hoofdstroom,
  "dagelijks werk: op 390 en 320 px schuift geen pagina opzij, elke pagina heeft een titel": smalleSchermen,
  "dagelijks werk: wie alleen betrokken is, krijgt geen knoppen die de server weigert": geenKnoppenDieDeServerWeigert,
  "dagelijks werk: e-mail dat er iets klaarstaat, zonder gegevens, per medewerker aan en uit": mailBijMeldingen,
  "huishouden: uitgenodigd, tweede stap met de app, inloggen en het plan lezen op 390 px": portaalUitnodigenEnLezen,
  "huishouden: op niveau 1 houdt een gezinslid met eigen regie het plan bij op 390 px": portaalEigenRegie,
  "huishouden: een kind van 13 alleen met wie het gezag heeft; afscherming beëindigt een open uitnodiging": portaalGezagEnAfscherming,
  "huishouden: uitnodiging per e-mail, met een controlecode van de regisseur, op 390 px": portaalUitnodigingPerMail,
  "huishouden: onder afgeschermde regie ziet het alleen een vrijgegeven versie, op 390 px": portaalVrijgaveOnderAfscherming,
  "beheer: accounts blokkeren en deblokkeren, mislukte inlogpogingen per account en per adres, zonder huishoudens": beheerAccountsEnInlogpogingen,
  "beheer: tweede factor verplicht, instellen bij de volgende inlog met herstelcodes, wissen door de beheerder": beheerTweedeFactor,
  "beheer: API-token aanmaken (eenmalig getoond), gebruiken en intrekken": beheerApiTokens,
  "beheer: nieuwe medewerker met account en startwachtwoord, eigen wachtwoord bij de eerste inlog": beheerNieuweMedewerker,
  "logboek: de functionaris gegevensbescherming vindt een verwerking op trace-id en herformuleert een activiteit": logboekVoorDeFunctionaris,
  async "flow 1: aanmelden, taxatie, niveau 3 bevestigen, plan schrijven en tekenen, afschalen met nazorg"(ctx) {
    const handelingen = await flow1(ctx);
    // The count, for docs/usability.md.
    writeFileSync(join(ctx.screenshots, "flow1-handelingen.txt"), `${handelingen}\n`);
    console.log(`      flow 1: ${handelingen} handelingen`);
  },

  async "inloggen: een fout wachtwoord geeft één algemene melding"({ page, url }) {
    await page.goto(url);
    await page.getByRole("heading", { name: "Inloggen bij Regie" }).waitFor();
    await scherm(page, { screenshots: arguments[0].screenshots }, "01-inloggen");
    await page.getByLabel("Gebruikersnaam").fill("fatima");
    await page.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    const melding = page.getByRole("alert");
    await melding.waitFor();
    const tekst = await melding.innerText();
    verwacht(/gebruikersnaam en wachtwoord/i.test(tekst), `onverwachte melding: ${tekst}`);
    verwacht((await page.getByLabel("Gebruikersnaam").inputValue()) === "fatima", "de gebruikersnaam is gewist");
    await toegankelijk(page, "inloggen met foutmelding");
  },

  async "mijn huishoudens: niveau in kleur, cijfer en tekst; filteren, sorteren en openen"(ctx) {
    const { page, url } = ctx;
    await inloggen(page, url, "fatima");
    const rijen = page.locator("table.regie-caseload tbody tr");
    await rijen.first().waitFor();
    verwacht((await rijen.count()) > 1, "Fatima heeft meer dan één huishouden in de demo");
    await scherm(page, ctx, "02-mijn-huishoudens");
    // Colour is never the only carrier: every level cell says "Niveau n".
    for (const cel of await page.locator("table.regie-caseload tbody tr td:nth-child(2)").allInnerTexts()) {
      verwacht(/Niveau [1-5]\s+\((groen|geel|oranje|rood|donkerrood)\)|geen niveau/.test(cel), `niveau zonder tekst: ${cel}`);
    }
    await page.getByLabel("Niveau", { exact: true }).selectOption("3");
    await page.waitForURL(/niveau=3/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll("table.regie-caseload tbody tr td:nth-child(2)")].every((td) =>
        td.textContent.includes("Niveau 3"),
      ),
    );
    const gesorteerd = page.waitForResponse((r) => r.url().includes("/api/v1/mij/huishoudens") && r.url().includes("sorteer=naam"));
    await page.getByLabel("Sorteren op").selectOption("naam");
    await gesorteerd;
    await page.waitForURL(/sorteer=naam/);
    const opNaam = () => {
      const namen = [...document.querySelectorAll("table.regie-caseload tbody tr td:first-child")].map((td) => td.textContent);
      return namen.length > 1 && namen.join() === [...namen].sort((a, b) => a.localeCompare(b, "nl")).join();
    };
    await page.waitForFunction(opNaam, undefined, { timeout: 5000 });
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("sorteer=naam"));
    const alles = page.waitForResponse((r) => r.url().includes("/api/v1/mij/huishoudens?sorteer=volgendeEvaluatie&paginaGrootte"));
    await page.getByRole("button", { name: "Filters wissen" }).click();
    await page.waitForURL((u) => u.search === "" || u.search === "?");
    await alles;
    await page.waitForFunction(() => document.querySelectorAll("table.regie-caseload tbody tr").length > 1
      && ![...document.querySelectorAll("table.regie-caseload tbody tr td:nth-child(2)")].every((td) => td.textContent.includes("Niveau 3")));

    const eerste = page.locator("table.regie-caseload tbody tr td:first-child a").first();
    const naam = await eerste.innerText();
    await eerste.click();
    await page.getByRole("heading", { level: 1, name: naam }).waitFor();
    verwacht(/\/huishoudens\/[a-z2-7]{26}$/.test(page.url()), `geen ondoorzichtige id in de URL: ${page.url()}`);
    await page.getByRole("heading", { name: "Gezinsleden" }).waitFor();
    await scherm(page, ctx, "03-huishouden");
    // A reload keeps the screen (the server answers the app's own URLs with the app).
    await page.reload();
    await page.getByRole("heading", { level: 1, name: naam }).waitFor();
  },

  async "huishouden: de regiekaart van het niveau en leeftijden, ook ongeboren"(ctx) {
    const { page, url } = ctx;
    const fatima = await apiSessie(url, "fatima");
    const { body } = await fatima("GET", "/mij/huishoudens?niveau=3&paginaGrootte=1");
    verwacht(body.items.length === 1, "Fatima heeft een huishouden op niveau 3 in de demo");
    const id = body.items[0].id;
    const nieuw = await fatima("POST", `/huishoudens/${id}/gezinsleden`, {
      voornaam: "(ongeboren)", achternaam: "Test", relatie: "kind",
      verwachteGeboortedatum: new Date(Date.now() + 120 * 864e5).toISOString().slice(0, 10),
    });
    verwacht(nieuw.status === 201, `ongeboren kind toevoegen: ${nieuw.status} ${JSON.stringify(nieuw.body)}`);
    await inloggen(page, url, "fatima");
    await page.goto(`${url}/huishoudens/${id}`);
    const kaart = page.locator("section.regie-kaart");
    await kaart.waitFor();
    const tekst = await kaart.innerText();
    for (const deel of ["Niveau 3", "oranje", "Veiligheidsplan", "verplicht", "profiel B", "Bestuurlijk verantwoordelijk", "wethouder"]) {
      verwacht(tekst.includes(deel), `de kaart noemt "${deel}" niet:\n${tekst}`);
    }
    const leden = await page.locator("section[aria-labelledby=leden-titel] tbody tr").allInnerTexts();
    verwacht(leden.some((r) => /\(ongeboren\) Test\s+kind\s+ongeboren, verwacht/.test(r)), `geen ongeboren kind: ${leden}`);
    verwacht(leden.some((r) => /\d+ jaar/.test(r)), `geen leeftijd in jaren: ${leden}`);
    await scherm(page, ctx, "04-huishouden-regiekaart");
  },

  async "wie niet betrokken is, opent het huishouden niet, ook niet via de URL"(ctx) {
    const { page, url } = ctx;
    const h = await huishoudenVanFatimaNietVanJeroen(url);
    await inloggen(page, url, "jeroen");
    const links = await page.locator("table.regie-caseload a").allInnerTexts();
    verwacht(!links.includes(h.naam), "het huishouden staat in Jeroens lijst");
    await page.goto(`${url}/huishoudens/${h.id}`);
    await page.getByRole("heading", { level: 1, name: "U hebt geen toegang tot dit huishouden" }).waitFor();
    const inhoud = await page.locator("main").innerText();
    verwacht(!inhoud.includes(h.naam), "de naam van het huishouden staat op het scherm");
    await scherm(page, ctx, "05-geen-toegang");
  },

  async "een verlopen sessie: opnieuw inloggen in een venster, het getypte blijft staan"(ctx) {
    const { page, context, url } = ctx;
    await inloggen(page, url, "fatima");
    await page.getByLabel("Achternaam").fill("Bos");
    await context.clearCookies();
    await page.getByLabel("Niveau", { exact: true }).selectOption("2");
    const dialoog = page.getByRole("dialog", { name: "Uw sessie is verlopen" });
    await dialoog.waitFor();
    await scherm(page, ctx, "06-sessie-verlopen");
    await dialoog.getByLabel("Gebruikersnaam").fill("fatima");
    await dialoog.getByLabel("Wachtwoord").fill(WACHTWOORD);
    await dialoog.getByRole("button", { name: "Inloggen" }).click();
    await dialoog.waitFor({ state: "detached" });
    await page.waitForFunction(() =>
      [...document.querySelectorAll("table.regie-caseload tbody tr td:nth-child(2)")].every((td) =>
        td.textContent.includes("Niveau 2"),
      ),
    );
    verwacht((await page.getByLabel("Achternaam").inputValue()) === "Bos", "de zoekterm is verloren");
    // And the refreshed session works for changes too (a new CSRF token).
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.locator("form.regie-zoeken [role=status]").waitFor();
  },

  async "zoeken: termen in de body; een onbekend huishouden geeft alleen een contactpersoon"(ctx) {
    const { page, url } = ctx;
    const h = await huishoudenVanFatimaNietVanJeroen(url);
    const achternaam = h.naam.replace(/^Gezin /, "");
    await inloggen(page, url, "jeroen");
    const verzoeken = [];
    page.on("request", (r) => verzoeken.push(r.url()));
    await page.getByLabel("Achternaam").fill(achternaam);
    await page.getByRole("button", { name: "Zoeken" }).click();
    const uitslag = page.locator("form.regie-zoeken [role=status]");
    await uitslag.waitFor();
    const tekst = await uitslag.innerText();
    verwacht(/niet betrokken/.test(tekst), `geen melding over betrokkenheid: ${tekst}`);
    verwacht(!verzoeken.some((u) => u.toLowerCase().includes(achternaam.toLowerCase())), "zoekterm in een URL");
    await page.getByLabel("BSN").fill("12345");
    await page.getByRole("button", { name: "Zoeken" }).click();
    const samenvatting = await page.locator("form.regie-zoeken [role=alert]").innerText();
    verwacht(/BSN: .*burgerservicenummer/.test(samenvatting), `de melding noemt het veld niet: ${samenvatting}`);
    const bijHetVeld = await page.getByLabel("BSN").evaluate((el) =>
      el.getAttribute("aria-describedby").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" "));
    verwacht(/burgerservicenummer/.test(bijHetVeld), `geen melding bij het BSN-veld: ${bijHetVeld}`);
    await scherm(page, ctx, "07-zoeken-fout");
  },

  async "de agendahouder begint bij de implementatie, de beheerder krijgt uitleg; geen van beiden ziet huishoudens"(ctx) {
    const { page, context, url } = ctx;
    await inloggen(page, url, "ingrid", "Implementatie van de werkwijze");
    verwacht((await page.getByRole("link", { name: "Mijn huishoudens" }).count()) === 0, "een link naar huishoudens");
    verwacht((await page.locator("[role=alert]").count()) === 0, "een foutmelding op het scherm");
    await scherm(page, ctx, "08-agendahouder");
    await context.clearCookies();
    await inloggen(page, url, "henk", "Welkom bij Regie");
    verwacht((await page.getByRole("link", { name: "Mijn acties" }).count()) === 0, "acties voor een beheerder");
    verwacht((await page.locator("[role=alert]").count()) === 0, "een foutmelding op het scherm voor de beheerder");
  },

  async "een manager begint bij zijn team, met zoeken en zonder wat de server hem weigert"(ctx) {
    const { page, url } = ctx;
    await inloggen(page, url, "sanne", "Mijn team");
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    verwacht((await menu.getByRole("link", { name: "Mijn huishoudens" }).count()) === 0, "een link naar een caseload");
    verwacht((await page.getByRole("link", { name: "Nieuw huishouden" }).count()) === 0, "een knop om aan te melden");
    verwacht((await page.locator("[role=alert]").count()) === 0, "een foutmelding op het scherm");
    await page.getByRole("heading", { level: 2, name: "Een huishouden zoeken" }).waitFor();
    await menu.getByRole("link", { name: "Mijn team" }).click();
    await page.getByRole("heading", { level: 1, name: "Mijn team" }).waitFor();
    await scherm(page, ctx, "09-manager-start");
  },

  async "toetsenbord: eerst de link naar de inhoud, en elke knop heeft een zichtbare focus"({ page, url }) {
    await inloggen(page, url, "fatima");
    await page.keyboard.press("Tab");
    const eerste = await page.evaluate(() => document.activeElement?.textContent);
    verwacht(eerste === "Naar de inhoud", `eerste tabstop: ${eerste}`);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const stijl = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return `${s.outlineStyle} ${s.outlineWidth}`;
    });
    verwacht(!stijl.startsWith("none") && stijl !== "solid 0px", `geen zichtbare focus: ${stijl}`);
  },
  // Near the end: it adds an organisation to the demo gemeente that the other tests share.
  "beheer: organisaties en teams aanmaken, een fout bij het veld": beheerOrganisatiesEnTeams,
  "inloggen via de inlogdienst van de gemeente (OIDC), uitloggen daar, de instellingen van de beheerder": inloggenViaInlogdienst,
  // Last: it adds 100 professionals to the demo gemeente that the other tests share.
  "dagelijks werk: meer dan 100 medewerkers, en de keuzelijst biedt ze allemaal": allePersoneelInDeKeuzelijst,
};
