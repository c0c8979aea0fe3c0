// A regisseur's day: what needs attention opens the household page, and "Mijn acties" lists and updates
// what is on her name across households.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { apiSessie, inloggen, kBasisantwoorden, kInzet, scherm, teller, toegankelijk, verwacht } from "./hulp.mjs";

const dag = (dagen) => new Date(Date.now() + dagen * 86400000).toISOString().slice(0, 10);

/** A household with a meldcode under way and an action of Fatima's past its date (set up through the API). */
async function huishoudenDatWacht(url) {
  const fatima = await apiSessie(url, "fatima");
  const ik = (await fatima("GET", "/mij")).body.id;
  const id = (await fatima("POST", "/huishoudens", { naam: "Gezin Wacht", inzet: kInzet })).body.id;
  const plan = await fatima("PUT", `/huishoudens/${id}/ondersteuningsplan`, {
    leefgebieden: [{ leefgebied: "wonen", zorgen: "De huur is drie maanden achter." }],
    doelen: [{
      omschrijving: "De huur wordt op tijd betaald", leefgebied: "wonen", streefdatum: dag(90),
      acties: [{ omschrijving: "Afspraak bij de schuldhulp maken", eigenaar: { soort: "medewerker", id: ik }, uiterlijk: dag(-2) }],
    }],
    eigenWoorden: "We willen rust.", evaluatiedatum: dag(40),
  });
  verwacht(plan.status === 200, `plan: ${plan.status} ${JSON.stringify(plan.body)}`);
  const meldcode = await fatima("POST", `/huishoudens/${id}/meldcode`, {});
  verwacht(meldcode.status === 201, `meldcode: ${meldcode.status}`);
  return id;
}

