// Logging in through the gemeente's own identity provider (issue "identity and administration", ADR 0021),
// in the browser: the test IdP (tools/test-idp, oidc-provider) on loopback, Regie set up for it with the
// command line, the button on the login page, the IdP's login and back, logging out there too, a refusal
// explained on the login page, and the settings in the beheerder's screen.

import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { apiSessie, inloggen, scherm, toegankelijk, verwacht } from "./hulp.mjs";

const idpScript = resolve(dirname(fileURLToPath(import.meta.url)), "../../../tools/test-idp/idp.mjs");

async function vrijePoort() {
  const s = createServer();
  await new Promise((klaar) => s.listen(0, "127.0.0.1", klaar));
  const poort = s.address().port;
  await new Promise((klaar) => s.close(klaar));
  return poort;
}

/** The test IdP with Regie's client registered; stopped by the returned function. */
async function startIdp(poort, publiekeSleutel, url) {
  const map = mkdtempSync(join(tmpdir(), "regie-idp-"));
  const instellingen = join(map, "idp.json");
  writeFileSync(instellingen, JSON.stringify({
    poort,
    clients: [{
      client_id: "regie", token_endpoint_auth_method: "private_key_jwt", token_endpoint_auth_signing_alg: "ES256",
      jwks: { keys: [publiekeSleutel] }, redirect_uris: [`${url}/api/v1/inlogdiensten/terugkeer`],
      post_logout_redirect_uris: [`${url}/`],
    }],
    accounts: { "u-fatima": { preferred_username: "fatima", name: "Fatima" } },
  }));
  const idp = spawn(process.execPath, [idpScript, instellingen], { stdio: ["ignore", "pipe", "ignore"] });
  await new Promise((klaar, mislukt) => {
    let uit = "";
    idp.stdout.on("data", (d) => { uit += d; if (uit.includes("IdP luistert op")) klaar(); });
    idp.on("exit", (code) => mislukt(new Error(`test-IdP stopte (${code}): ${uit}`)));
  });
  return () => {
    idp.kill("SIGTERM");
    rmSync(map, { recursive: true, force: true });
  };
}

export async function inloggenViaInlogdienst(ctx) {
  const { page, url, regie, data } = ctx;
  const poort = await vrijePoort();
  const issuer = `http://127.0.0.1:${poort}`;
  const uitvoer = execFileSync(regie, ["gemeente", "inlogdienst", "Zuiderveen", "--issuer", issuer, "--client-id", "regie",
    "--terugkeer-adres", `${url}/api/v1/inlogdiensten/terugkeer`, "--naam", "Inloggen met het gemeenteaccount",
    "--data-dir", data], { encoding: "utf8" });
  const sleutel = JSON.parse(/publieke sleutel:\s+(\{.*\})/.exec(uitvoer)[1]);
  const stoppen = await startIdp(poort, sleutel, url);
  try {
    await page.goto(url);
    const knop = page.getByRole("link", { name: "Inloggen met het gemeenteaccount" });
    await knop.waitFor();
    await scherm(page, ctx, "inloggen met de knop van de inlogdienst");
    await knop.click();
    await page.getByRole("heading", { level: 1, name: "Mijn huishoudens" }).waitFor();
    verwacht(page.url().startsWith(url), `niet terug bij Regie: ${page.url()}`);

    // Logging out in Regie goes on to the IdP's logout.
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL((u) => u.href.startsWith(issuer));

    // A refused login comes back to the login page with the reason in words.
    await page.goto(`${url}/?inlogfout=account`);
    await page.getByRole("alert").filter({ hasText: "geen actief account" }).waitFor();
    await toegankelijk(page, "inloggen: de inlogdienst weigerde");

    // The beheerder sees the settings and the key to register, and changes the button's text.
    await inloggen(page, url, "henk", "Welkom bij Regie");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
    const deel = page.getByRole("region", { name: "Inlogdienst" });
    await deel.getByText(issuer).first().waitFor();
    await deel.getByLabel("Publieke sleutel").waitFor();
    await deel.getByRole("button", { name: "Inlogdienst wijzigen" }).click();
    await deel.getByLabel("Tekst op de inlogknop").fill("");
    await deel.getByRole("button", { name: "Inlogdienst opslaan" }).click();
    await deel.getByRole("alert").waitFor();
    await scherm(page, ctx, "beheer: inlogdienst met een fout bij het veld");
    await deel.getByLabel("Tekst op de inlogknop").fill("Via Zuiderveen-account");
    // New colleagues get an account, placed by their department; the IdP's groups give the roles.
    await deel.getByLabel("Een onbekende medewerker krijgt bij zijn eerste inlog een account").check();
    await deel.getByLabel("Claim met de afdeling").fill("department");
    await deel.getByLabel("Team per afdeling").fill("jeugd=Ambulant");
    await deel.getByLabel("Claim met de groepen").fill("groups");
    await deel.getByLabel("Rol per groep").fill("medewerkers=regisseur");
    await deel.getByRole("button", { name: "Inlogdienst opslaan" }).click();
    await page.getByText("De inlogdienst is opgeslagen.").waitFor();
    await deel.getByText("Via Zuiderveen-account").waitFor();
    const henk = await apiSessie(url, "henk");
    const instelling = (await henk("GET", "/beheer/inlogdienst")).body;
    const ambulant = (await henk("GET", "/teams")).body.items.find((t) => t.naam === "Ambulant");
    verwacht(instelling.teamClaim === "department" && instelling.teams.length === 1 &&
      instelling.teams[0].waarde === "jeugd" && instelling.teams[0].teamId === ambulant.id &&
      instelling.rollen[0]?.rol === "regisseur", `instelling: ${JSON.stringify(instelling)}`);
  } finally {
    stoppen();
    execFileSync(regie, ["gemeente", "inlogdienst", "Zuiderveen", "uit", "--data-dir", data], { stdio: "ignore" });
  }
}
