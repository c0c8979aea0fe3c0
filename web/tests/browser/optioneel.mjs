// Every optional field of the registration and assessment forms filled in once, through the screens, and
// read back from the API: a field the form sends but the API refuses (or drops) cannot hide again.

import { apiSessie, inloggen, kBasisantwoorden, verwacht } from "./hulp.mjs";

const over = (dagen) => new Date(Date.now() + dagen * 864e5).toISOString().slice(0, 10);

export async function alleOptioneleVelden(ctx) {
  const { page, url } = ctx;
  const radio = (vraag, antwoord) => page.getByRole("group", { name: vraag }).getByLabel(antwoord, { exact: true }).check();
  await inloggen(page, url, "fatima");

  // Registration: a parent with relation and BSN, an unborn child; one request.
  await page.getByRole("link", { name: "Nieuw huishouden" }).click();
  await page.getByLabel("Naam van het huishouden").fill("Gezin Alles Ingevuld");
  await page.getByLabel("Voornaam").fill("Iris");
  await page.getByLabel("Achternaam").fill("Ingevuld");
  await page.getByLabel("Relatie").selectOption("ouder");
  await page.getByLabel("Geboortedatum").fill("1988-06-15");
  await page.getByLabel("BSN (niet verplicht)").fill("111222333");
  await page.getByRole("button", { name: "Nog een gezinslid" }).click();
  const lid2 = page.getByRole("group", { name: "Gezinslid 2" });
  await lid2.getByLabel("Voornaam").fill("Baby");
  await lid2.getByLabel("Relatie").selectOption("kind");
  await lid2.getByLabel("Nog niet geboren").check();
  await lid2.getByLabel("Verwachte geboortedatum").fill(over(90));
  await page.getByLabel("Gezinsleden gaan zorg soms uit de weg").check();
  await page.getByLabel("De basiszorg schiet tekort").check();
  await page.getByLabel("Wil het huishouden meewerken?").selectOption("afwezig");
  await page.getByRole("button", { name: "Huishouden opslaan" }).click();
  await page.getByRole("heading", { level: 1, name: "Gezin Alles Ingevuld" }).waitFor();
  const id = /\/huishoudens\/([a-z2-7]{26})/.exec(page.url())[1];

  // The assessment with every question answered, the optional ones too, and a signal with its explanation.
  await page.getByRole("link", { name: "Taxatie doen" }).click();
  for (const [vraag, antwoord] of kBasisantwoorden) await radio(vraag, antwoord);
  await page.getByRole("button", { name: "Signaal toevoegen" }).click();
  await page.getByLabel("Soort signaal").selectOption("complexe_scheiding");
  await page.getByLabel("Acuut: er is nu (mogelijk) gevaar").check();
  await page.getByLabel("Fase van het conflict (Glasl, 1–9)").fill("4");
  await page.getByLabel("Toelichting (niet verplicht)").fill("Ruzie bij de overdracht van de kinderen.");
  await radio("Is er acute problematiek?", "Nee");
  await radio("Hoe zijn de zorgen?", "Meerdere zorgen");
  await radio("Loopt de hulp vast omdat er meer deskundigheid nodig is?", "Nee");
  await radio("Loopt de samenwerking tussen professionals vast?", "Nee");
  await radio("Wil het huishouden hulp?", "Ja");
  await radio("Laat de situatie het huishouden onverschillig?", "Nee");
  await page.getByRole("button", { name: "Advies bekijken" }).click();
  await page.locator("section.regie-advies").getByRole("heading", { name: /Advies: Niveau/ }).waitFor();
  verwacht((await page.locator("form[aria-label=Taxatie] [role=alert]").count()) === 0, "de taxatie gaf een foutmelding");

  const fatima = await apiSessie(url, "fatima");
  const dossier = (await fatima("GET", `/huishoudens/${id}`)).body;
  const inzet = dossier.inzet;
  verwacht(inzet?.criteria.join() === "zorgmijdend" && inzet.basiszorgOnvoldoende && !inzet.acuutGevaar
    && inzet.motivatie === "afwezig" && inzet.altijdStarten, `inzet: ${JSON.stringify(inzet)}`);
  const iris = dossier.gezinsleden.find((l) => l.voornaam === "Iris");
  verwacht(iris?.bsn === "111222333" && iris.relatie === "ouder", `het eerste gezinslid: ${JSON.stringify(iris)}`);
  verwacht(dossier.gezinsleden.some((l) => l.leeftijd.ongeboren && l.relatie === "kind"), "het ongeboren kind ontbreekt");
  const signalen = (await fatima("GET", `/huishoudens/${id}/signalen`)).body.items;
  verwacht(signalen.length === 1, `signalen: ${JSON.stringify(signalen)}`);
  verwacht(signalen[0].toelichting === "Ruzie bij de overdracht van de kinderen.", `toelichting: ${signalen[0].toelichting}`);
  verwacht(signalen[0].glaslFase === 4 && signalen[0].acuut === true, `signaal: ${JSON.stringify(signalen[0])}`);
}

/** A member that fails validation saves nothing: no household without its members. */
export async function nieuwHuishoudenHeelOfNiet(ctx) {
  const { page, url } = ctx;
  await inloggen(page, url, "fatima");
  const fatima = await apiSessie(url, "fatima");
  const aantal = async () => (await fatima("GET", "/mij/huishoudens?paginaGrootte=100")).body.totaal;
  const voor = await aantal();
  await page.getByRole("link", { name: "Nieuw huishouden" }).click();
  await page.getByLabel("Naam van het huishouden").fill("Gezin Half");
  await page.getByLabel("Voornaam").fill("Eerste");
  await page.getByLabel("Achternaam").fill("Half");
  await page.getByLabel("Relatie").selectOption("ouder");
  await page.getByLabel("Geboortedatum").fill("1980-01-01");
  await page.getByRole("button", { name: "Nog een gezinslid" }).click();
  const lid2 = page.getByRole("group", { name: "Gezinslid 2" });
  await lid2.getByLabel("Voornaam").fill("Tweede");
  await lid2.getByLabel("Relatie").selectOption("partner");
  await lid2.getByLabel("Geboortedatum").fill("1985-01-01");
  await lid2.getByLabel("BSN (niet verplicht)").fill("123456789");
  await page.getByLabel("Gezinsleden gaan zorg soms uit de weg").check();
  await page.getByRole("button", { name: "Huishouden opslaan" }).click();
  const melding = await page.getByRole("alert").innerText();
  verwacht(/Gezinslid 2, bsn/i.test(melding), `de melding noemt het veld niet: ${melding}`);
  verwacht(/burgerservicenummer/.test(await lid2.innerText()), "geen melding bij het BSN van gezinslid 2");
  verwacht((await aantal()) === voor, "een huishouden is half opgeslagen");
  // Corrected, the same form saves everything at once.
  await lid2.getByLabel("BSN (niet verplicht)").fill("");
  await page.getByRole("button", { name: "Huishouden opslaan" }).click();
  await page.getByRole("heading", { level: 1, name: "Gezin Half" }).waitFor();
  verwacht((await aantal()) === voor + 1, "niet precies één nieuw huishouden");
  const rijen = await page.locator("section[aria-labelledby=leden-titel] tbody tr").count();
  verwacht(rijen === 2, `${rijen} gezinsleden`);
}