export async function aandachtEnMijnActies(ctx) {
  const { page, url } = ctx;
  const id = await huishoudenDatWacht(url);
  await inloggen(page, url, "fatima");
  await page.goto(`${url}/huishoudens/${id}`);
  const aandacht = page.getByRole("region", { name: "Wat nu aandacht vraagt" });
  await aandacht.waitFor();
  const tekst = await aandacht.innerText();
  verwacht(/De meldcode loopt: volgende stap 1/.test(tekst), `geen meldcode: ${tekst}`);
  verwacht(/Eén actie uit het plan is over de afgesproken datum/.test(tekst), `geen actie over tijd: ${tekst}`);
  // Safety first: the meldcode stands above the overdue action.
  verwacht(tekst.indexOf("meldcode") < tekst.indexOf("actie uit het plan"), `volgorde: ${tekst}`);
  await scherm(page, ctx, "60-wat-nu-aandacht-vraagt");
  await aandacht.locator("li", { hasText: "meldcode" }).getByRole("link").click();
  await page.getByRole("heading", { level: 1, name: "Veiligheid: Gezin Wacht" }).waitFor();

  // Mijn acties: the overdue action on top, done in place, and then gone from the open list.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn acties" }).click();
  await page.getByRole("heading", { level: 1, name: "Mijn acties" }).waitFor();
  const eerste = page.locator("table.regie-acties tbody tr").first();
  verwacht(/Afspraak bij de schuldhulp maken/.test(await eerste.innerText()), `eerste rij: ${await eerste.innerText()}`);
  verwacht(/over tijd/.test(await eerste.innerText()), "niet als over tijd gemarkeerd");
  await scherm(page, ctx, "61-mijn-acties");
  const opgeslagen = page.waitForResponse((r) => r.request().method() === "PATCH" && /\/acties\//.test(r.url()));
  await eerste.getByLabel("Status van Afspraak bij de schuldhulp maken").selectOption("gedaan");
  verwacht((await opgeslagen).status() === 204, "status niet opgeslagen");
  verwacht(!/over tijd/.test(await eerste.innerText()), "na gedaan nog over tijd");
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Mijn acties" }).waitFor();
  await page.waitForLoadState("networkidle");
  verwacht((await page.getByText("Afspraak bij de schuldhulp maken").count()) === 0, "een gedane actie staat nog bij de open acties");

  // Back on the household: the action no longer waits, the meldcode still does.
  await page.goto(`${url}/huishoudens/${id}`);
  await aandacht.waitFor();
  const daarna = await aandacht.innerText();
  verwacht(!/actie uit het plan/.test(daarna) && /meldcode/.test(daarna), `daarna: ${daarna}`);
}

/** Search by the start of a word: "broe" finds "van den Broek"; the hits are a list under a status line. */
export async function zoekenOpDeelVanDeNaam(ctx) {
  const { page, url } = ctx;
  const fatima = await apiSessie(url, "fatima");
  const r = await fatima("POST", "/huishoudens", {
    naam: "Gezin van den Broek", inzet: kInzet,
    gezinsleden: [{ voornaam: "Sem", achternaam: "van den Broek", geboortedatum: "1991-02-03", relatie: "ouder" }],
  });
  verwacht(r.status === 201, `huishouden: ${r.status}`);
  await inloggen(page, url, "fatima");
  await page.getByLabel("Achternaam of naam van het huishouden").fill("broe");
  await page.getByRole("button", { name: "Zoeken" }).click();
  const uitslag = page.locator("form.regie-zoeken [role=status]");
  await uitslag.getByRole("listitem").first().waitFor();
  await uitslag.getByRole("link", { name: "Gezin van den Broek" }).waitFor();
  verwacht(/gevonden/.test(await uitslag.innerText()), "geen telling boven de treffers");
  await scherm(page, ctx, "62-zoeken-deel-van-de-naam");
  // One letter is too little: the message says so at the field.
  await page.getByLabel("Achternaam of naam van het huishouden").fill("b");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await page.getByText("Vul minstens twee letters").first().waitFor();
}

/** The main flow of the issue, counted: register a household of four (one unborn), assess it to level 3 with
 *  a stalking signal, decide, write a support plan with three goals and a safety plan, settle a measure,
 *  start the meldcode, escalate. Every click, typed field, choice and tick is one interaction; the figure is
 *  written to build/screenshots/hoofdstroom-handelingen.txt (docs/usability.md). */
export async function hoofdstroom(ctx) {
  const { page, url } = ctx;
  const t = teller(page);
  const { klik, vul, kies, vink, radio } = t;
  const kop = (naam) => page.getByRole("heading", { level: 1, name: naam }).waitFor();

  await inloggen(page, url, "fatima");
  t.aantal += 3;  // name, password, button

  // Four members: the surname carries over, the relation is preset (parent, then children), the unborn
  // child needs no first name, the household is named after the first surname.
  await klik(page.getByRole("link", { name: "Nieuw huishouden" }));
  const lid = (i) => page.getByRole("group", { name: `Gezinslid ${i}` });
  await vul(lid(1).getByLabel("Voornaam"), "Noor");
  await vul(lid(1).getByLabel("Achternaam"), "Stroom");
  await vul(lid(1).getByLabel("Geboortedatum"), "1989-05-06");
  await klik(page.getByRole("button", { name: "Nog een gezinslid" }));
  await vul(lid(2).getByLabel("Voornaam"), "Rik");
  await kies(lid(2).getByLabel("Relatie"), "partner");
  await vul(lid(2).getByLabel("Geboortedatum"), "1987-08-09");
  await klik(page.getByRole("button", { name: "Nog een gezinslid" }));
  await vul(lid(3).getByLabel("Voornaam"), "Mees");
  await vul(lid(3).getByLabel("Geboortedatum"), "2019-03-04");
  await klik(page.getByRole("button", { name: "Nog een gezinslid" }));
  await vink(lid(4).getByLabel("Nog niet geboren"));
  await vul(lid(4).getByLabel("Verwachte geboortedatum"), dag(100));
  verwacht(await page.getByLabel("Naam van het huishouden").inputValue() === "Gezin Stroom", "geen naam uit de achternaam");
  await vink(page.getByLabel("Er zijn zorgen, en hulp is nodig, op meer dan één leefgebied"));
  await klik(page.getByRole("button", { name: "Opslaan en taxatie doen" }));

  // Straight on to the assessment: level 3 with a stalking signal, decided as advised.
  await kop("Taxatie: Gezin Stroom");
  for (const [vraag, antwoord] of kBasisantwoorden) await radio(vraag, antwoord);
  await klik(page.getByRole("button", { name: "Signaal toevoegen" }));
  await kies(page.getByLabel("Soort signaal"), "stalking");
  await klik(page.getByRole("button", { name: "Advies bekijken" }));
  await page.locator("section.regie-advies").getByRole("heading", { name: /Advies: Niveau 3/ }).waitFor();
  await klik(page.getByRole("button", { name: "Besluit vastleggen: niveau 3" }));
  await page.getByText("Het besluit is vastgelegd: niveau 3").waitFor();
  const leden = await page.locator("section[aria-labelledby=leden-titel] tbody").innerText();
  verwacht(/Ongeboren kind Stroom\s+kind/.test(leden) && /Rik Stroom\s+partner/.test(leden) && /Mees Stroom\s+kind/.test(leden),
    `gezinsleden: ${leden}`);

  // The support plan from the attention panel: each goal gets the evaluation date and the regisseur.
  const aandacht = page.getByRole("region", { name: "Wat nu aandacht vraagt" });
  await klik(aandacht.getByRole("link", { name: "Naar het ondersteuningsplan" }));
  await kop("Ondersteuningsplan: Gezin Stroom");
  const doelen = [
    ["Noor voelt zich thuis en onderweg veilig.", "veiligheid", "Contactverbod aanvragen."],
    ["De bevalling is goed voorbereid.", "gezondheid", "Kraamzorg regelen."],
    ["Mees gaat met plezier naar school.", "onderwijs", "Gesprek met de leerkracht."],
  ];
  for (const [i, [omschrijving, leefgebied, actie]] of doelen.entries()) {
    await klik(page.getByRole("button", { name: "Doel toevoegen" }));
    const doel = page.getByRole("group", { name: `Doel ${i + 1}`, exact: true });
    await vul(doel.getByLabel("Wat wil het huishouden bereiken?"), omschrijving);
    await kies(doel.getByLabel("Leefgebied"), leefgebied);
    await vul(doel.getByRole("group", { name: `Doel ${i + 1}, actie 1` }).getByLabel("Actie 1: wat gebeurt er?"), actie);
    verwacht(await doel.getByLabel("Streefdatum").inputValue() === await page.getByLabel("Evaluatiedatum").inputValue(),
      "de streefdatum is niet de evaluatiedatum");
  }
  await klik(page.getByRole("button", { name: "Plan opslaan als nieuwe versie" }));
  const opgeslagen = page.getByRole("status").filter({ hasText: "Versie 1 is opgeslagen." });
  await opgeslagen.waitFor();
  await scherm(page, ctx, "63-hoofdstroom-plan");

  // The next step is offered there: safety first, the measures; one settled, the meldcode started.
  await klik(opgeslagen.getByRole("link", { name: "Naar signalen, maatregelen en meldcode" }));
  await kop("Veiligheid: Gezin Stroom");
  const maatregel = page.locator("form.regie-maatregel--open").first();
  await klik(maatregel.getByLabel("Gedaan", { exact: true }));
  await klik(maatregel.getByRole("button", { name: "Opslaan" }));
  await page.locator("form.regie-maatregel--gedaan").first().waitFor();
  await klik(page.getByRole("button", { name: "Meldcode-traject starten" }));
  await page.getByRole("button", { name: "Stap 1 vastleggen" }).waitFor();

  // The safety plan, from the household's attention panel.
  await klik(page.getByRole("link", { name: "← Gezin Stroom" }));
  await klik(aandacht.getByRole("link", { name: "Naar het veiligheidsplan" }));
  await kop("Veiligheidsplan: Gezin Stroom");
  await vul(page.getByLabel("Zorgen en gevaren"), "De ex-partner van Noor wacht haar op.");
  await vul(page.getByLabel("Veiligheidsdoel: wanneer is het veilig genoeg?"), "Noor kan zonder angst de deur uit.");
  await klik(page.getByRole("button", { name: "Veiligheidsplan opslaan als nieuwe versie" }));
  await page.getByText("Versie 1 is opgeslagen.").waitFor();

  // And cooperation has stalled: escalate.
  await klik(page.getByRole("link", { name: "← Gezin Stroom" }));
  await klik(page.getByRole("link", { name: "Escalaties", exact: true }));
  await kop("Escalaties: Gezin Stroom");
  await radio("Wat is de aanleiding?", "De uitvoering of het resultaat van het plan is in gevaar");
  await vul(page.getByRole("form", { name: "Escalatie openen" }).getByLabel("Toelichting"), "De kraamzorg komt niet op gang.");
  await klik(page.getByRole("button", { name: "Escalatie openen" }));
  await page.getByRole("button", { name: "Escalatie sluiten" }).waitFor();

  writeFileSync(join(ctx.screenshots, "hoofdstroom-handelingen.txt"), `${t.aantal}\n`);
  console.log(`      hoofdstroom: ${t.aantal} handelingen`);
  verwacht(t.aantal <= 60, `${t.aantal} handelingen; het doel is hoogstens 60`);
}

/** Narrow screens (a phone at 390 px, and 320 px as WCAG's reflow asks): no page scrolls sideways, each
 *  page has its title, and axe finds nothing at 390 px either. */
export async function smalleSchermen(ctx) {
  const { page, url, context } = ctx;
  const fatima = await apiSessie(url, "fatima");
  const h = (await fatima("GET", "/mij/huishoudens?paginaGrootte=100")).body.items.find((x) => x.mijnRol !== "betrokken");
  const ingrid = await apiSessie(url, "ingrid");
  const plannen = (await ingrid("GET", "/implementatieplannen")).body.items;
  const plan = plannen[0] ?? (await ingrid("POST", "/implementatieplannen", {})).body;
  verwacht(plan?.id, `geen implementatieplan: ${JSON.stringify(plannen)}`);
  const eerste = { fatima: "Mijn huishoudens", ingrid: "Implementatie van de werkwijze", sanne: "Mijn team" };
  const schermen = {
    fatima: ["/", "/acties", "/meldingen", `/huishoudens/${h.id}`, `/huishoudens/${h.id}/taxatie`,
      `/huishoudens/${h.id}/ondersteuningsplan`, `/huishoudens/${h.id}/veiligheidsplan`, `/huishoudens/${h.id}/veiligheid`,
      `/huishoudens/${h.id}/escalaties`, `/huishoudens/${h.id}/kader`, `/huishoudens/${h.id}/crisislaag`,
      `/huishoudens/${h.id}/geschiedenis`, `/huishoudens/${h.id}/afdrukken`, "/huishoudens/nieuw"],
    ingrid: ["/", `/implementatie/${plan.id}`, "/monitoring", "/monitoring/jaarverslag", "/basiseisen"],
    sanne: ["/", "/competenties", "/noodtoegang"],
  };
  for (const [wie, paden] of Object.entries(schermen)) {
    await context.clearCookies();
    await page.setViewportSize({ width: 1280, height: 900 });
    await inloggen(page, url, wie, eerste[wie]);
    for (const breedte of [390, 320]) {
      await page.setViewportSize({ width: breedte, height: 800 });
      for (const pad of paden) {
        await page.goto(`${url}${pad}`);
        await page.locator("main h1").first().waitFor();
        await page.waitForLoadState("networkidle");
        const { breed, venster, titel } = await page.evaluate(() => ({
          breed: document.documentElement.scrollWidth, venster: window.innerWidth, titel: document.title,
        }));
        verwacht(breed <= venster, `${wie} ${pad} op ${breedte} px: de pagina is ${breed} px breed`);
        verwacht(/ · Regie$/.test(titel) && titel.length > " · Regie".length, `${pad}: paginatitel "${titel}"`);
        if (breedte === 390) await toegankelijk(page, `${pad} op 390 px`);
      }
    }
  }
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`${url}/huishoudens/${h.id}`);
  await page.locator("main h1").first().waitFor();
  await scherm(page, ctx, "64-huishouden-390px");
}

