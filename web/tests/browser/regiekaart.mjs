// The regiekaart as its level texts write it: a household does not leave a level until that level's own
// conditions hold, and the advice screen says which do not yet.

import { apiSessie, inloggen, kInzet, scherm, toegankelijk, verwacht } from "./hulp.mjs";

/** Level 2, capacity back in balance but still not self-reliant: the advice keeps level 2 and names what is
 *  missing for level 1. */
export async function nogNietAfschalen(ctx) {
  const { page, url } = ctx;
  const fatima = await apiSessie(url, "fatima");
  const id = (await fatima("POST", "/huishoudens", { naam: "Gezin Blijft Twee", inzet: kInzet })).body.id;
  const taxatie = await fatima("POST", `/huishoudens/${id}/taxaties`, {
    draagkracht: "deels_uit_balans", zelfredzaamheid: "beperkt", basiszorgToereikend: false, veiligheid: "veilig",
    ketenoverstijgendNodig: false, escalatie: "geen",
  });
  const versie = (await fatima("GET", `/huishoudens/${id}`)).body.versie;
  const besluit = await fatima("POST", `/huishoudens/${id}/niveaubesluiten`, { taxatieId: taxatie.body.id, niveau: 2, versie });
  verwacht(besluit.status === 201, `besluit: ${besluit.status} ${JSON.stringify(besluit.body)}`);

  await inloggen(page, url, "fatima");
  await page.goto(`${url}/huishoudens/${id}`);
  await page.getByRole("link", { name: "Taxatie doen" }).click();
  const radio = (vraag, antwoord) => page.getByRole("group", { name: vraag }).getByLabel(antwoord, { exact: true }).check();
  await radio("Hoe is de balans tussen wat het huishouden draagt en aankan?", "In balans");
  await radio("Hoe goed redt het huishouden zich zelf?", "Beperkt");
  await radio("Is de basiszorg (huisarts, school, consultatiebureau) genoeg?", "Nee");
  await radio("Hoe veilig is het?", "Veilig");
  await radio("Moeten zorg- en veiligheidsketen samen optrekken?", "Nee");
  await radio("Is er escalatie of maatschappelijke onrust, in de buurt of in de media?", "Nee");
  await page.getByRole("button", { name: "Advies bekijken" }).click();
  await page.getByRole("heading", { name: /Advies: Niveau 2 .*gelijk blijven/ }).waitFor();
  const blok = page.getByRole("region", { name: "Nog niet naar niveau 1" });
  await blok.waitFor();
  const tekst = await blok.innerText();
  verwacht(/redt zich weer voldoende of volledig zelf/.test(tekst), `zelfredzaamheid niet genoemd:\n${tekst}`);
  verwacht(/Basiszorg is genoeg/.test(tekst), `basiszorg niet genoemd:\n${tekst}`);
  verwacht(!/draagkracht/i.test(tekst), `de draagkracht is al in balans en hoort er niet bij:\n${tekst}`);
  await scherm(page, ctx, "16-nog-niet-afschalen");
}

/** The frame of the help and a compulsory decision: a child protection order cannot name an adult, the
 *  civiele keten is named once the frame is compulsory, and the end date can follow later. */
