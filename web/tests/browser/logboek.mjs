// The data protection officer (issue "Logboek Dataverwerkingen"): Fatima reads a household under a trace of a
// calling system; the officer finds that processing by its trace id — one line per member, pseudonymised, no
// name of the household on the screen — and rewords an activity of the register into a new version.

import { apiSessie, inloggen, toegankelijk, verwacht, WACHTWOORD } from "./hulp.mjs";

export async function logboekVoorDeFunctionaris(ctx) {
  const { page, url } = ctx;
  const fatima = await apiSessie(url, "fatima");
  const h = (await fatima("GET", "/mij/huishoudens?paginaGrootte=100")).body.items[0];
  verwacht(h, "Fatima heeft geen huishouden in de demo");
  const trace = "0af7651916cd43dd8448eb211c80319c";
  const login = await fetch(`${url}/api/v1/sessies`, {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ gebruikersnaam: "fatima", wachtwoord: WACHTWOORD }),
  });
  const cookie = login.headers.get("set-cookie").split(";")[0];
  const gelezen = await fetch(`${url}/api/v1/huishoudens/${h.id}`, {
    headers: { Cookie: cookie, traceparent: `00-${trace}-b7ad6b7169203331-01` },
  });
  verwacht(gelezen.status === 200, `huishouden lezen: ${gelezen.status}`);
  verwacht(gelezen.headers.get("traceparent").startsWith(`00-${trace}-`), "de trace wordt niet voortgezet");
  const leden = (await gelezen.json()).gezinsleden.length;

  await inloggen(page, url, "pieter", "Verwerkingenlogboek");
  await page.getByRole("link", { name: "Logboek" }).waitFor();
  await page.getByLabel("Trace-id").fill(trace);
  await page.getByRole("button", { name: "Zoeken" }).click();
  await page.waitForURL(new RegExp(`traceId=${trace}`));
  // The answer's table, not the register's below it (which is on the screen before the answer arrives).
  const rijen = page.locator("main table")
    .filter({ has: page.getByRole("columnheader", { name: "Betrokkene (pseudoniem)" }) })
    .locator("tbody tr");
  await rijen.first().waitFor();
  verwacht(await rijen.count() === leden, `${await rijen.count()} regels voor ${leden} gezinsleden`);
  for (const tekst of await rijen.allInnerTexts()) {
    verwacht(tekst.includes("huishouden.lezen") && tekst.includes("gelukt") && tekst.includes("persoon"), `regel: ${tekst}`);
  }
  const scherm = await page.locator("main").innerText();
  verwacht(!scherm.includes(h.naam), "het logboek toont de naam van het huishouden");
  await toegankelijk(page, "logboek: verwerkingen van één trace");

  // A question about everything is not possible: without a filter the screen asks for one.
  await page.goto(`${url}/logboek`);
  await page.getByText("Kies een verwerkingsactiviteit, of vul een betrokkene of een trace-id in.").waitFor();

  // Rewording an activity makes a new version.
  const register = page.getByRole("region", { name: "Register van verwerkingsactiviteiten" });
  const rij = register.getByRole("row", { name: /toezicht/ });
  await rij.getByRole("button", { name: /anders formuleren/ }).click();
  await register.getByLabel("Naam").fill("Toezicht op spoedtoegang");
  await register.getByRole("button", { name: "Nieuwe versie opslaan" }).click();
  await register.getByRole("status").filter({ hasText: "Nieuwe versie van \"toezicht\" opgeslagen." }).waitFor();
  const nieuw = await register.getByRole("row", { name: /Toezicht op spoedtoegang/ }).innerText();
  verwacht(/\b2 \(sinds/.test(nieuw), `versie na het herformuleren: ${nieuw}`);
  await toegankelijk(page, "logboek: register van verwerkingsactiviteiten");
}
