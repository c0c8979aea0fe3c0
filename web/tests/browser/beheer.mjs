// The beheerder's screen (issue "identity and administration"): his gemeente's accounts (block, unblock, end
// sessions) and failed logins per account and per address, without any household data.

import { apiSessie, inloggen, oathtool, toegankelijk, verwacht, WACHTWOORD } from "./hulp.mjs";

/** Logs in in another browser (cookies of its own): name and password sent from the login screen. */
async function inAnderBrowser(context, url, naam, wachtwoord) {
  const ander = await context.browser().newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } });
  const page = await ander.newPage();
  await page.goto(url);
  await page.getByLabel("Gebruikersnaam").fill(naam);
  await page.getByLabel("Wachtwoord").fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
  return { ander, page };
}

export async function beheerAccountsEnInlogpogingen(ctx) {
  const { page, url } = ctx;
  // Two wrong passwords for Annelies: below the throttle's wait, so other tests still log her in.
  for (let i = 0; i < 2; i++) {
    const r = await fetch(`${url}/api/v1/sessies`, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ gebruikersnaam: "annelies", wachtwoord: "een-fout-wachtwoord" }),
    });
    verwacht(r.status === 401, `mislukte inlog: ${r.status}`);
  }
  await inloggen(page, url, "henk", "Welkom bij Regie");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
  await page.getByRole("heading", { level: 1, name: "Beheer" }).waitFor();
  const account = page.getByRole("region", { name: "Per account" }).getByRole("row", { name: /annelies/ });
  await account.waitFor();
  const cellen = await account.getByRole("cell").allInnerTexts();
  verwacht(Number(cellen[1]) >= 2 && cellen[4] === "nee", `rij van annelies: ${cellen.join(" | ")}`);
  await page.getByRole("region", { name: "Per adres" }).getByRole("row", { name: /127\.0\.0\.1/ }).waitFor();
  const fatima = await apiSessie(url, "fatima");
  const huishoudens = (await fatima("GET", "/mij/huishoudens?paginaGrootte=100")).body.items.map((h) => h.naam);
  verwacht(huishoudens.length > 0, "geen huishoudens om tegen te toetsen");
  const tekst = await page.locator("main").innerText();
  verwacht(!huishoudens.some((n) => tekst.includes(n)), "het beheer toont een huishouden");
  await toegankelijk(page, "beheer: accounts en mislukte inlogpogingen");

  // Tom is logged in elsewhere; blocking him ends that session and he cannot log in until unblocked.
  const tom = await apiSessie(url, "tom");
  verwacht((await tom("GET", "/mij")).status === 200, "tom is niet ingelogd");
  const accounts = page.getByRole("region", { name: "Accounts" });
  page.once("dialog", (d) => d.accept());
  await accounts.getByRole("button", { name: "tom blokkeren" }).click();
  await accounts.getByRole("button", { name: "tom deblokkeren" }).waitFor();
  verwacht((await tom("GET", "/mij")).status === 401, "de sessie van tom loopt nog");
  const geweigerd = await fetch(`${url}/api/v1/sessies`, {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ gebruikersnaam: "tom", wachtwoord: WACHTWOORD }),
  });
  verwacht(geweigerd.status === 401, `geblokkeerd en toch ingelogd: ${geweigerd.status}`);
  await accounts.getByRole("button", { name: "tom deblokkeren" }).click();
  await accounts.getByRole("button", { name: "tom blokkeren" }).waitFor();
  verwacht((await (await apiSessie(url, "tom"))("GET", "/mij")).status === 200, "tom kan niet meer inloggen");
}

/** The second factor: the demo says on every page that it logs in with a password alone; Henk makes a second
 *  factor required; Lisa, in another browser, sets up her app at her next login (its code from oathtool) and
 *  keeps her recovery codes; Henk sees it set up and wipes it (a lost phone), which ends her session. */
