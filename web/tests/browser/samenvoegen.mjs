// Two tabs on one plan: what the colleague saved and what this user typed are merged per item, the same item
// changed on both sides is the user's choice, and nothing of either side is lost without being shown.

import { apiSessie, inloggen, kInzet, scherm, verwacht } from "./hulp.mjs";

async function huishoudenMetPlan(url, soort, plan) {
  const fatima = await apiSessie(url, "fatima");
  const id = (await fatima("POST", "/huishoudens", { naam: `Gezin Gelijktijdig ${soort}`, inzet: kInzet })).body.id;
  const r = await fatima("PUT", `/huishoudens/${id}/${soort}`, plan);
  verwacht(r.status === 200, `${soort} versie 1: ${r.status} ${JSON.stringify(r.body)}`);
  return { fatima, id };
}

async function tweeTabbladen(ctx, id, soort) {
  const { page, context, url } = ctx;
  await inloggen(page, url, "fatima");
  const tab2 = await context.newPage();
  for (const p of [page, tab2]) {
    await p.goto(`${url}/huishoudens/${id}/${soort}`);
    await p.locator("p", { hasText: /^Versie 1/ }).first().waitFor();
  }
  return [page, tab2];
}

/** The support plan: the colleague adds a goal and changes the household's words; this user sharpens the
 *  first goal and writes the household's words too. Both goals stay; the words are the user's choice. */
