// A new registration: the household's name and its members in one form. An unborn child gets an expected
// birth date instead of a birth date. The registrant is involved from the start.

import { useId, useState, type FormEvent } from "react";
import {
  Button, FormField, FormFieldDescription, FormLabel, Heading1, Paragraph, Textbox,
} from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import { AppLink, navigeer } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { VeldFout } from "../onderdelen/VeldFout";
import { LidVelden, lidInvoer, nieuwLid, type Lid } from "../onderdelen/LidVelden";


export function NieuwHuishouden() {
  const [naam, setNaam] = useState("");
  const [leden, setLeden] = useState<Lid[]>([nieuwLid()]);
  const [fout, setFout] = useState<{ fout: ApiFout; lid?: number } | null>(null);
  const [huishoudenId, setHuishoudenId] = useState<string | null>(null);
  const [opgeslagen, setOpgeslagen] = useState(0);  // members saved so far: a retry never adds one twice
  const id = useId();

  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    let hid = huishoudenId;
    try {
      if (!hid) {
        hid = (await api<{ id: string }>("POST", "/huishoudens", { naam })).id;
        setHuishoudenId(hid);
      }
    } catch (err) {
      setFout({ fout: err as ApiFout });
      return;
    }
    for (let i = opgeslagen; i < leden.length; i++) {
      const l = leden[i];
      try {
        await api("POST", `/huishoudens/${hid}/gezinsleden`, lidInvoer(l));
        setOpgeslagen(i + 1);
      } catch (err) {
        setFout({ fout: err as ApiFout, lid: i });
        return;
      }
    }
    navigeer(`/huishoudens/${hid}`);
  };

  const veldFout = (i: number) => (fout?.lid === i ? fout.fout : null);

  return (
    <>
      <p className="regie-terug"><AppLink href="/">← Mijn huishoudens</AppLink></p>
      <Heading1>Nieuw huishouden</Heading1>
      <Paragraph>U wordt zelf betrokken als aanmelder. Gezinsleden kunt u later ook nog toevoegen.</Paragraph>
      <form onSubmit={opslaan} noValidate aria-label="Nieuw huishouden">
        {fout && (
          <Foutmelding fout={fout.fout} velden={fout.lid === undefined ? { naam: "Naam van het huishouden" } : {
            voornaam: `Gezinslid ${fout.lid + 1}, voornaam`, achternaam: `Gezinslid ${fout.lid + 1}, achternaam`,
            geboortedatum: `Gezinslid ${fout.lid + 1}, geboortedatum`,
            verwachteGeboortedatum: `Gezinslid ${fout.lid + 1}, verwachte geboortedatum`, bsn: `Gezinslid ${fout.lid + 1}, BSN`,
          }} />
        )}
        <FormField>
          <FormLabel htmlFor={`${id}-naam`}>Naam van het huishouden</FormLabel>
          <FormFieldDescription id={`${id}-naam-uitleg`}>Bijvoorbeeld: Gezin De Vries</FormFieldDescription>
          <VeldFout fout={fout?.lid === undefined ? fout?.fout ?? null : null} veld="naam" id={`${id}-naam-fout`} />
          <Textbox id={`${id}-naam`} value={naam} disabled={!!huishoudenId}
            aria-describedby={`${id}-naam-uitleg ${id}-naam-fout`} onChange={(e) => setNaam(e.target.value)} />
        </FormField>
        {leden.map((l, i) => {
          const zet = (w: Partial<Lid>) => setLeden((x) => x.map((y, j) => (j === i ? { ...y, ...w } : y)));
          const p = `${id}-lid${i}`;
          const klaar = i < opgeslagen;
          return (
            <fieldset key={i} className="regie-blok" disabled={klaar}>
              <legend>Gezinslid {i + 1}{klaar ? " (opgeslagen)" : ""}</legend>
              <LidVelden lid={l} zet={zet} fout={veldFout(i)} id={p} />
              {!klaar && leden.length > 1 && (
                <Button appearance="subtle-button" onClick={() => setLeden((x) => x.filter((_, j) => j !== i))}>
                  Gezinslid {i + 1} weghalen
                </Button>
              )}
            </fieldset>
          );
        })}
        <div className="regie-knoppen">
          <Button appearance="secondary-action-button"
            onClick={() => setLeden((x) => [...x, nieuwLid(x[0]?.achternaam ?? "")])}>
            Nog een gezinslid
          </Button>
          <Button type="submit" appearance="primary-action-button">Huishouden opslaan</Button>
        </div>
      </form>
    </>
  );
}