export async function kaderEnDwangbesluit(ctx) {
  const { page, url } = ctx;
  const fatima = await apiSessie(url, "fatima");
  const r = await fatima("POST", "/huishoudens", {
    naam: "Gezin Kader",
    inzet: kInzet,
    gezinsleden: [
      { voornaam: "Roos", achternaam: "Kader", geboortedatum: "1990-04-01", relatie: "ouder" },
      { voornaam: "Jip", achternaam: "Kader", geboortedatum: "2018-06-01", relatie: "kind" },
    ],
  });
  verwacht(r.status === 201, `huishouden: ${r.status} ${JSON.stringify(r.body)}`);
  const id = r.body.id;
  await inloggen(page, url, "fatima");
  await page.goto(`${url}/huishoudens/${id}`);
  await page.getByRole("link", { name: "Kader en dwangbesluiten" }).click();
  await page.getByRole("heading", { level: 1, name: "Kader en dwangbesluiten: Gezin Kader" }).waitFor();
  await page.getByText(/Het kader van de hulp nu: vrijwillig/).waitFor();

  const kader = page.getByRole("form", { name: "Kader wijzigen" });
  await kader.getByRole("group", { name: "Welk kader geldt?" }).getByLabel(/^dwang/).check();
  await kader.getByLabel(/^Waarom/).fill("De kinderrechter sprak een ondertoezichtstelling uit.");
  await kader.getByRole("button", { name: "Kader vastleggen" }).click();
  await page.getByText(/Het kader van de hulp nu: dwang/).waitFor();
  await page.getByText(/overlegt u met de civiele keten/).waitFor();

  const besluit = page.getByRole("form", { name: "Dwangbesluit vastleggen" });
  await besluit.getByLabel("Besluit", { exact: true }).selectOption("ondertoezichtstelling");
  await besluit.getByLabel("Genomen door").selectOption("kinderrechter");
  await besluit.getByLabel("Roos Kader").check();
  await besluit.getByLabel("Toelichting").fill("Een jaar, met een gezinsvoogd.");
  await besluit.getByRole("button", { name: "Dwangbesluit vastleggen" }).click();
  await besluit.getByText(/alleen voor kinderen onder de 18/).first().waitFor();
  await besluit.getByLabel("Roos Kader").uncheck();
  await besluit.getByLabel("Jip Kader").check();
  await besluit.getByRole("button", { name: "Dwangbesluit vastleggen" }).click();
  const rij = page.getByRole("row", { name: /Ondertoezichtstelling.*Jip Kader.*kinderrechter/ });
  await rij.waitFor();
  verwacht(/nog onbekend/.test(await rij.innerText()), "de einddatum is niet 'nog onbekend'");
  await scherm(page, ctx, "18-kader-dwangbesluit");
  const over = new Date(Date.now() + 365 * 864e5).toISOString().slice(0, 10);
  await rij.getByLabel("Einddatum", { exact: true }).fill(over);
  await rij.getByRole("button", { name: "Opslaan" }).click();
  await page.getByRole("row", { name: /Ondertoezichtstelling.*Jip Kader/ }).filter({ hasNotText: "nog onbekend" }).waitFor();
  const kaders = (await fatima("GET", `/huishoudens/${id}/kader`)).body;
  verwacht(kaders.kader === "dwang" && kaders.dwangbesluiten[0].einddatum === over, JSON.stringify(kaders));

  // With a level, the household's card consults the civiele keten under this frame (level 3's card alone does
  // not name it).
  const taxatie = await fatima("POST", `/huishoudens/${id}/taxaties`, {
    draagkracht: "deels_uit_balans", zelfredzaamheid: "beperkt", basiszorgToereikend: false, veiligheid: "signalen",
    ketenoverstijgendNodig: false, escalatie: "geen",
  });
  const versie = (await fatima("GET", `/huishoudens/${id}`)).body.versie;
  const niveau = await fatima("POST", `/huishoudens/${id}/niveaubesluiten`, { taxatieId: taxatie.body.id, niveau: 3, versie });
  verwacht(niveau.status === 201, `besluit: ${niveau.status} ${JSON.stringify(niveau.body)}`);
  const dossier = (await fatima("GET", `/huishoudens/${id}`)).body;
  verwacht(dossier.kader === "dwang" && dossier.regiekaart.overleg.includes("civiele_keten"), JSON.stringify(dossier.regiekaart));
  await page.goto(`${url}/huishoudens/${id}`);
  await page.getByText(/Kader van de hulp: dwang/).waitFor();
}

