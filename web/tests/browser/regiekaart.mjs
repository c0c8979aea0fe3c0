// The regiekaart as its level texts write it: a household does not leave a level until that level's own
// conditions hold, and the advice screen says which do not yet.

import { apiSessie, inloggen, scherm, verwacht } from "./hulp.mjs";

/** Level 2, capacity back in balance but still not self-reliant: the advice keeps level 2 and names what is
 *  missing for level 1. */
export async function nogNietAfschalen(ctx) {
  const { page, url } = ctx;
  const fatima = await apiSessie(url, "fatima");
  const id = (await fatima("POST", "/huishoudens", { naam: "Gezin Blijft Twee" })).body.id;
  const taxatie = await fatima("POST", `/huishoudens/${id}/taxaties`, {
    draagkracht: "deels_uit_balans", zelfredzaamheid: "beperkt", basiszorgToereikend: false, veiligheid: "veilig",
    ketenoverstijgendNodig: false, escalatie: "geen",
  });
  const versie = (await fatima("GET", `/huishoudens/${id}`)).body.versie;
  const besluit = await fatima("POST", `/huishoudens/${id}/niveaubesluiten`, { taxatieId: taxatie.body.id, niveau: 2, versie });
  verwacht(besluit.status === 201, `besluit: ${besluit.status} ${JSON.stringify(besluit.body)}`);

  await inloggen(page, url, "fatima");
  await page.goto(`${url}/huishoudens/${id}`);
  await page.getByRole("link", { name: "Taxatie doen" }).click();
  const radio = (vraag, antwoord) => page.getByRole("group", { name: vraag }).getByLabel(antwoord, { exact: true }).check();
  await radio("Hoe is de balans tussen wat het huishouden draagt en aankan?", "In balans");
  await radio("Hoe goed redt het huishouden zich zelf?", "Beperkt");
  await radio("Is de basiszorg (huisarts, school, consultatiebureau) genoeg?", "Nee");
  await radio("Hoe veilig is het?", "Veilig");
  await radio("Moeten zorg- en veiligheidsketen samen optrekken?", "Nee");
  await radio("Is er sprake van escalatie of onrust in de buurt?", "Nee");
  await page.getByRole("button", { name: "Advies bekijken" }).click();
  await page.getByRole("heading", { name: /Advies: Niveau 2 .*gelijk blijven/ }).waitFor();
  const blok = page.getByRole("region", { name: "Nog niet naar niveau 1" });
  await blok.waitFor();
  const tekst = await blok.innerText();
  verwacht(/redt zich weer voldoende of volledig zelf/.test(tekst), `zelfredzaamheid niet genoemd:\n${tekst}`);
  verwacht(/Basiszorg is genoeg/.test(tekst), `basiszorg niet genoemd:\n${tekst}`);
  verwacht(!/draagkracht/i.test(tekst), `de draagkracht is al in balans en hoort er niet bij:\n${tekst}`);
  await scherm(page, ctx, "16-nog-niet-afschalen");
}
