// A regisseur's day: what needs attention opens the household page, and "Mijn acties" lists and updates
// what is on her name across households.

import { apiSessie, inloggen, kInzet, scherm, verwacht } from "./hulp.mjs";

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
