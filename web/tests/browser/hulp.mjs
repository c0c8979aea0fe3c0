// Shared steps of the browser tests.

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const axeBron = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const WACHTWOORD = "regie-demo-2026";

/** The code an authenticator app shows now (or `verschuiving` seconds from now), from Debian's oathtool. */
export const oathtool = (geheim, verschuiving = 0) =>
  execFileSync("oathtool", ["--totp", "-b", geheim, "--now", `@${Math.floor(Date.now() / 1000) + verschuiving}`]).toString().trim();

/** The required assessment questions answered for a household with signals of unsafety (level 3). */
export const kBasisantwoorden = [
  ["Hoe is de balans tussen wat het huishouden draagt en aankan?", "Deels uit balans"],
  ["Hoe goed redt het huishouden zich zelf?", "Beperkt"],
  ["Is de basiszorg (huisarts, school, consultatiebureau) genoeg?", "Nee"],
  ["Hoe veilig is het?", "Er zijn signalen van onveiligheid"],
  ["Moeten zorg- en veiligheidsketen samen optrekken?", "Nee"],
  ["Is er escalatie of maatschappelijke onrust, in de buurt of in de media?", "Nee"],
];

/** What a registration through the API records about deploying the method: one criterion is enough. */
export const kInzet = { criteria: ["zorgen_meerdere_leefgebieden"] };

export function verwacht(voorwaarde, melding) {
  if (!voorwaarde) throw new Error(melding);
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is, and fails on any violation. */
export async function toegankelijk(page, scherm) {
  // Injected through the DevTools protocol, so the page's Content-Security-Policy stays as strict as it is.
  await page.evaluate(axeBron);
  const uitslag = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  const fouten = uitslag.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`,
  );
  verwacht(fouten.length === 0, `axe vond ${fouten.length} schending(en) op ${scherm}:\n  ${fouten.join("\n  ")}`);
}

/** A screenshot for review, after checking accessibility. */
export async function scherm(page, ctx, naam) {
  await toegankelijk(page, naam);
  await page.screenshot({ path: join(ctx.screenshots, `${naam}.png`), fullPage: true });
}

/** Logs in through the screen and waits for the first screen of that role. */
export async function inloggen(page, url, gebruiker, eersteScherm = "Mijn huishoudens") {
  await page.goto(url);
  await page.getByLabel("Gebruikersnaam").fill(gebruiker);
  await page.getByLabel("Wachtwoord").fill(WACHTWOORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("heading", { level: 1, name: eersteScherm }).waitFor();
}

/** Logs in through the API (for setting up a test) and returns a fetch bound to that session. */
export async function apiSessie(url, gebruiker) {
  const r = await fetch(`${url}/api/v1/sessies`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ gebruikersnaam: gebruiker, wachtwoord: WACHTWOORD }),
  });
  verwacht(r.status === 201, `inloggen als ${gebruiker} via de API: ${r.status}`);
  const cookie = r.headers.get("set-cookie").split(";")[0];
  const { csrfToken } = await r.json();
  return async (methode, pad, body) => {
    const a = await fetch(`${url}/api/v1${pad}`, {
      method: methode,
      headers: { Cookie: cookie, "X-CSRF-Token": csrfToken, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: a.status, body: a.status === 204 ? null : await a.json() };
  };
}

/** Counts a user's interactions: every click, typed field, choice and tick is one (docs/usability.md). */
export function teller(page) {
  const t = {
    aantal: 0,
    klik: async (loc) => { t.aantal++; await loc.click(); },
    vul: async (loc, w) => { t.aantal++; await loc.fill(w); },
    kies: async (loc, w) => { t.aantal++; await loc.selectOption(w); },
    vink: async (loc) => { t.aantal++; await loc.check(); },
    radio: async (vraag, antwoord) => {
      t.aantal++;
      await page.getByRole("group", { name: vraag }).getByLabel(antwoord, { exact: true }).check();
    },
  };
  return t;
}