/** A gemeente with more than 100 professionals: the picker to involve one offers every one of them. */
export async function allePersoneelInDeKeuzelijst(ctx) {
  const { page, url } = ctx;
  const henk = await apiSessie(url, "henk");
  const organisatie = (await henk("GET", "/organisaties?paginaGrootte=100")).body.items.find((o) => o.naam === "Sociaal Wijkteam Zuiderveen");
  const totaal = (await henk("GET", "/medewerkers?paginaGrootte=1")).body.totaal;
  for (let i = totaal; i <= 100; i++) {
    const r = await henk("POST", "/medewerkers", { organisatieId: organisatie.id, naam: `Invaller ${String(i).padStart(3, "0")}`, rollen: ["regisseur"] });
    verwacht(r.status === 201, `medewerker ${i}: ${r.status}`);
  }
  verwacht((await henk("GET", "/medewerkers?paginaGrootte=1")).body.totaal > 100, "niet meer dan 100 medewerkers");
  const fatima = await apiSessie(url, "fatima");
  const h = (await fatima("GET", "/mij/huishoudens?paginaGrootte=100")).body.items.find((x) => x.mijnRol !== "betrokken");
  await inloggen(page, url, "fatima");
  await page.goto(`${url}/huishoudens/${h.id}`);
  const betrekken = page.getByRole("form", { name: "Een professional betrekken" });
  const laatste = `Invaller ${String(100).padStart(3, "0")}`;
  await betrekken.locator("option", { hasText: laatste }).waitFor({ state: "attached" });
}