/** Registration records why the method is deployed: no criterion is refused at its field; a
 *  contra-indication must be acknowledged, and then the household is registered and says so. */
export async function inzetBijAanmelding(ctx) {
  const { page, url } = ctx;
  await inloggen(page, url, "fatima");
  await page.getByRole("link", { name: "Nieuw huishouden" }).click();
  await page.getByLabel("Naam van het huishouden").fill("Gezin Contra");
  await page.getByRole("button", { name: "Huishouden opslaan" }).click();
  const criteria = page.getByRole("group", { name: /criteria voor inzet/ });
  await criteria.getByText(/Kies minstens één criterium/).waitFor();
  verwacht(/Inzet, criteria/.test(await page.getByRole("alert").innerText()), "de foutmelding noemt het veld niet");

  await page.getByLabel("Gezinsleden gaan zorg soms uit de weg").check();
  await page.getByLabel("Wil het huishouden meewerken?").selectOption("afwezig_na_motivatietraject");
  await page.getByLabel("Het huishouden is onverschillig over een oplossing").check();
  await page.getByText(/Contra-indicatie:/).waitFor();
  await page.getByRole("button", { name: "Huishouden opslaan" }).click();
  await page.getByText(/Bevestig dat u dit gezien hebt/).first().waitFor();
  verwacht((await page.getByRole("heading", { level: 1, name: "Gezin Contra" }).count()) === 0, "opgeslagen zonder bevestiging");

  await page.getByLabel("Ik heb de contra-indicatie gezien en start bewust").check();
  await page.getByRole("button", { name: "Huishouden opslaan" }).click();
  await page.getByRole("heading", { level: 1, name: "Gezin Contra" }).waitFor();
  const kop = await page.locator(".regie-kop-gegevens").innerText();
  verwacht(/gaan zorg soms uit de weg/.test(kop) && /contra-indicatie gezien/.test(kop), `waarom deze aanpak: ${kop}`);
  await toegankelijk(page, "huishouden met contra-indicatie");
}

/** The safety plan at level 4 or 5 (DOMAIN.md §8): the household's own proposals and whether they were taken
 *  over, and the surroundings; a plan without the surroundings has findings until both are written. */
export async function veiligheidsplanOmgeving(ctx) {
  const { page, url } = ctx;
  const priya = await apiSessie(url, "priya");
  const lijst = (await priya("GET", "/mij/huishoudens?paginaGrootte=100")).body.items;
  // A demo household at level 4 whose plan does not yet say anything about its surroundings.
  let id = null;
  for (const h of lijst.filter((x) => x.niveau === 4)) {
    const vp = await priya("GET", `/huishoudens/${h.id}/veiligheidsplan`);
    if (vp.status === 200 && vp.body.bevindingen.some((b) => b.code === "omgevingsnorm_ontbreekt")) { id = h.id; break; }
  }
  verwacht(id, "geen huishouden op niveau 4 met een veiligheidsplan zonder omgeving");
  await inloggen(page, url, "priya");
  await page.goto(`${url}/huishoudens/${id}/veiligheidsplan`);
  await page.getByRole("heading", { level: 2, name: "De omgeving (niveau 4 en 5)" }).waitFor();
  const kwaliteit = await page.locator(".regie-bevindingen").innerText();
  verwacht(/geen overlast meer is voor de omgeving/.test(kwaliteit) && /buren, school, wijk/.test(kwaliteit), `bevindingen: ${kwaliteit}`);

  // "Taken over" without saying what was proposed is refused at its field.
  await page.getByLabel("Hun eigen voorstellen voor de veiligheid").fill("");
  await page.getByLabel("Overgenomen in dit plan?").selectOption("ja");
  await page.getByRole("button", { name: "Veiligheidsplan opslaan als nieuwe versie" }).click();
  await page.getByText(/Beschrijf eerst wat het huishouden en het netwerk zelf voorstelden/).first().waitFor();

  await page.getByLabel("Hun eigen voorstellen voor de veiligheid").fill("De oudste zoon slaapt bij opa als het thuis onrustig is.");
  await page.getByLabel("Overgenomen in dit plan?").selectOption("deels");
  await page.getByLabel("Wanneer is er geen overlast meer voor de omgeving?").fill("Drie maanden geen klachten van de buren.");
  await page.getByLabel("Hoe worden buren, school en wijk betrokken?").fill("De wijkagent praat elke maand met de buren.");
  await page.getByRole("button", { name: "Veiligheidsplan opslaan als nieuwe versie" }).click();
  await page.getByText(/Versie \d+ is opgeslagen/).waitFor();
  const vp = (await priya("GET", `/huishoudens/${id}/veiligheidsplan`)).body;
  verwacht(vp.eigenVoorstellenOvergenomen === "deels" && /opa/.test(vp.eigenVoorstellen), `eigen voorstellen: ${JSON.stringify(vp)}`);
  verwacht(/buren/.test(vp.omgevingNorm) && /wijkagent/.test(vp.omgevingBetrokken), `omgeving: ${vp.omgevingNorm} / ${vp.omgevingBetrokken}`);
  verwacht(!vp.bevindingen.some((b) => b.code.startsWith("omgeving")), `bevindingen: ${JSON.stringify(vp.bevindingen)}`);
  await toegankelijk(page, "veiligheidsplan op niveau 4");
}

