// The beheerder changes one of his gemeente's own organisations: its name, the caseload norm (points per
// regisseur) and per level the weight a household counts for and the longest time between plan evaluations.
// The chains stay as they were made: regie already given rests on them.

import { useId, useState, type FormEvent } from "react";
import {
  Button, Heading3, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox,
} from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import type { Organisaties } from "../typen";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Tabel } from "../onderdelen/Tabel";
import { TekstVeld } from "../onderdelen/TekstVeld";
import { VeldFout } from "../onderdelen/VeldFout";

type Organisatie = Organisaties["items"][number];

const veldnamen: Record<string, string> = {
  naam: "Naam", caseloadNorm: "Caseloadnorm",
  ...Object.fromEntries([0, 1, 2, 3, 4].flatMap((i) => [
    [`normen[${i}].caseloadGewicht`, `Caseloadgewicht niveau ${i + 1}`],
    [`normen[${i}].evaluatieTermijnDagen`, `Evaluatietermijn niveau ${i + 1}`],
  ])),
};

const getal = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : 0);

export function OrganisatieWijzigen({ organisatie, onKlaar, onAnnuleren }: {
  organisatie: Organisatie; onKlaar: (o: Organisatie) => Promise<void>; onAnnuleren: () => void;
}) {
  const id = useId();
  const [naam, setNaam] = useState(organisatie.naam);
  const [norm, setNorm] = useState(String(organisatie.caseloadNorm));
  const [normen, setNormen] = useState(organisatie.normen.map((n) => ({
    niveau: n.niveau, gewicht: String(n.caseloadGewicht), termijn: String(n.evaluatieTermijnDagen),
  })));
  const [fout, setFout] = useState<ApiFout | null>(null);
  const zet = (i: number, veld: "gewicht" | "termijn", waarde: string) =>
    setNormen((r) => r.map((n, j) => (j === i ? { ...n, [veld]: waarde } : n)));
  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    try {
      await onKlaar(await api<Organisatie>("PUT", `/organisaties/${organisatie.id}`, {
        naam: naam.trim(), caseloadNorm: getal(norm), versie: organisatie.versie,
        normen: normen.map((n) => ({ niveau: n.niveau, caseloadGewicht: getal(n.gewicht), evaluatieTermijnDagen: getal(n.termijn) })),
      }));
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <form onSubmit={opslaan} noValidate aria-label={`${organisatie.naam} wijzigen`}>
      <Heading3>{organisatie.naam} wijzigen</Heading3>
      {fout && <Foutmelding fout={fout} velden={veldnamen} />}
      <TekstVeld label="Naam" veld="naam" waarde={naam} onChange={setNaam} fout={fout} />
      <TekstVeld label="Caseloadnorm (punten per regisseur)" veld="caseloadNorm" waarde={norm} onChange={setNorm} fout={fout}
        inputMode="numeric" />
      <Paragraph>
        Het lichte plan (niveau 1) wordt minstens elke tien maanden geëvalueerd, dus hoogstens 304 dagen. Een hoger
        niveau wordt minstens zo vaak geëvalueerd als de niveaus eronder.
      </Paragraph>
      <Tabel>
        <caption>Normen per niveau</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Niveau</TableHeaderCell>
            <TableHeaderCell scope="col">Caseloadgewicht (punten)</TableHeaderCell>
            <TableHeaderCell scope="col">Evaluatietermijn (dagen)</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {normen.map((n, i) => (
            <TableRow key={n.niveau}>
              <TableHeaderCell scope="row">{n.niveau}</TableHeaderCell>
              <TableCell>
                <VeldFout fout={fout} veld={`normen[${i}].caseloadGewicht`} id={`${id}-g${i}-fout`} />
                <Textbox inputMode="numeric" aria-label={`Caseloadgewicht niveau ${n.niveau}`} value={n.gewicht}
                  aria-describedby={`${id}-g${i}-fout`} onChange={(e) => zet(i, "gewicht", e.target.value)} />
              </TableCell>
              <TableCell>
                <VeldFout fout={fout} veld={`normen[${i}].evaluatieTermijnDagen`} id={`${id}-t${i}-fout`} />
                <Textbox inputMode="numeric" aria-label={`Evaluatietermijn niveau ${n.niveau}`} value={n.termijn}
                  aria-describedby={`${id}-t${i}-fout`} onChange={(e) => zet(i, "termijn", e.target.value)} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Tabel>
      <Button type="submit" appearance="primary-action-button">Organisatie opslaan</Button>
      <Button appearance="subtle-button" onClick={onAnnuleren}>Annuleren</Button>
    </form>
  );
}