export async function conflictOndersteuningsplan(ctx) {
  const { fatima, id } = await huishoudenMetPlan(ctx.url, "ondersteuningsplan", {
    variant: "regulier",
    doelen: [{ omschrijving: "Eerste doel", acties: [{ omschrijving: "Afspraak met school maken", status: "open" }] }],
  });
  const [tab1, tab2] = await tweeTabbladen(ctx, id, "ondersteuningsplan");

  await tab2.getByRole("button", { name: "Doel toevoegen" }).click();
  await tab2.getByLabel("Wat wil het huishouden bereiken?").nth(1).fill("Doel van een collega");
  await tab2.getByRole("button", { name: "Actie 1 van doel 2 weghalen" }).click();  // a new goal comes with an empty one
  await tab2.getByLabel("Wat het huishouden zelf zegt over het plan").fill("Tekst van de collega");
  await tab2.getByRole("button", { name: "Plan opslaan als nieuwe versie" }).click();
  await tab2.getByText("Versie 2 is opgeslagen.").waitFor();

  await tab1.getByLabel("Wat wil het huishouden bereiken?").first().fill("Eerste doel, scherper gesteld");
  await tab1.getByLabel("Wat het huishouden zelf zegt over het plan").fill("Mijn tekst");
  await tab1.getByRole("button", { name: "Plan opslaan als nieuwe versie" }).click();
  const paneel = tab1.locator("section.regie-conflict");
  await paneel.getByRole("heading", { name: "Een collega heeft intussen versie 2 opgeslagen" }).waitFor();
  verwacht((await tab1.locator("[role=alert]").count()) === 1, "naast het samenvoegen staat nog een foutmelding");
  const veranderd = await paneel.getByRole("list", { name: "Veranderd door de collega" }).innerText();
  verwacht(veranderd.includes("Doel van een collega"), `het nieuwe doel van de collega is niet getoond:\n${veranderd}`);
  verwacht(veranderd.includes("Tekst van de collega"), `de tekst van de collega is niet getoond:\n${veranderd}`);
  const keuze = paneel.getByRole("group", { name: /In de woorden van het huishouden/ });
  await keuze.waitFor();
  await scherm(tab1, ctx, "17-conflict");

  // Merging before choosing is refused with a message; the form still holds the user's text.
  await paneel.getByRole("button", { name: "Samenvoegen en verder werken" }).click();
  await paneel.getByText(/Kies eerst bij elk onderdeel/).waitFor();
  verwacht((await tab1.getByLabel("Wat het huishouden zelf zegt over het plan").inputValue()) === "Mijn tekst", "de eigen tekst is weg");
  await keuze.getByLabel(/Mijn versie/).check();
  await paneel.getByRole("button", { name: "Samenvoegen en verder werken" }).click();
  await tab1.getByText(/Samengevoegd met versie 2/).waitFor();

  const doelen = tab1.getByLabel("Wat wil het huishouden bereiken?");
  verwacht((await doelen.count()) === 2, `na samenvoegen ${await doelen.count()} doelen`);
  verwacht((await doelen.nth(0).inputValue()) === "Eerste doel, scherper gesteld", "de eigen wijziging van doel 1 is weg");
  verwacht((await doelen.nth(1).inputValue()) === "Doel van een collega", "het doel van de collega is weg");
  await tab1.getByRole("button", { name: "Plan opslaan als nieuwe versie" }).click();
  await tab1.getByText("Versie 3 is opgeslagen.").waitFor();

  const plan = (await fatima("GET", `/huishoudens/${id}/ondersteuningsplan`)).body;
  verwacht(plan.versie === 3, `versie ${plan.versie}`);
  verwacht(JSON.stringify(plan.doelen.map((d) => d.omschrijving)) === JSON.stringify(["Eerste doel, scherper gesteld", "Doel van een collega"]),
    `doelen in versie 3: ${plan.doelen.map((d) => d.omschrijving)}`);
  verwacht(plan.doelen[0].acties.length === 1, "de actie van doel 1 is weg");
  verwacht(plan.eigenWoorden === "Mijn tekst", `eigen woorden: ${plan.eigenWoorden}`);

  // A single action can be removed, and leaving with that unsaved asks first.
  await tab1.getByRole("button", { name: "Actie 1 van doel 1 weghalen" }).click();
  let gevraagd = "";
  tab1.once("dialog", (d) => { gevraagd = d.message(); void d.dismiss(); });
  await tab1.getByRole("link", { name: `← Gezin Gelijktijdig ondersteuningsplan` }).click();
  await tab1.waitForTimeout(200);
  verwacht(/niet zijn opgeslagen/.test(gevraagd), `niet gevraagd bij weggaan: "${gevraagd}"`);
  verwacht(tab1.url().endsWith("/ondersteuningsplan"), `toch weggegaan: ${tab1.url()}`);
  await tab1.getByRole("button", { name: "Plan opslaan als nieuwe versie" }).click();
  await tab1.getByText("Versie 4 is opgeslagen.").waitFor();
  const v4 = (await fatima("GET", `/huishoudens/${id}/ondersteuningsplan`)).body;
  verwacht(v4.doelen[0].acties.length === 0, "de weggehaalde actie staat er nog");
  // Saved: leaving no longer asks.
  await tab1.getByRole("link", { name: `← Gezin Gelijktijdig ondersteuningsplan` }).click();
  await tab1.getByRole("heading", { level: 1, name: "Gezin Gelijktijdig ondersteuningsplan" }).waitFor();

  // The history shows what each version changed, the colleague's too.
  await tab1.goto(`${ctx.url}/huishoudens/${id}/geschiedenis`);
  await tab1.getByLabel("Wat veranderde in versie").selectOption("2");
  const verschil = tab1.locator("ul[role=status]").filter({ hasText: "Doel van een collega" });
  await verschil.waitFor();
  verwacht((await verschil.innerText()).includes("Nieuw doel: Doel van een collega"), await verschil.innerText());
}