/** The crisis layer of level 5 (DOMAIN.md §4.5): GRIP with phase and dates, the ambtenaar IVZ/OOV as linking
 *  pin who can open the household, and each change a version of its own. */
export async function crisislaag(ctx) {
  const { page, url } = ctx;
  const annelies = await apiSessie(url, "annelies");
  const pinas = (await annelies("GET", "/mij/huishoudens?paginaGrootte=100")).body.items.find((x) => x.naam === "Gezin Pinas");
  verwacht(pinas?.niveau === 5, `Gezin Pinas: ${JSON.stringify(pinas)}`);
  const karim = await apiSessie(url, "karim");
  verwacht((await karim("GET", `/huishoudens/${pinas.id}`)).status === 200, "de schakel kan het huishouden niet openen");

  await inloggen(page, url, "annelies");
  await page.goto(`${url}/huishoudens/${pinas.id}`);
  await page.getByRole("link", { name: "Crisislaag" }).click();
  await page.getByRole("heading", { level: 1, name: "Crisislaag: Gezin Pinas" }).waitFor();
  const gegevens = await page.locator(".regie-kop-gegevens").innerText();
  verwacht(/GRIP 1, vanaf/.test(gegevens) && /Karim Ouali/.test(gegevens) && /Media-aandacht\s+Ja/.test(gegevens), `crisislaag: ${gegevens}`);
  await page.getByText("GRIP geldt: de burgemeester is verantwoordelijk voor het geheel.").waitFor();

  // An end before the start is refused at its field.
  const form = page.getByRole("form", { name: "Crisislaag vastleggen" });
  await form.getByLabel("GRIP tot en met").fill("2020-01-01");
  await form.getByRole("button", { name: "Crisislaag vastleggen" }).click();
  await form.getByText("De einddatum van GRIP ligt vóór de begindatum.").first().waitFor();

  await form.getByLabel("GRIP tot en met").fill("");
  await form.getByLabel("GRIP-fase").selectOption("grip_2");
  await form.getByLabel("Wat is er veranderd?").fill("De veiligheidsregio schaalde op naar GRIP 2.");
  await form.getByRole("button", { name: "Crisislaag vastleggen" }).click();
  await page.getByText(/Vastgelegd als versie 2/).waitFor();
  await page.getByText(/GRIP 2, vanaf .* \(loopt nog\)/).first().waitFor();
  const rijen = await page.locator("table tbody tr").count();
  verwacht(rijen === 2, `${rijen} versies`);
  await toegankelijk(page, "crisislaag");
}

