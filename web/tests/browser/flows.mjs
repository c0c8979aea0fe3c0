// Flows 3 and 4 of the issue, and the remaining screens each visited once with axe.

import { apiSessie, inloggen, kInzet, scherm, verwacht } from "./hulp.mjs";

async function gezinBos(url) {
  const fatima = await apiSessie(url, "fatima");
  const { body } = await fatima("GET", "/mij/huishoudens?paginaGrootte=100");
  const h = body.items.find((x) => x.naam === "Gezin Bos");
  verwacht(h, "Gezin Bos ontbreekt in de demo");
  return h.id;
}

/** Flow 3: a shielded part of the Veiligheidsplan is invisible to a colleague not named on it. */
export async function flow3(ctx) {
  const { page, context, url } = ctx;
  const id = await gezinBos(url);
  const geheim = "Schuiladres: Lindelaan 12, alleen via de procesregisseur";
  await inloggen(page, url, "fatima");
  await page.goto(`${url}/huishoudens/${id}/veiligheidsplan`);
  await page.getByRole("heading", { level: 1, name: "Veiligheidsplan: Gezin Bos" }).waitFor();
  await page.getByRole("button", { name: "Afgeschermd deel toevoegen" }).click();
  const deel = page.getByRole("group", { name: "Afgeschermd deel 1" });
  await deel.getByLabel("Titel").fill("Opvangadres");
  await deel.getByLabel("Inhoud").fill(geheim);
  await deel.getByLabel(/Fatima El Amrani/).check();
  await deel.getByRole("group", { name: "Afgeschermd tegen" }).getByRole("checkbox").first().check();
  await scherm(page, ctx, "20-veiligheidsplan-afgeschermd");
  await page.getByRole("button", { name: "Veiligheidsplan opslaan als nieuwe versie" }).click();
  await page.getByText(/Versie \d+ is opgeslagen/).waitFor();

  // Tom, casusregisseur in the same household, not named on the part.
  await context.clearCookies();
  await inloggen(page, url, "tom");
  await page.goto(`${url}/huishoudens/${id}/veiligheidsplan`);
  await page.getByRole("heading", { level: 1, name: "Veiligheidsplan: Gezin Bos" }).waitFor();
  const inhoud = await page.locator("main").innerText();
  verwacht(!inhoud.includes("Lindelaan") && !inhoud.includes("Opvangadres"), "Tom ziet het afgeschermde deel");
  verwacht((await page.getByRole("group", { name: /Afgeschermd deel/ }).count()) === 0, "Tom ziet een afgeschermd deel");
  await scherm(page, ctx, "21-veiligheidsplan-zonder-afgeschermd");
  // Tom saves a new version; the part he cannot see stays as it was.
  await page.getByRole("button", { name: "Afspraak toevoegen" }).click();
  const afspraken = page.getByRole("group", { name: /^Afspraak \d+$/ });
  const nieuw = afspraken.last();
  await nieuw.getByLabel("Wie", { exact: true }).fill("Tom");
  await nieuw.getByLabel("Wat", { exact: true }).fill("Belt elke vrijdag met moeder.");
  await page.getByRole("button", { name: "Veiligheidsplan opslaan als nieuwe versie" }).click();
  await page.getByText(/Versie \d+ is opgeslagen/).waitFor();
  const tomsAntwoord = await page.locator("main").innerText();
  verwacht(!tomsAntwoord.includes("Lindelaan"), "het antwoord op Toms opslaan bevat het afgeschermde deel");

  await context.clearCookies();
  await inloggen(page, url, "fatima");
  await page.goto(`${url}/huishoudens/${id}/veiligheidsplan`);
  await page.getByRole("group", { name: "Afgeschermd deel 1" }).waitFor();
  verwacht((await page.getByRole("group", { name: "Afgeschermd deel 1" }).getByLabel("Inhoud").inputValue()) === geheim,
    "het afgeschermde deel is niet bewaard gebleven");
  const tegen = page.getByRole("group", { name: "Afgeschermd deel 1" }).getByRole("group", { name: "Afgeschermd tegen" });
  verwacht(await tegen.getByRole("checkbox", { checked: true }).count() === 1, "tegen wie het deel afschermt, is niet bewaard");
}