export async function beheerTweedeFactor(ctx) {
  const { page, url, context } = ctx;
  const henk = await apiSessie(url, "henk");  // to put the demo back as it was, whatever happens below
  await inloggen(page, url, "henk", "Welkom bij Regie");
  await page.getByRole("note").filter({ hasText: "Demo-instelling" }).waitFor();
  await page.goto(`${url}/beheer`);
  const sectie = page.getByRole("region", { name: "Tweede factor" });
  await sectie.getByRole("button", { name: "Tweede factor verplicht maken" }).click();
  await sectie.getByRole("button", { name: "Tweede factor uitzetten" }).waitFor();
  const { ander, page: lisa } = await inAnderBrowser(context, url, "lisa", WACHTWOORD);
  try {
    await lisa.getByRole("heading", { level: 2, name: "Stel eerst een app voor inlogcodes in" }).waitFor();
    await toegankelijk(lisa, "inloggen: app instellen");
    const geheim = await lisa.locator(".regie-sleutel").textContent();
    await lisa.getByLabel("Code uit de app").fill(oathtool(geheim));
    await lisa.getByRole("button", { name: "Bevestigen" }).click();
    await lisa.getByRole("heading", { level: 1, name: "Bewaar uw herstelcodes" }).waitFor();
    const codes = await lisa.getByRole("list", { name: "Herstelcodes" }).locator("code").allTextContents();
    verwacht(codes.length === 10, `herstelcodes: ${codes.length}`);
    await toegankelijk(lisa, "inloggen: herstelcodes");
    await lisa.getByRole("button", { name: /verder naar Regie/ }).click();
    await lisa.getByRole("navigation", { name: "Hoofdmenu" }).waitFor();
    verwacht((await lisa.getByRole("note").filter({ hasText: "Demo-instelling" }).count()) === 0,
      "de demo-melding staat er nog terwijl de tweede factor verplicht is");

    await page.reload();
    const rij = page.getByRole("region", { name: "Accounts" }).getByRole("row", { name: /lisa/ });
    const wissen = rij.getByRole("button", { name: "Tweede factor van lisa wissen" });
    page.once("dialog", (d) => d.accept());
    await wissen.click();
    await wissen.waitFor({ state: "detached" });
    await rij.getByRole("cell", { name: "niet ingesteld" }).waitFor();
    const mij = await lisa.evaluate(async () => (await fetch("/api/v1/mij")).status);
    verwacht(mij === 401, `de sessie van lisa loopt nog na het wissen: ${mij}`);
  } finally {
    await ander.close();
    const terug = await henk("PUT", "/beheer/inlogbeleid", { tweedeFactorVerplicht: false });
    verwacht(terug.status === 200, `de demo-instelling terugzetten: ${terug.status}`);
  }
}

/** API tokens: Henk makes one in the form (a wrong number of days first, named at its field), sees it once,
 *  an integration asks an advice with it, and revoking it in the list ends that access at once. */
export async function beheerApiTokens(ctx) {
  const { page, url } = ctx;
  await inloggen(page, url, "henk", "Welkom bij Regie");
  await page.goto(`${url}/beheer`);
  const sectie = page.getByRole("region", { name: "API-tokens" });
  const formulier = sectie.getByRole("form", { name: "Nieuw API-token" });
  await formulier.getByLabel("Naam").fill("Wijkteamsysteem browsertest");
  await formulier.getByLabel("Geldig (dagen)").fill("400");
  await formulier.getByRole("button", { name: "Token aanmaken" }).click();
  await formulier.getByText(/1 (en|tot en met) 365/).first().waitFor();
  await formulier.getByLabel("Geldig (dagen)").fill("30");
  await formulier.getByRole("button", { name: "Token aanmaken" }).click();
  const token = (await sectie.getByRole("status").locator(".regie-sleutel").textContent()).trim();
  verwacht(token.length >= 40, `token: ${token.length} tekens`);
  await toegankelijk(page, "beheer: API-token aangemaakt");

  const advies = () => fetch(`${url}/api/v1/adviezen`, {
    method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify({ draagkracht: "deels_uit_balans", zelfredzaamheid: "beperkt", basiszorgToereikend: false,
      veiligheid: "signalen", ketenoverstijgendNodig: false, escalatie: "geen", huidigNiveau: 2, signalen: [] }),
  });
  const met = await advies();
  verwacht(met.ok, `advies met het nieuwe token: ${met.status}`);
  const rij = sectie.getByRole("row", { name: /Wijkteamsysteem browsertest/ });
  page.once("dialog", (d) => d.accept());
  await rij.getByRole("button", { name: "Token Wijkteamsysteem browsertest intrekken" }).click();
  await rij.getByRole("cell", { name: /^ingetrokken/ }).waitFor();
  const zonder = await advies();
  verwacht(zonder.status === 401, `advies met een ingetrokken token: ${zonder.status}`);
}