/** The demo's Gezin van Dijk was reassessed with its capacity back in balance but still not self-reliant: it
 *  stayed at level 2, and its history says why (DOMAIN.md §4.3). */
export async function demoBlijftOpTwee(ctx) {
  const { page, url } = ctx;
  const jeroen = await apiSessie(url, "jeroen");
  const h = (await jeroen("GET", "/mij/huishoudens?paginaGrootte=100")).body.items.find((x) => x.naam === "Gezin van Dijk");
  verwacht(h?.niveau === 2, `Gezin van Dijk: ${JSON.stringify(h)}`);
  await inloggen(page, url, "jeroen");
  await page.goto(`${url}/huishoudens/${h.id}/geschiedenis`);
  const tijdlijn = page.locator(".regie-tijdlijn");
  await tijdlijn.waitFor();
  const tekst = await tijdlijn.innerText();
  verwacht(/van niveau 2 naar 2.*Nog niet naar niveau 1: het huishouden redt zich weer voldoende of volledig zelf\./s.test(tekst), `geschiedenis: ${tekst}`);
}

/** Restricted sharing (DOMAIN.md §5 b): the printed plan of a shielded household names the professionals but
 *  shows an organisation and phone only where a regisseur allowed it. */
export async function afgeschermdAfdrukken(ctx) {
  const { page, url } = ctx;
  const annelies = await apiSessie(url, "annelies");
  const pinas = (await annelies("GET", "/mij/huishoudens?paginaGrootte=100")).body.items.find((x) => x.naam === "Gezin Pinas");
  const dossier = (await annelies("GET", `/huishoudens/${pinas.id}`)).body;
  verwacht(dossier.afgeschermd, "Gezin Pinas is niet afgeschermd");
  const b = dossier.betrokkenen.find((x) => x.naam === "Annelies Smit");
  verwacht(b && !b.contactDeelbaar && !b.contactInDocument, `betrokkene: ${JSON.stringify(b)}`);
  await inloggen(page, url, "annelies");
  await page.goto(`${url}/huishoudens/${pinas.id}/afdrukken`);
  const wie = async () => page.locator("article.regie-afdruk ul").last().innerText();
  await page.getByRole("heading", { level: 2, name: "Wie helpt" }).waitFor();
  verwacht(/Annelies Smit/.test(await wie()) && !/Veiligheidshuis/.test(await wie()), `wie helpt: ${await wie()}`);

  await page.goto(`${url}/huishoudens/${pinas.id}`);
  const gedeeld = page.waitForResponse((r) => r.request().method() === "PATCH" && /\/betrokkenen\//.test(r.url()));
  await page.getByLabel("Organisatie en telefoon van Annelies Smit tonen").check();
  verwacht((await gedeeld).status() === 204, "delen niet opgeslagen");
  verwacht((await annelies("GET", `/huishoudens/${pinas.id}`)).body.betrokkenen.find((x) => x.id === b.id).contactInDocument, "niet gedeeld");
  await page.goto(`${url}/huishoudens/${pinas.id}/afdrukken`);
  await page.getByRole("heading", { level: 2, name: "Wie helpt" }).waitFor();
  verwacht(/Annelies Smit, Zorg- en Veiligheidshuis Regio Zuid/.test(await wie()), `wie helpt na delen: ${await wie()}`);
  await toegankelijk(page, "afgedrukt plan, afgeschermd");
}

/** Regional organisations (DOMAIN.md §6, §7): Annelies of the regional Zorg- en Veiligheidshuis works for
 *  Zuiderveen and, on contract, for Noorderhaven. At level 5 her assignment shows the ZVH decision it follows;
 *  in Noorderhaven she sees none of Zuiderveen's households, and going back shows them again. */
export async function regionaleRegisseur(ctx) {
  const { page, url } = ctx;
  const annelies = await apiSessie(url, "annelies");
  const ik = (await annelies("GET", "/mij")).body;
  verwacht(ik.werkgemeenten.map((g) => `${g.naam}:${g.werkrelatie}`).join() === "Zuiderveen:eigen,Noorderhaven:gecontracteerd",
    `werkgemeenten: ${JSON.stringify(ik.werkgemeenten)}`);
  const pinas = (await annelies("GET", "/mij/huishoudens?paginaGrootte=100")).body.items.find((x) => x.naam === "Gezin Pinas");
  await inloggen(page, url, "annelies");
  await page.goto(`${url}/huishoudens/${pinas.id}`);
  await page.locator("section[aria-labelledby=regie-titel]")
    .getByText(/Procesregie:.*Annelies Smit.*op grond van: Besluit van het Zorg- en Veiligheidshuis \(Casusoverleg/).waitFor();
  const keuze = page.getByLabel("Werkgemeente");
  verwacht(await keuze.inputValue() === ik.gemeenteId, "niet in Zuiderveen begonnen");
  await toegankelijk(page, "kop met werkgemeente");

  const gewisseld = page.waitForResponse((r) => r.request().method() === "PUT" && r.url().endsWith("/werkgemeente"));
  await keuze.selectOption({ label: "Noorderhaven (op contract)" });
  verwacht((await gewisseld).status() === 200, "wisselen mislukt");
  await page.waitForURL(`${url}/`);
  await page.getByText("Geen huishoudens gevonden").waitFor();
  verwacht(!(await page.getByText("Gezin Pinas").count()), "Pinas zichtbaar in Noorderhaven");
  await page.goto(`${url}/huishoudens/${pinas.id}`);
  await page.getByText("Dit huishouden bestaat niet").first().waitFor();
  await scherm(page, ctx, "regionaal-noorderhaven");

  await page.getByLabel("Werkgemeente").selectOption({ label: "Zuiderveen" });
  await page.waitForURL(`${url}/`);
  await page.getByText("Gezin Pinas").first().waitFor();
}

/** Restricted sharing (DOMAIN.md §5 a): a professional who is not involved searches and finds Gezin Pinas;
 *  the procesregisseur gets a notification at once, sees the count in the header, and opening it leads to the
 *  household's history and marks it read. */
export async function meldingNaZoeken(ctx) {
  const { page, url } = ctx;
  const youssef = await apiSessie(url, "youssef");
  const hits = (await youssef("POST", "/huishoudens/_zoek", { achternaam: "Pinas" })).body.items;
  verwacht(hits.length === 1 && hits[0].afgeschermd && !hits[0].toegang, `zoekresultaat: ${JSON.stringify(hits)}`);
  const annelies = await apiSessie(url, "annelies");
  const voor = (await annelies("GET", "/mij/meldingen/aantal")).body.ongelezen;
  verwacht(voor >= 1, "geen ongelezen melding");

  await inloggen(page, url, "annelies");
  const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
  const meldingenLink = (n) => menu.getByRole("link", { name: n ? `Meldingen (${n} ongelezen)` : "Meldingen", exact: true });
  await meldingenLink(voor).click();
  await page.getByRole("heading", { level: 1, name: "Meldingen" }).waitFor();
  const melding = page.locator(".regie-melding").filter({ hasText: "Youssef Benali, Jeugd- en Gezinszorg De Brug zocht en vond Gezin Pinas" }).first();
  await melding.waitFor();
  await scherm(page, ctx, "meldingen");
  await melding.getByRole("link", { name: "Bekijken" }).click();
  await page.waitForURL(/\/huishoudens\/[a-z2-7]{26}\/geschiedenis$/);
  await page.waitForFunction(async (n) => {
    const r = await fetch("/api/v1/mij/meldingen/aantal");
    return (await r.json()).ongelezen === n - 1;
  }, voor);
  await meldingenLink(voor - 1).waitFor();
}