/** Flow 4: the manager resolves an escalation. */
export async function flow4(ctx) {
  const { page, url } = ctx;
  await inloggen(page, url, "sanne", "Mijn team");
  await page.getByRole("heading", { level: 1, name: "Mijn team" }).waitFor();
  await scherm(page, ctx, "30-manager");
  await page.getByRole("link", { name: "Gezin Bos" }).click();
  await page.getByRole("heading", { level: 1, name: "Escalaties: Gezin Bos" }).waitFor();
  await page.getByText(/Geopend door /).waitFor();  // who opened it
  await page.getByLabel("Welke partij informeert u nu?").selectOption("wethouder");
  await page.getByLabel("Wie heeft u gesproken? (naam of functie)").fill("Wethouder zorg");
  await page.getByLabel("Toelichting").fill("De wethouder is gebeld en zet de directeuren om tafel.");
  await page.getByRole("button", { name: "Vastleggen dat deze partij is geïnformeerd" }).click();
  await page.getByText(/wethouder geïnformeerd op .* \(Wethouder zorg\) door Sanne/).waitFor();
  await scherm(page, ctx, "31-escalatie");
  await page.getByLabel("Uitkomst").fill("Afspraak gemaakt: de zorgaanbieder levert de bodemeisen binnen twee weken.");
  await page.getByRole("button", { name: "Escalatie sluiten" }).click();
  await page.getByText(/Uitkomst: Afspraak gemaakt/).waitFor();
  // A manager handles escalations but opens none: that is the regisseurs' (the server refuses him).
  verwacht((await page.getByRole("heading", { name: "Escaleren" }).count()) === 0, "een manager kan een escalatie openen");
  const gesloten = await page.locator("main").innerText();
  verwacht(/Uitkomst: Afspraak gemaakt/.test(gesloten), "de gesloten escalatie staat er niet");
  await page.getByRole("link", { name: "Mijn team" }).click();
  await page.getByText("Geen open escalaties.").waitFor();
}