/** An involved professional who is not a regisseur reads and adds notes, but is offered nothing the server
 *  would refuse him: no assessment, no forms to change the household, no save on the plans. */
export async function geenKnoppenDieDeServerWeigert(ctx) {
  const { page, url } = ctx;
  let gevonden = null;
  for (const wie of ["jeroen", "fatima", "annelies", "daan", "karim"]) {
    const sessie = await apiSessie(url, wie).catch(() => null);
    if (!sessie) continue;
    for (const h of (await sessie("GET", "/mij/huishoudens?paginaGrootte=100")).body.items ?? []) {
      if (h.mijnRol !== "betrokken") continue;
      // During the intake the involved do regie; afterwards only the regisseurs.
      if (!(await sessie("GET", `/huishoudens/${h.id}`)).body.mag.regie) { gevonden = { wie, h }; break; }
    }
    if (gevonden) break;
  }
  verwacht(gevonden, "de demo heeft geen professional die alleen betrokken is");
  const { wie, h } = gevonden;
  await inloggen(page, url, wie);
  await page.goto(`${url}/huishoudens/${h.id}`);
  await page.getByRole("heading", { level: 1, name: h.naam }).waitFor();
  verwacht((await page.getByRole("link", { name: "Taxatie doen" }).count()) === 0, "Taxatie doen voor wie geen regie heeft");
  for (const formulier of ["Een gezinslid toevoegen", "Een professional betrekken"]) {
    verwacht((await page.getByRole("form", { name: formulier }).count()) === 0, `formulier ${formulier} voor wie geen regie heeft`);
  }
  await page.getByLabel("Nieuwe notitie").waitFor();  // notes are his to add
  await page.goto(`${url}/huishoudens/${h.id}/ondersteuningsplan`);
  await page.getByText("Alleen de regisseurs van een lopend huishouden slaan een nieuwe versie op").waitFor();
  verwacht((await page.getByRole("button", { name: "Plan opslaan als nieuwe versie" }).count()) === 0, "opslaan zonder regie");
  await scherm(page, ctx, "65-betrokken-zonder-regie");
}

