// A new registration: the household's name and its members in one form. An unborn child gets an expected
// birth date instead of a birth date. The registrant is involved from the start. Until the user names it,
// the household is called after the first member's surname; saving can go straight on to the assessment.

import { useId, useRef, useState, type FormEvent } from "react";
import {
  Button, FormField, FormFieldDescription, FormLabel, Heading1, Paragraph, Textbox,
} from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import { AppLink, navigeer, useOnopgeslagenWijzigingen } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { VeldFout } from "../onderdelen/VeldFout";
import { LidVelden, lidInvoer, nieuwLid, type Lid } from "../onderdelen/LidVelden";
import { InzetVelden, heeftContraIndicatie, inzetIngevuld, nieuweInzet, type Inzet } from "../onderdelen/InzetVelden";


export function NieuwHuishouden() {
  const [eigenNaam, setNaam] = useState<string | null>(null);  // null: not typed, follows the surname
  const [leden, setLeden] = useState<Lid[]>([nieuwLid("", "ouder")]);
  const achternaam = leden[0]?.achternaam.trim() ?? "";
  const naam = eigenNaam ?? (achternaam ? `Gezin ${achternaam}` : "");
  const [inzet, setInzet] = useState<Inzet>(nieuweInzet());
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [bezig, setBezig] = useState(false);
  const id = useId();
  // The preset relation and carried-over surname alone do not make a row filled in.
  const lidIngevuld = (l: Lid) => !!(l.voornaam.trim() || l.datum || l.bsn.trim() || l.ongeboren) ||
    (l === leden[0] && !!l.achternaam.trim());
  // An untouched member row is left out; the server names the others by their place in what was sent.
  const verstuurd = leden.flatMap((l, i) => (lidIngevuld(l) ? [i] : []));
  const ingevuld = (eigenNaam ?? "").trim() !== "" || verstuurd.length > 0 || inzetIngevuld(inzet);
  const verder = useRef(false);  // which button was used: go on to the assessment
  useOnopgeslagenWijzigingen(ingevuld && !bezig);

  // The household and its members in one request: the server saves all of it or nothing.
  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    setBezig(true);
    try {
      const { id: hid } = await api<{ id: string }>("POST", "/huishoudens", {
        naam, gezinsleden: verstuurd.map((i) => lidInvoer(leden[i])),
        inzet: { ...inzet, contraIndicatieErkend: heeftContraIndicatie(inzet) && inzet.contraIndicatieErkend },
      });
      navigeer(verder.current ? `/huishoudens/${hid}/taxatie` : `/huishoudens/${hid}`);
    } catch (err) {
      setFout(err as ApiFout);
      setBezig(false);
    }
  };

  return (
    <>
      <p className="regie-terug"><AppLink href="/">← Mijn huishoudens</AppLink></p>
      <Heading1>Nieuw huishouden</Heading1>
      <Paragraph>U wordt zelf betrokken als aanmelder. Gezinsleden kunt u later ook nog toevoegen.</Paragraph>
      <form onSubmit={opslaan} noValidate aria-label="Nieuw huishouden">
        {fout && <Foutmelding fout={fout} velden={{ naam: "Naam van het huishouden" }} />}
        <FormField>
          <FormLabel htmlFor={`${id}-naam`}>Naam van het huishouden</FormLabel>
          <FormFieldDescription id={`${id}-naam-uitleg`}>Vanzelf naar de achternaam van het eerste gezinslid; u kunt het aanpassen</FormFieldDescription>
          <VeldFout fout={fout} veld="naam" id={`${id}-naam-fout`} />
          <Textbox id={`${id}-naam`} value={naam}
            aria-describedby={`${id}-naam-uitleg ${id}-naam-fout`} onChange={(e) => setNaam(e.target.value)} />
        </FormField>
        {leden.map((l, i) => {
          const zet = (w: Partial<Lid>) => setLeden((x) => x.map((y, j) => (j === i ? { ...y, ...w } : y)));
          const p = `${id}-lid${i}`;
          return (
            <fieldset key={i} className="regie-blok">
              <legend>Gezinslid {i + 1}</legend>
              <LidVelden lid={l} zet={zet} fout={fout?.onder(`gezinsleden[${verstuurd.indexOf(i)}].`) ?? null} id={p} />
              {leden.length > 1 && (
                <Button appearance="subtle-button" onClick={() => setLeden((x) => x.filter((_, j) => j !== i))}>
                  Gezinslid {i + 1} weghalen
                </Button>
              )}
            </fieldset>
          );
        })}
        <div className="regie-knoppen">
          <Button appearance="secondary-action-button"
            onClick={() => setLeden((x) => [...x, nieuwLid(x[0]?.achternaam ?? "", "kind")])}>
            Nog een gezinslid
          </Button>
        </div>
        <InzetVelden inzet={inzet} zet={(w) => setInzet((x) => ({ ...x, ...w }))} fout={fout?.onder("inzet.") ?? null} id={`${id}-inzet`} />
        <div className="regie-knoppen">
          <Button type="submit" appearance="primary-action-button" disabled={bezig} onClick={() => { verder.current = true; }}>
            Opslaan en taxatie doen
          </Button>
          <Button type="submit" appearance="secondary-action-button" disabled={bezig} onClick={() => { verder.current = false; }}>
            Huishouden opslaan
          </Button>
        </div>
      </form>
    </>
  );
}