/** Safety, history and print screens, reached from the household page. */
export async function overigeSchermen(ctx) {
  const { page, url } = ctx;
  const id = await gezinBos(url);
  // Gezin Bos has an open escalation and a history; its measures are done. A fresh household at level 3
  // with a signal has open measures to work on.
  const fatima = await apiSessie(url, "fatima");
  const nieuw = (await fatima("POST", "/huishoudens", { naam: "Gezin Maatregel", inzet: kInzet })).body.id;
  const taxatie = await fatima("POST", `/huishoudens/${nieuw}/taxaties`, {
    draagkracht: "deels_uit_balans", zelfredzaamheid: "beperkt", basiszorgToereikend: false, veiligheid: "signalen",
    ketenoverstijgendNodig: false, escalatie: "geen", signalen: [{ type: "stalking", acuut: false }],
  });
  const versie = (await fatima("GET", `/huishoudens/${nieuw}`)).body.versie;
  const besluit = await fatima("POST", `/huishoudens/${nieuw}/niveaubesluiten`, { taxatieId: taxatie.body.id, niveau: 3, versie });
  verwacht(besluit.status === 201, `besluit: ${besluit.status} ${JSON.stringify(besluit.body)}`);
  await inloggen(page, url, "fatima");
  await page.goto(`${url}/huishoudens/${nieuw}`);
  await page.getByRole("link", { name: "Signalen, maatregelen en meldcode", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Veiligheid: Gezin Maatregel" }).waitFor();
  const maatregel = page.locator("form.regie-maatregel").first();
  await maatregel.getByLabel("Niet van toepassing (met reden)").check();
  await maatregel.getByLabel("Waarom niet?").fill("te kort");
  await maatregel.getByRole("button", { name: "Opslaan" }).click();
  await maatregel.locator(".utrecht-form-field-error-message").waitFor();
  await page.getByRole("button", { name: "Meldcode-traject starten" }).click();
  await page.getByRole("form", { name: "Stap 1 vastleggen" }).waitFor();
  await page.getByLabel("Wie waren erbij").fill("Fatima en Tom");
  await page.getByLabel("Uitkomst").fill("Signalen van huiselijk geweld vastgelegd in het dossier.");
  await page.getByRole("button", { name: "Stap 1 vastleggen" }).click();
  await page.getByRole("form", { name: "Stap 2 vastleggen" }).waitFor();
  await scherm(page, ctx, "40-veiligheid");
  await page.goto(`${url}/huishoudens/${id}`);
  await page.getByRole("link", { name: "Geschiedenis" }).click();
  await page.getByRole("heading", { name: "Wie het dossier opende" }).waitFor();
  await page.locator("table tbody tr").first().waitFor();
  await scherm(page, ctx, "41-geschiedenis");
  await page.getByRole("link", { name: "← Gezin Bos" }).click();
  await page.getByRole("link", { name: "Plan afdrukken" }).click();
  await page.getByRole("heading", { level: 1, name: "Ons plan — Gezin Bos" }).waitFor();
  await page.emulateMedia({ media: "print" });
  verwacht(!(await page.locator("header.regie-kop").isVisible()), "de kopbalk staat op de afdruk");
  await page.emulateMedia({ media: "screen" });
  await scherm(page, ctx, "42-afdrukken");
}

/** Who is around the household: network, an involved professional, regisseurs checked against the
 *  level's profile, and the phase. */
export async function samenstelling(ctx) {
  const { page, url } = ctx;
  const fatima = await apiSessie(url, "fatima");
  const id = (await fatima("POST", "/huishoudens", { naam: "Gezin Samenstelling", inzet: kInzet })).body.id;
  const taxatie = await fatima("POST", `/huishoudens/${id}/taxaties`, {
    draagkracht: "deels_uit_balans", zelfredzaamheid: "beperkt", basiszorgToereikend: false, veiligheid: "signalen",
    ketenoverstijgendNodig: false, escalatie: "geen",
  });
  const versie = (await fatima("GET", `/huishoudens/${id}`)).body.versie;
  verwacht((await fatima("POST", `/huishoudens/${id}/niveaubesluiten`, { taxatieId: taxatie.body.id, niveau: 3, versie })).status === 201, "besluit");

  await inloggen(page, url, "fatima");
  await page.goto(`${url}/huishoudens/${id}`);
  const netwerk = page.getByRole("form", { name: "Iemand uit het netwerk toevoegen" });
  await netwerk.getByLabel("Naam").fill("Oma Wil");
  await netwerk.getByLabel("Relatie tot het huishouden").fill("grootmoeder");
  await netwerk.getByRole("button", { name: "Toevoegen aan het netwerk" }).click();
  await page.locator("section[aria-labelledby=netwerk-titel]").getByText("Oma Wil (grootmoeder)").waitFor();

  const betrekken = page.getByRole("form", { name: "Een professional betrekken" });
  await betrekken.getByLabel("Wie").selectOption({ label: "Jeroen Bakker (Sociaal Wijkteam Zuiderveen)" });
  await betrekken.getByLabel("Wat doet deze professional?").fill("gezinscoach");
  await betrekken.getByRole("button", { name: "Betrekken" }).click();
  await page.locator("section[aria-labelledby=betrokken-titel]").getByText("Jeroen Bakker").waitFor();

  // Jeroen has profile A; level 3 asks B. The form says so, and the server refuses.
  const aanwijzen = page.getByRole("form", { name: "Een regisseur aanwijzen" });
  await aanwijzen.getByLabel("Procesregie").check();
  const opties = await aanwijzen.getByLabel("Wie (uit de betrokken professionals)").locator("option").allInnerTexts();
  verwacht(opties.some((o) => /Jeroen Bakker — profiel A \(vraagt B\)/.test(o)), `geen profielcheck: ${opties}`);
  verwacht(opties.some((o) => /Fatima El Amrani — profiel B \(voldoet\)/.test(o)), `geen profielcheck: ${opties}`);
  await aanwijzen.getByLabel("Wie (uit de betrokken professionals)").selectOption({ label: opties.find((o) => o.startsWith("Jeroen")) });
  await aanwijzen.getByRole("button", { name: "Aanwijzen" }).click();
  await aanwijzen.getByRole("alert").waitFor();
  await scherm(page, ctx, "16-regisseur-profielcheck");
  await aanwijzen.getByLabel("Wie (uit de betrokken professionals)").selectOption({ label: opties.find((o) => o.startsWith("Fatima")) });
  await aanwijzen.getByRole("button", { name: "Aanwijzen" }).click();
  await page.locator("section[aria-labelledby=regie-titel]").getByText(/Procesregie:\s*Fatima El Amrani/).waitFor();
  const taken = await page.locator("section.regie-taken").innerText();
  verwacht(!/procesregisseur/i.test(taken), `de taak voor de procesregisseur staat er nog: ${taken}`);

  await page.getByRole("button", { name: "Naar voorbereiding" }).click();
  await page.locator(".regie-kop-gegevens").getByText("Voorbereiding").waitFor();

  // A child on the way, later born; and a note.
  const lid = page.getByRole("form", { name: "Een gezinslid toevoegen" });
  await lid.getByLabel("Voornaam").fill("(ongeboren)");
  await lid.getByLabel("Achternaam").fill("Samenstelling");
  await lid.getByLabel("Relatie").selectOption("kind");
  await lid.getByLabel("Nog niet geboren").check();
  await lid.getByLabel("Verwachte geboortedatum").fill(new Date(Date.now() + 30 * 864e5).toISOString().slice(0, 10));
  await lid.getByRole("button", { name: "Gezinslid toevoegen" }).click();
  const geboorte = page.getByRole("form", { name: "Geboorte van (ongeboren) Samenstelling vastleggen" });
  await geboorte.waitFor();
  await geboorte.getByLabel("Voornaam").fill("Noor");
  await geboorte.getByLabel("Geboren op").fill(new Date(Date.now() - 2 * 864e5).toISOString().slice(0, 10));
  await geboorte.getByRole("button", { name: "Geboorte vastleggen" }).click();
  const noor = page.locator("section[aria-labelledby=leden-titel] tbody tr", { hasText: "Noor Samenstelling" });
  await noor.waitFor();
  verwacht(/kind\s+0 maanden/.test(await noor.innerText()), `leeftijd na de geboorte: ${await noor.innerText()}`);
  const notitie = page.getByRole("form", { name: "Notitie toevoegen" });
  await notitie.getByLabel("Nieuwe notitie").fill("Oma Wil past twee middagen per week op.");
  await notitie.getByRole("button", { name: "Notitie toevoegen" }).click();
  await page.getByText(/Fatima El Amrani: Oma Wil past twee middagen per week op\./).waitFor();
  await scherm(page, ctx, "09-huishouden-samenstelling");
}

/** Quality findings follow the text while writing, before anything is saved. */
export async function kwaliteitTijdensSchrijven(ctx) {
  const { page, url } = ctx;
  const fatima = await apiSessie(url, "fatima");
  const id = (await fatima("POST", "/huishoudens", { naam: "Gezin Schrijven", inzet: kInzet })).body.id;
  await inloggen(page, url, "fatima");
  await page.goto(`${url}/huishoudens/${id}/ondersteuningsplan`);
  await page.getByText("Nog geen plan: dit wordt versie 1.").waitFor();
  await page.getByRole("button", { name: "Doel toevoegen" }).click();
  const doel = page.getByRole("group", { name: "Doel 1", exact: true });
  await doel.getByLabel("Wat wil het huishouden bereiken?").fill("Weer een vaste dagbesteding");
  const zonderDatum = doel.getByText("Dit doel heeft nog geen streefdatum.");
  await zonderDatum.waitFor();
  await scherm(page, ctx, "18-kwaliteit-tijdens-schrijven");
  await doel.getByLabel("Streefdatum").fill(new Date(Date.now() + 60 * 864e5).toISOString().slice(0, 10));
  await zonderDatum.waitFor({ state: "detached" });
  verwacht((await fatima("GET", `/huishoudens/${id}/ondersteuningsplan`)).status === 404, "er is iets opgeslagen");
}

/** Implementation plans: the agendahouder starts and keeps the gemeente's; an aandachtsfunctionaris his
 *  organisation's, which the agendahouder then sees in the overview. */
export async function implementatie(ctx) {
  const { page, context, url } = ctx;
  const inloggenAls = (wie, kop) => inloggen(page, url, wie, kop);
  await inloggenAls("ingrid", "Implementatie van de werkwijze");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Implementatie" }).click();
  await page.getByRole("button", { name: "Plan van de gemeente starten" }).click();
  await page.getByRole("heading", { level: 1, name: "Implementatieplan: de gemeente" }).waitFor();
  const secties = await page.locator("main h2").allInnerTexts();
  for (const s of ["A. Commitment en ambitie", "G. Onderhoud"]) verwacht(secties.includes(s), `geen sectie ${s}: ${secties}`);

  const sectieA = page.locator("section[aria-labelledby=sectie-A]");
  const eerste = sectieA.locator("form").first();
  await eerste.getByLabel("Wie").fill("Ingrid Mulder");
  await eerste.getByLabel("Stand").selectOption("gereed");
  await eerste.getByRole("button", { name: "Opslaan" }).click();
  await sectieA.getByText(/1 van 9 gereed \(11%\)/).waitFor();

  // Not applicable needs a reason, named at the field.
  const optioneel = sectieA.locator("form", { hasText: "(optioneel)" }).first();
  await optioneel.getByLabel("Stand").selectOption("niet_van_toepassing");
  await optioneel.getByLabel("Waarom niet van toepassing?").fill("nee");
  await optioneel.getByRole("button", { name: "Opslaan" }).click();
  await optioneel.locator(".utrecht-form-field-error-message").waitFor();
  await optioneel.getByLabel("Waarom niet van toepassing?").fill("De lokale overleggen zijn al afgestemd.");
  await optioneel.getByRole("button", { name: "Opslaan" }).click();
  await sectieA.getByText(/1 van 8 gereed \(12%\)/).waitFor();

  const eigen = page.getByRole("form", { name: "Eigen actie toevoegen" });
  await eigen.getByLabel("Sectie").selectOption("F");
  await eigen.getByLabel("Actie").fill("Jaarlijkse rapportage aan de raad");
  await eigen.getByRole("button", { name: "Toevoegen" }).click();
  await page.locator("section[aria-labelledby=sectie-F]").getByText("Jaarlijkse rapportage aan de raad").waitFor();
  const moment = page.getByRole("form", { name: "Moment vastleggen" });
  await moment.getByLabel("Wat").selectOption("dialoogsessie");
  await moment.getByLabel("Wie waren erbij").fill("Gemeente, wijkteam, jeugdzorg en twee ervaringsdeskundigen");
  await moment.getByLabel("Bevindingen").fill("De regiekaart is bekend; de meldcode wordt nog niet overal gebruikt.");
  await moment.getByRole("button", { name: "Vastleggen" }).click();
  await page.getByText(/Lokale dialoogsessie, .* — Gemeente, wijkteam/).waitFor();
  await scherm(page, ctx, "50-implementatieplan");

  // An aandachtsfunctionaris (Lisa, De Brug) starts her organisation's plan: sections A–F.
  await context.clearCookies();
  await inloggenAls("lisa", "Mijn team");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Implementatie" }).click();
  verwacht((await page.getByRole("link", { name: "De gemeente" }).count()) === 0, "de aandachtsfunctionaris ziet het plan van de gemeente");
  await page.getByRole("button", { name: "Plan van mijn organisatie starten" }).click();
  await page.getByRole("heading", { level: 1, name: /Implementatieplan: Jeugd- en Gezinszorg De Brug/ }).waitFor();
  verwacht((await page.locator("section[aria-labelledby=sectie-G]").count()) === 0, "een organisatieplan met sectie G");

  // The agendahouder sees both in the overview, without changing the organisation's.
  await context.clearCookies();
  await inloggenAls("ingrid", "Implementatie van de werkwijze");
  await page.goto(`${url}/implementatie`);
  await page.getByRole("link", { name: "Jeugd- en Gezinszorg De Brug" }).waitFor();
  await scherm(page, ctx, "51-implementatie-overzicht");
  await page.getByRole("link", { name: "Jeugd- en Gezinszorg De Brug" }).click();
  await page.getByText("U kunt dit plan lezen; bijwerken doet de eigenaar van het plan.").waitFor();
  verwacht((await page.getByRole("button", { name: "Opslaan" }).count()) === 0, "de agendahouder kan het organisatieplan bewerken");
}

export async function basiseisen(ctx) {
  const { page, context, url } = ctx;
  const menu = (naam) => page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: naam }).click();
  const brugCel = (n) => page.locator("table.regie-basiseisen tbody tr", { hasText: "Jeugd- en Gezinszorg De Brug" }).locator("td").nth(n);

  // The agendahouder records a requirement for De Brug: met needs evidence, named at the field.
  await inloggen(page, url, "ingrid", "Implementatie van de werkwijze");
  await menu("Basiseisen");
  await page.getByRole("heading", { level: 2, name: "Naleving per organisatie" }).waitFor();
  const brug = page.getByRole("form", { name: "Basiseis vastleggen voor Jeugd- en Gezinszorg De Brug" });
  await brug.getByRole("button", { name: "Vastleggen" }).click();
  await brug.locator(".utrecht-form-field-error-message").waitFor();
  await brug.getByLabel("Waaruit blijkt het").fill("Vastgesteld in het managementoverleg; verslag in het archief.");
  await brug.getByRole("button", { name: "Vastleggen" }).click();
  await brug.getByRole("status").waitFor();
  verwacht((await brugCel(0).innerText()).startsWith("Voldaan"), `eerste eis van De Brug: ${await brugCel(0).innerText()}`);
  // Derived, not ticked: the gemeente's OOV team has no aandachtsfunctionaris account, whatever one records.
  const oov = page.getByRole("form", { name: "Basiseis vastleggen voor Gemeente Zuiderveen, Openbare Orde en Veiligheid" });
  await oov.getByLabel("Basiseis").selectOption("aandachtsfunctionaris_benoemd");
  await oov.getByLabel("Waaruit blijkt het").fill("Benoemd in het afdelingsoverleg.");
  await oov.getByRole("button", { name: "Vastleggen" }).click();
  await oov.getByRole("status").waitFor();
  const oovCel = page.locator("table.regie-basiseisen tbody tr", { hasText: "Openbare Orde en Veiligheid" }).locator("td").nth(1);
  const oovTekst = await oovCel.innerText();
  verwacht(oovTekst.startsWith("Niet voldaan") && /gegevens in Regie zeggen anders/.test(oovTekst), `aandachtsfunctionaris van OOV: ${oovTekst}`);

  // The same matrix as files.
  const csv = await page.request.get(`${url}/api/v1/basiseisen/export?formaat=csv`);
  verwacht(csv.status() === 200 && (await csv.text()).includes("Jeugd- en Gezinszorg De Brug;voldaan;"), "CSV zonder de vastgelegde eis");
  const xlsx = await page.request.get(`${url}/api/v1/basiseisen/export?formaat=xlsx`);
  verwacht((await xlsx.body()).subarray(0, 2).toString() === "PK", "XLSX is geen werkmap");
  await scherm(page, ctx, "52-basiseisen");

  // De Brug's aandachtsfunctionaris: the training requirement follows from the plan and every regisseur's training.
  await context.clearCookies();
  await inloggen(page, url, "lisa", "Mijn team");
  await menu("Basiseisen");
  const eigen = page.getByRole("form", { name: "Basiseis vastleggen voor Jeugd- en Gezinszorg De Brug" });
  await eigen.getByLabel("Basiseis").selectOption("scholing_op_orde");
  await eigen.getByLabel("Waaruit blijkt het").fill("Meerjarig opleidingsplan 2026–2028.");
  await eigen.getByRole("button", { name: "Vastleggen" }).click();
  await eigen.getByRole("status").waitFor();
  verwacht((await brugCel(4).innerText()).startsWith("Niet voldaan"), "scholing voldaan zonder getrainde regisseurs");
  for (const naam of ["Tom Verhoeven", "Youssef Benali"]) {
    const rij = page.locator("tr", { hasText: naam });
    await rij.getByRole("button", { name: "Vastleggen" }).click();
    await rij.getByText(/Gevolgd op/).waitFor();
  }
  await page.waitForFunction(() => document.querySelectorAll("table.regie-basiseisen tbody tr td")[4]?.textContent.startsWith("Voldaan"));

  // And she assesses Youssef against casusregisseur A: every area meets it, so it becomes his certification.
  await menu("Competenties");
  await page.getByLabel("Regisseur").selectOption({ label: "Youssef Benali" });
  const form = page.getByRole("form", { name: "Beoordeling van Youssef Benali" });
  const vragen = await form.locator(".regie-keuze").all();
  verwacht(vragen.length >= 7, `${vragen.length} competentiegebieden`);
  for (const vraag of vragen) await vraag.getByLabel("Voldoet").check();
  await form.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  await page.getByText("het profiel geldt nu als certificering").waitFor();
  // The history holds the demo's own assessment (from the set-up) and this one, newest first.
  await page.waitForFunction(() =>
    [...document.querySelectorAll("li")].filter((li) => /Casusregisseur A — positief, gecertificeerd/.test(li.textContent)).length === 2);
  await scherm(page, ctx, "53-competenties");
}

