// Browser tests: the real `regie serve` with the demo gemeente on loopback, driven by Debian's chromium
// through playwright-core. Every screen a test visits is checked with axe-core (WCAG 2.1 AA: 0 violations
// allowed) and saved as a screenshot under build/screenshots for review.
// Usage: node web/tests/browser/run.mjs PATH/TO/regie   (exit 0 when every test passes)

import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { tests } from "./tests.mjs";
import { mailbak } from "./mailbak.mjs";

const hier = dirname(fileURLToPath(import.meta.url));
const bron = resolve(hier, "../../..");
const regie = resolve(process.argv[2] ?? join(bron, "build/debug/regie"));
const chromiumPad = process.env.CHROMIUM ?? "/usr/bin/chromium";
const screenshots = join(bron, "build/screenshots");
mkdirSync(screenshots, { recursive: true });

const data = mkdtempSync(join(tmpdir(), "regie-browser-"));
execFileSync(regie, ["demo", "--data-dir", data], { stdio: "ignore" });
const mail = await mailbak();  // the server mails about notifications, as a gemeente with a mail server does
const server = spawn(regie, ["serve", "--port", "0", "--data-dir", data, "--web", join(bron, "web/dist"),
  "--smtp-url", mail.url, "--smtp-afzender", "regie@zuiderveen.example"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise((klaar, mislukt) => {
  let uit = "";
  server.stdout.on("data", (d) => {
    uit += d;
    const m = /http:\/\/[0-9.:]+/.exec(uit);
    if (m) klaar(m[0]);
  });
  server.on("exit", (code) => mislukt(new Error(`regie serve stopte (${code}): ${uit}`)));
});

const browser = await chromium.launch({
  executablePath: chromiumPad,
  headless: true,
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});

let mislukt = 0;
const alleen = process.env.BROWSER_TEST;
try {
  for (const [naam, test] of Object.entries(tests)) {
    if (alleen && !naam.includes(alleen)) continue;
    const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cspFouten = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspFouten.push(m.text());
    });
    const paginaFouten = [];
    page.on("pageerror", (e) => paginaFouten.push(e.message));
    const begin = Date.now();
    try {
      await test({ page, context, url, screenshots, naam, mails: mail.mails, regie, data });
      if (paginaFouten.length) throw new Error(`fout in de app: ${paginaFouten.join(" | ")}`);
      if (cspFouten.length) throw new Error(`Content-Security-Policy blokkeerde iets: ${cspFouten.join(" | ")}`);
      console.log(`ok    ${naam} (${Date.now() - begin} ms)`);
    } catch (e) {
      mislukt++;
      console.log(`FOUT  ${naam}\n${e.stack ?? e}`);
      const meldingen = await page.locator("[role=alert]").allInnerTexts().catch(() => []);
      if (meldingen.length) console.log(`      meldingen op het scherm: ${meldingen.join(" | ")}`);
      if (paginaFouten.length) console.log(`      fouten in de app: ${paginaFouten.join(" | ")}`);
      await page.screenshot({ path: join(screenshots, `FOUT-${naam.replace(/\W+/g, "-")}.png`), fullPage: true }).catch(() => {});
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill("SIGTERM");
  await new Promise((r) => server.on("exit", r));
  mail.sluiten();
  rmSync(data, { recursive: true, force: true });
}
console.log(mislukt ? `${mislukt} browsertest(s) mislukt` : "alle browsertests geslaagd");
process.exit(mislukt ? 1 : 0);
