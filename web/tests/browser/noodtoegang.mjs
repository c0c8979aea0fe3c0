// Emergency access through the screens: Jeroen, not involved, asks for it on the no-access page with a
// reason, reads the household, and his manager Sanne reviews it, seeing the reason and the time window.

import { apiSessie, inloggen, kInzet, scherm, verwacht } from "./hulp.mjs";

export async function noodtoegang(ctx) {
  const { page, context, url } = ctx;
  const fatima = await apiSessie(url, "fatima");
  const id = (await fatima("POST", "/huishoudens", { naam: "Gezin Spoed", inzet: kInzet })).body.id;

  await inloggen(page, url, "jeroen");
  await page.goto(`${url}/huishoudens/${id}`);
  await page.getByRole("heading", { level: 1, name: "U hebt geen toegang tot dit huishouden" }).waitFor();
  const form = page.getByRole("form", { name: "Noodtoegang vragen" });
  await form.getByRole("button", { name: "Noodtoegang vragen" }).click();
  const melding = form.getByRole("alert");
  await melding.waitFor();
  verwacht(/Reden: Dit veld is verplicht/.test(await melding.innerText()), `geen melding bij een lege reden: ${await melding.innerText()}`);
  await form.getByLabel("Waarom heeft u nu toegang nodig?").fill("De school meldt dat de kinderen niet zijn opgehaald; de regisseur is onbereikbaar.");
  await scherm(page, ctx, "32-noodtoegang-vragen");
  await form.getByRole("button", { name: "Noodtoegang vragen" }).click();
  await page.getByRole("heading", { level: 1, name: "Gezin Spoed" }).waitFor();

  await context.clearCookies();
  await inloggen(page, url, "sanne", "Mijn team");
  const beoordeling = page.getByRole("form", { name: "Noodtoegang van Jeroen Bakker" });
  await beoordeling.waitFor();
  const tekst = await beoordeling.innerText();
  verwacht(/kinderen niet zijn opgehaald/.test(tekst), `de reden ontbreekt: ${tekst}`);
  verwacht(/van .* tot /.test(tekst), `het tijdvenster ontbreekt: ${tekst}`);
  await scherm(page, ctx, "33-noodtoegang-beoordelen");
  await beoordeling.getByRole("group", { name: "Was de noodtoegang terecht?" }).getByLabel("Terecht", { exact: true }).check();
  await beoordeling.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  await page.getByText("Niets te beoordelen.").waitFor();
}