/** Mail about notifications: the server told the demo's staff by mail that something waits, in words that
 *  name no household; on "Meldingen" each turns that mail off and on for himself. */
export async function mailBijMeldingen(ctx) {
  const { page, url, mails } = ctx;
  const tot = Date.now() + 20000;
  while (mails.length === 0 && Date.now() < tot) await new Promise((r) => setTimeout(r, 200));
  verwacht(mails.length > 0, "de server verstuurde geen e-mail over meldingen");
  // (Invitations to household members go through the same server; they are another test's.)
  for (const m of mails.filter((x) => !x.inhoud.includes("Subject: Uw uitnodiging voor Regie"))) {
    verwacht(m.inhoud.includes("Subject: Er staat iets voor u klaar in Regie"), `onderwerp: ${m.inhoud}`);
    verwacht(!/Gezin|huishouden [A-Z]/.test(m.inhoud.split("\r\n\r\n").slice(1).join()), `inhoud noemt een huishouden: ${m.inhoud}`);
  }

  await inloggen(page, url, "fatima");
  await page.goto(`${url}/meldingen`);
  const keuze = page.getByRole("checkbox", { name: "Stuur mij een e-mail als er iets voor mij klaarstaat" });
  await keuze.waitFor();
  verwacht(await keuze.isChecked(), "e-mail staat niet aan");
  await scherm(page, ctx, "meldingen-email");
  await keuze.uncheck();
  await page.getByRole("status").filter({ hasText: "Opgeslagen: u krijgt geen e-mail." }).waitFor();
  await page.reload();
  await keuze.waitFor();
  verwacht(!(await keuze.isChecked()), "de keuze is niet bewaard");
  await keuze.check();
  await page.getByRole("status").filter({ hasText: "Opgeslagen: u krijgt e-mail." }).waitFor();
}
