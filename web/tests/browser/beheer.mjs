// The beheerder's screen (issue "identity and administration"): his gemeente's accounts (block, unblock, end
// sessions) and failed logins per account and per address, without any household data.

import { apiSessie, inloggen, toegankelijk, verwacht, WACHTWOORD } from "./hulp.mjs";

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