/** The safety plan: the colleague adds a condition, this user writes the safety goal; both are kept. */
export async function conflictVeiligheidsplan(ctx) {
  const { fatima, id } = await huishoudenMetPlan(ctx.url, "veiligheidsplan", {
    zorgenEnGevaren: "Spanningen thuis", voorwaarden: [], afspraken: [], signalen: [], afgeschermd: [],
  });
  const [tab1, tab2] = await tweeTabbladen(ctx, id, "veiligheidsplan");

  await tab2.getByRole("button", { name: "Voorwaarde toevoegen" }).click();
  await tab2.getByLabel("Wat moet er minimaal gelden?").fill("Geen contact zonder begeleiding");
  await tab2.getByRole("button", { name: "Veiligheidsplan opslaan als nieuwe versie" }).click();
  await tab2.getByText("Versie 2 is opgeslagen.").waitFor();

  await tab1.getByLabel("Veiligheidsdoel: wanneer is het veilig genoeg?").fill("Iedereen slaapt thuis zonder angst");
  await tab1.getByRole("button", { name: "Veiligheidsplan opslaan als nieuwe versie" }).click();
  const paneel = tab1.locator("section.regie-conflict");
  await paneel.getByRole("heading", { name: "Een collega heeft intussen versie 2 opgeslagen" }).waitFor();
  const veranderd = await paneel.getByRole("list", { name: "Veranderd door de collega" }).innerText();
  verwacht(veranderd.includes("Geen contact zonder begeleiding"), `de voorwaarde van de collega is niet getoond:\n${veranderd}`);
  await paneel.getByRole("button", { name: "Samenvoegen en verder werken" }).click();
  verwacht((await tab1.getByLabel("Wat moet er minimaal gelden?").inputValue()) === "Geen contact zonder begeleiding", "voorwaarde weg");
  await tab1.getByRole("button", { name: "Veiligheidsplan opslaan als nieuwe versie" }).click();
  await tab1.getByText("Versie 3 is opgeslagen.").waitFor();
  const plan = (await fatima("GET", `/huishoudens/${id}/veiligheidsplan`)).body;
  verwacht(plan.veiligheidsdoel === "Iedereen slaapt thuis zonder angst", `veiligheidsdoel: ${plan.veiligheidsdoel}`);
  verwacht(plan.voorwaarden.length === 1, `voorwaarden: ${JSON.stringify(plan.voorwaarden)}`);
}

/** The small forms of the household page keep what was typed too: a half-written note or network entry
 *  asks before leaving; once saved or emptied, leaving no longer asks. */
export async function halfIngevuldeFormulieren({ page, url }) {
  const fatima = await apiSessie(url, "fatima");
  const id = (await fatima("POST", "/huishoudens", { naam: "Gezin Halfvol", inzet: kInzet })).body.id;
  await inloggen(page, url, "fatima");
  await page.goto(`${url}/huishoudens/${id}`);
  await page.getByRole("heading", { level: 1, name: "Gezin Halfvol" }).waitFor();
  const weggaan = async (moetVragen, waarom) => {
    let gevraagd = "";
    page.once("dialog", (d) => { gevraagd = d.message(); void d.dismiss(); });
    await page.getByRole("link", { name: "Mijn huishoudens" }).first().click();
    await page.waitForTimeout(200);
    verwacht(/niet zijn opgeslagen/.test(gevraagd) === moetVragen, `${waarom}: gevraagd "${gevraagd}"`);
    page.removeAllListeners("dialog");
  };

  await page.getByLabel("Nieuwe notitie").fill("Moeder belde over de school");
  await weggaan(true, "een half geschreven notitie");
  verwacht(page.url().endsWith(`/huishoudens/${id}`), `toch weggegaan: ${page.url()}`);
  const netwerk = page.getByRole("form", { name: "Iemand uit het netwerk toevoegen" }).getByLabel("Naam");
  await netwerk.fill("Oma Halfvol");
  await page.getByRole("button", { name: "Notitie toevoegen" }).click();
  await page.getByText("Moeder belde over de school").waitFor();
  await weggaan(true, "de notitie is opgeslagen, de netwerkregel nog niet");
  await netwerk.fill("");
  await weggaan(false, "alles opgeslagen of leeg");
  await page.getByRole("heading", { level: 1, name: "Mijn huishoudens" }).waitFor();
}
