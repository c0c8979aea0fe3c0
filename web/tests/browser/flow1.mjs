// Flow 1 of the issue: a regisseur registers a household with an unborn child, assesses it with safety
// signals, gets level 3 with measures, confirms, sees the Veiligheidsplan required, writes the
// Ondersteuningsplan with three goals and actions, has it signed, and later scales down with an aftercare
// agreement. Every user interaction is counted (docs/usability.md).

import { inloggen, kBasisantwoorden, scherm, teller, verwacht } from "./hulp.mjs";

const over = (dagen) => new Date(Date.now() + dagen * 864e5).toISOString().slice(0, 10);

export async function flow1(ctx) {
  const { page, url } = ctx;
  const t = teller(page);
  const { klik, vul, kies, vink, radio } = t;

  await inloggen(page, url, "fatima");
  t.aantal += 3;  // name, password, button

  // Registration: the household and two members, one unborn.
  await klik(page.getByRole("link", { name: "Nieuw huishouden" }));
  await page.getByRole("heading", { level: 1, name: "Nieuw huishouden" }).waitFor();
  await vul(page.getByLabel("Voornaam"), "Sara");
  await vul(page.getByLabel("Achternaam"), "Testpad");
  await vul(page.getByLabel("Geboortedatum"), "1990-04-02");
  // Named after the first surname, the first member a parent and the next a child, unless changed.
  verwacht(await page.getByLabel("Naam van het huishouden").inputValue() === "Gezin Testpad", "geen naam uit de achternaam");
  verwacht(await page.getByLabel("Relatie").inputValue() === "ouder", "de eerste is geen ouder");
  await klik(page.getByRole("button", { name: "Nog een gezinslid" }));
  const lid2 = page.getByRole("group", { name: "Gezinslid 2" });
  verwacht((await lid2.getByLabel("Achternaam").inputValue()) === "Testpad", "de achternaam is niet overgenomen");
  await vink(lid2.getByLabel("Nog niet geboren"));  // no first name yet, and a child by default
  await vul(lid2.getByLabel("Verwachte geboortedatum"), over(120));
  await vink(page.getByLabel("Er zijn zorgen, en hulp is nodig, op meer dan één leefgebied"));
  await scherm(page, ctx, "10-nieuw-huishouden");
  // Saved, and straight on to the assessment with a safety signal → advice level 3 with measures.
  await klik(page.getByRole("button", { name: "Opslaan en taxatie doen" }));
  await page.getByRole("heading", { level: 1, name: "Taxatie: Gezin Testpad" }).waitFor();
  for (const [vraag, antwoord] of kBasisantwoorden) await radio(vraag, antwoord);
  await klik(page.getByRole("button", { name: "Signaal toevoegen" }));
  await kies(page.getByLabel("Soort signaal"), "stalking");
  await vink(page.getByLabel("Acuut: er is nu (mogelijk) gevaar"));
  await scherm(page, ctx, "11-taxatie");
  await klik(page.getByRole("button", { name: "Advies bekijken" }));
  const advies = page.locator("section.regie-advies");
  await advies.getByRole("heading", { name: /Advies: Niveau 3/ }).waitFor();
  // Acute police contact first and unmissable: an alert above everything else of the advice.
  const eersteAlert = advies.locator("[role=alert]").first();
  verwacht(/politie/i.test(await eersteAlert.innerText()), "politie niet als eerste");
  verwacht((await advies.getByRole("heading", { name: "Extra veiligheidsmaatregelen" }).count()) === 1, "geen maatregelen");
  await scherm(page, ctx, "12-advies");

  // Confirm → the new requirements appear as tasks.
  await klik(page.getByRole("button", { name: "Besluit vastleggen: niveau 3" }));
  await page.getByText("Het besluit is vastgelegd: niveau 3").waitFor();
  const taken = await page.locator("section.regie-taken").innerText();
  verwacht(/veiligheidsplan/i.test(taken), `geen taak voor het veiligheidsplan: ${taken}`);
  verwacht(/ondersteuningsplan/i.test(taken), `geen taak voor het ondersteuningsplan: ${taken}`);
  const leden = await page.locator("section[aria-labelledby=leden-titel] tbody").innerText();
  verwacht(/Ongeboren kind Testpad\s+kind\s+ongeboren, verwacht/.test(leden), `geen ongeboren kind: ${leden}`);
  verwacht(/Sara Testpad\s+ouder\s+3\d jaar/.test(leden), `geen leeftijd van Sara: ${leden}`);
  await scherm(page, ctx, "13-huishouden-niveau-3");

  // The support plan: three goals with actions, the kindcheck, the household's own words.
  await klik(page.getByRole("link", { name: "Naar het ondersteuningsplan" }));
  await page.getByRole("heading", { level: 1, name: "Ondersteuningsplan: Gezin Testpad" }).waitFor();
  await kies(page.getByLabel("Leefgebied toevoegen"), "veiligheid");
  await klik(page.getByRole("button", { name: "Toevoegen", exact: true }));
  await vul(page.getByRole("group", { name: "Veiligheid" }).getByLabel("Wat gaat goed (krachten)"), "Sara zoekt zelf hulp.");
  await vul(page.getByRole("group", { name: "Veiligheid" }).getByLabel("Zorgen"), "Een ex-partner volgt haar.");
  const doelen = [
    ["Sara en de baby zijn veilig thuis.", "veiligheid", "Contactverbod aanvragen met hulp van de advocaat."],
    ["De bevalling is goed voorbereid.", "gezondheid", "Verloskundige en kraamzorg regelen."],
    ["Er is rust in de geldzaken.", "inkomen_financien", "Aanmelden bij de schuldhulp van de gemeente."],
  ];
  for (const [i, [omschrijving, leefgebied, actie]] of doelen.entries()) {
    await klik(page.getByRole("button", { name: "Doel toevoegen" }));
    const doel = page.getByRole("group", { name: `Doel ${i + 1}`, exact: true });
    await vul(doel.getByLabel("Wat wil het huishouden bereiken?"), omschrijving);
    await kies(doel.getByLabel("Leefgebied"), leefgebied);
    const a = doel.getByRole("group", { name: `Doel ${i + 1}, actie 1` });
    await vul(a.getByLabel("Actie 1: wat gebeurt er?"), actie);
    // The target date and the action's date are the evaluation date, the owner the regisseur (Sara for one).
    if (i === 1) await kies(a.getByLabel("Wie"), { label: "Sara Testpad" });
  }
  await vul(page.getByLabel("Ongeboren kind Testpad"), "De baby komt over vier maanden; kraamzorg en veiligheid thuis zijn geregeld.");
  await vul(page.getByLabel("Wat het huishouden zelf zegt over het plan"), "Ik wil me weer veilig voelen in mijn eigen huis.");
  verwacht(await page.getByLabel("Evaluatiedatum").inputValue() === over(42), "de evaluatiedatum volgt de norm niet (6 weken)");
  await klik(page.getByRole("button", { name: "Plan opslaan als nieuwe versie" }));
  await page.getByText("Versie 1 is opgeslagen.").waitFor();
  await scherm(page, ctx, "14-ondersteuningsplan");
  await kies(page.getByLabel("Gezinslid", { exact: true }), { label: "Sara Testpad" });
  await klik(page.getByRole("button", { name: "Versie 1 ondertekenen" }));
  await page.getByText(/Sara Testpad ondertekende versie 1 op .* op papier/).waitFor();

  // Later: the situation is safe again → scale down, with the aftercare agreement.
  await klik(page.getByRole("link", { name: "← Gezin Testpad" }));
  await klik(page.getByRole("link", { name: "Taxatie doen" }));
  await radio("Hoe is de balans tussen wat het huishouden draagt en aankan?", "In balans");
  await radio("Hoe goed redt het huishouden zich zelf?", "Voldoende");
  await radio("Is de basiszorg (huisarts, school, consultatiebureau) genoeg?", "Ja");
  await radio("Hoe veilig is het?", "Veilig");
  // The answers that did not change stay as the first assessment gave them.
  await klik(page.getByRole("button", { name: "Advies bekijken" }));
  await advies.getByRole("heading", { name: /Advies: Niveau 1 .*afschalen/ }).waitFor();
  const nazorg = page.getByRole("group", { name: /Nazorgafspraak/ });
  await nazorg.waitFor();
  // Without the agreement the decision is refused, naming the fields.
  await page.getByRole("button", { name: "Besluit vastleggen: niveau 1" }).click();
  const melding = await page.locator("form[aria-label='Besluit over het niveau'] [role=alert]").innerText();
  verwacht(/Nazorg: (wie|wat|tot)/.test(melding), `de melding noemt het veld niet: ${melding}`);
  await vul(nazorg.getByLabel("Wie blijft een oogje in het zeil houden?"), "Fatima El Amrani, wijkteam");
  await vul(nazorg.getByLabel("Wat spreekt u af?"), "Elke maand even bellen met Sara.");
  await vul(nazorg.getByLabel("Tot wanneer?"), over(180));
  await vul(nazorg.getByLabel("Wanneer schalen we weer op?"), "Als de ex-partner weer contact zoekt.");
  await scherm(page, ctx, "15-afschalen-nazorg");
  await klik(page.getByRole("button", { name: "Besluit vastleggen: niveau 1" }));
  await page.getByText("Het besluit is vastgelegd: niveau 1").waitFor();
  return t.aantal;
}