export async function monitoring(ctx) {
  const { page, context, url } = ctx;
  await inloggen(page, url, "ingrid", "Implementatie van de werkwijze");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Monitoring" }).click();
  await page.getByRole("heading", { level: 1, name: "Monitoring" }).waitFor();
  await page.getByRole("button", { name: "Nu bijwerken" }).click();
  await page.getByText(/Cijfers bijgewerkt op/).waitFor();
  for (const groep of ["Niveaus", "Plannen", "Samenwerking", "Regisseurs", "Veiligheid"])
    await page.getByRole("heading", { level: 2, name: groep }).waitFor();

  // Every chart is an image with a description and has its figures as a table; the demo's small numbers are "< 5".
  const figuren = page.locator("figure.regie-figuur");
  verwacht((await figuren.count()) >= 15, `${await figuren.count()} figuren`);
  verwacht((await page.locator("figure.regie-figuur canvas[role=img][aria-label]").count()) === (await figuren.count()), "een grafiek zonder beschrijving");
  const niveaus = figuren.filter({ hasText: "Lopende huishoudens per niveau" });
  await niveaus.getByText("Als tabel").click();
  const cellen = await niveaus.locator("td").allInnerTexts();
  verwacht(cellen.length > 0 && cellen.every((c) => c === "< 5" || c === "afgeschermd" || Number(c) >= 5), `cellen: ${cellen.join(", ")}`);
  verwacht(cellen.includes("< 5"), "geen enkel klein aantal verborgen");
  await scherm(page, ctx, "54-monitoring");
  // Each level in the regiekaart's colour, level 3 orange as everywhere else.
  const cijfers = await (await page.request.get(`${url}/api/v1/monitoring`)).json();
  const kleuren = cijfers.reeksen.find((r) => r.metriek === "niveau").sleutels.map((k) => k.kleur).join();
  verwacht(kleuren === "groen,geel,oranje,rood,donkerrood", `kleuren per niveau: ${kleuren}`);

  // The export says "< 5" as well; a filter goes into the URL.
  const csv = await (await page.request.get(`${url}/api/v1/monitoring/export?formaat=csv`)).text();
  verwacht(csv.includes("Lopende huishoudens per niveau;Niveau 3") && csv.includes("< 5"), "CSV zonder de cijfers");
  await page.getByLabel("Organisatie").selectOption({ label: "Sociaal Wijkteam Zuiderveen" });
  await page.getByRole("button", { name: "Toon cijfers" }).click();
  await page.waitForURL(/organisatieId=/);
  await page.getByText(/Cijfers bijgewerkt op/).waitFor();

  // A period that does not fit is named at the field.
  await page.getByLabel("Van (maand)").fill("2030-01");
  await page.getByRole("button", { name: "Toon cijfers" }).click();
  await page.getByText("De eerste maand ligt na de laatste.").first().waitFor();

  // The yearly report: figures, the implementation status, evaluation notes; printable.
  await page.goto(`${url}/monitoring/jaarverslag?jaar=2026`);
  await page.getByRole("heading", { level: 1, name: "Jaarverslag 1Gezin1Plan1Regisseur 2026" }).waitFor();
  await page.getByRole("heading", { level: 2, name: "Stand van de implementatie" }).waitFor();
  await page.getByRole("button", { name: "Afdrukken of bewaren als PDF" }).waitFor();
  await scherm(page, ctx, "55-jaarverslag");

  // An aandachtsfunctionaris sees his own organisation, without the choice of another.
  await context.clearCookies();
  await inloggen(page, url, "lisa", "Mijn team");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Monitoring" }).click();
  await page.getByRole("heading", { level: 2, name: "Niveaus" }).waitFor();
  verwacht((await page.getByLabel("Organisatie").count()) === 0, "de aandachtsfunctionaris kiest een andere organisatie");
  verwacht((await page.getByRole("button", { name: "Nu bijwerken" }).count()) === 0, "de aandachtsfunctionaris werkt de cijfers bij");
  await scherm(page, ctx, "56-monitoring-aandachtsfunctionaris");
}