/** A new professional: Henk makes him with an account and gets a start password once; the new colleague logs
 *  in with it in another browser and must choose his own (the repeat checked) before he is in. */
export async function beheerNieuweMedewerker(ctx) {
  const { page, url, context } = ctx;
  await inloggen(page, url, "henk", "Welkom bij Regie");
  await page.goto(`${url}/beheer`);
  const formulier = page.getByRole("form", { name: "Nieuwe medewerker" });
  await formulier.getByLabel("Naam", { exact: true }).fill("Collega Browsertest");
  await formulier.getByLabel("Gebruikersnaam").fill("Collega Browsertest");  // not a valid name
  await formulier.getByRole("button", { name: "Medewerker en account maken" }).click();
  await formulier.getByText("De medewerker is aangemaakt; alleen het account nog.").waitFor();
  await formulier.getByLabel("Gebruikersnaam").fill("collega-browsertest");
  await formulier.getByRole("button", { name: "Medewerker en account maken" }).click();
  const start = (await page.getByRole("region", { name: "Nieuwe medewerker" }).getByRole("status")
    .locator(".regie-sleutel").textContent()).trim();
  verwacht(/^([A-Z2-9]{4}-){3}[A-Z2-9]{4}$/.test(start), `startwachtwoord: ${start}`);
  await page.getByRole("region", { name: "Accounts" }).getByRole("row", { name: /collega-browsertest/ }).waitFor();
  await toegankelijk(page, "beheer: nieuwe medewerker met startwachtwoord");

  const { ander, page: nieuw } = await inAnderBrowser(context, url, "collega-browsertest", start);
  try {
    await nieuw.getByLabel("Nieuw wachtwoord", { exact: true }).fill("mijn-eigen-wachtwoord-1");
    await nieuw.getByLabel("Nieuw wachtwoord nog eens").fill("iets-anders-getypt-2");
    await nieuw.getByRole("button", { name: "Bevestigen" }).click();
    await nieuw.getByText("Typ hetzelfde wachtwoord nog eens.").first().waitFor();
    await toegankelijk(nieuw, "inloggen: eigen wachtwoord kiezen");
    await nieuw.getByLabel("Nieuw wachtwoord nog eens").fill("mijn-eigen-wachtwoord-1");
    await nieuw.getByRole("button", { name: "Bevestigen" }).click();
    await nieuw.getByRole("navigation", { name: "Hoofdmenu" }).waitFor();
    const oud = await fetch(`${url}/api/v1/sessies`, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ gebruikersnaam: "collega-browsertest", wachtwoord: start }),
    });
    verwacht(oud.status === 401, `het startwachtwoord werkt nog: ${oud.status}`);
  } finally {
    await ander.close();
  }

  // Henk changes the new colleague: also a manager now, with a phone number.
  const medewerkers = page.getByRole("region", { name: "Medewerkers" });
  await page.reload();
  const knop = medewerkers.getByRole("button", { name: "Collega Browsertest wijzigen" });  // the demo's fit one page
  await knop.click();
  const wijzigen = page.getByRole("form", { name: "Collega Browsertest wijzigen" });
  await wijzigen.getByLabel("Telefoon (werk)").fill("0800-1234");
  await wijzigen.getByRole("checkbox", { name: "Manager" }).check();
  await wijzigen.getByLabel("Organisatie").selectOption({ label: "Jeugd- en Gezinszorg De Brug" });
  await toegankelijk(page, "beheer: medewerker wijzigen");
  await wijzigen.getByRole("button", { name: "Opslaan" }).click();
  await page.getByText("Collega Browsertest is gewijzigd.").waitFor();
  // The list loads again after the change: wait for the roles the server now gives.
  const rij = medewerkers.getByRole("row", { name: /Collega Browsertest/ });
  await rij.getByRole("cell").nth(2).filter({ hasText: "manager" }).waitFor();
  const org = await rij.getByRole("cell").nth(1).innerText();
  verwacht(org === "Jeugd- en Gezinszorg De Brug", `niet verhuisd naar De Brug: ${org}`);
}

/** Organisations and teams: a new organisation without a name is refused at the field; with one it is listed
 *  with its chain and norm; a team made in it shows in its row. */
export async function beheerOrganisatiesEnTeams(ctx) {
  const { page, url } = ctx;
  await inloggen(page, url, "henk", "Welkom bij Regie");
  await page.goto(`${url}/beheer`);
  const sectie = page.getByRole("region", { name: "Organisaties en teams" });
  // The regional organisation shows which other gemeente contracts it, and since when.
  const zvh = sectie.getByRole("row", { name: /Zorg- en Veiligheidshuis Regio Zuid/ });
  await zvh.getByRole("cell", { name: /^Noorderhaven \(sinds \d+ \w+ \d{4}\)$/ }).waitFor();
  const organisatie = sectie.getByRole("form", { name: "Nieuwe organisatie" });
  await organisatie.getByRole("checkbox", { name: "basiszorg" }).check();
  await organisatie.getByRole("checkbox", { name: "lokaal team" }).uncheck();
  await organisatie.getByRole("button", { name: "Organisatie maken" }).click();
  await organisatie.getByRole("alert").waitFor();
  await toegankelijk(page, "beheer: organisaties en teams, met een fout");
  await organisatie.getByLabel("Naam", { exact: true }).fill("Huisartsen Browsertest");
  await organisatie.getByLabel("Caseloadnorm").fill("40");
  await organisatie.getByRole("button", { name: "Organisatie maken" }).click();
  const rij = sectie.getByRole("row", { name: /Huisartsen Browsertest/ });
  await rij.waitFor();
  const cellen = await rij.getByRole("cell").allInnerTexts();
  verwacht(cellen[1] === "basiszorg" && cellen[2] === "40" && cellen[3] === "geen", `rij: ${cellen.join(" | ")}`);

  const team = sectie.getByRole("form", { name: "Nieuw team" });
  await team.getByLabel("Organisatie").selectOption({ label: "Huisartsen Browsertest" });
  await team.getByLabel("Naam van het team").fill("Praktijk Noord");
  await team.getByRole("button", { name: "Team maken" }).click();
  await rij.getByRole("cell", { name: "Praktijk Noord" }).waitFor();

  // Changing it: a wrong weight is named at its level; then the new name and norms are in the list.
  await rij.getByRole("button", { name: "Huisartsen Browsertest wijzigen" }).click();
  const wijzigen = sectie.getByRole("form", { name: "Huisartsen Browsertest wijzigen" });
  await wijzigen.getByLabel("Naam", { exact: true }).fill("Huisartsen Noord");
  await wijzigen.getByLabel("Caseloadnorm (punten per regisseur)").fill("45");
  await wijzigen.getByLabel("Caseloadgewicht niveau 3").fill("0");
  await wijzigen.getByRole("button", { name: "Organisatie opslaan" }).click();
  await wijzigen.getByRole("alert").waitFor();
  await toegankelijk(page, "beheer: organisatie wijzigen, met een fout");
  await wijzigen.getByLabel("Caseloadgewicht niveau 3").fill("4");
  // The light plan is evaluated within ten months: the server names the level and the bound.
  await wijzigen.getByLabel("Evaluatietermijn niveau 1").fill("400");
  await wijzigen.getByRole("button", { name: "Organisatie opslaan" }).click();
  await wijzigen.getByText(/Evaluatietermijn niveau 1: .*hoogstens 304 dagen/).waitFor();
  await wijzigen.getByLabel("Evaluatietermijn niveau 1").fill("300");
  await wijzigen.getByLabel("Evaluatietermijn niveau 5").fill("28");
  await wijzigen.getByRole("button", { name: "Organisatie opslaan" }).click();
  await page.getByText("Organisatie Huisartsen Noord is gewijzigd.").waitFor();
  const nieuw = sectie.getByRole("row", { name: /Huisartsen Noord/ });
  await nieuw.getByRole("cell", { name: "45", exact: true }).waitFor();
  const henk = await apiSessie(url, "henk");
  const org = (await henk("GET", "/organisaties")).body.items.find((o) => o.naam === "Huisartsen Noord");
  verwacht(org.normen[2].caseloadGewicht === 4 && org.normen[4].evaluatieTermijnDagen === 28 && org.versie === 2,
    `normen na wijzigen: ${JSON.stringify(org.normen)}`);
}
