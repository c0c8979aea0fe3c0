// The manager's overview: open escalations in the households of his people, the team's caseload against
// the organisation's norm with profile gaps, emergency accesses waiting for his review, and the search. A
// manager who is not a regisseur starts here.

import { useCallback, useState } from "react";
import {
  Heading1, Heading2, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
} from "@utrecht/component-library-react";
import { Tabel } from "../onderdelen/Tabel";
import type { TeamEscalatie, Teamlid } from "../typen";
import { ApiFout, haal } from "../api";
import { useLaden } from "../laden";
import { AppLink } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { NoodtoegangenBeoordelen } from "../onderdelen/Noodtoegang";
import { aanleidingNaam, datum } from "../teksten";
import { Zoeken } from "./Zoeken";


export function Manager() {
  const [escalaties, setEscalaties] = useState<TeamEscalatie[] | null>(null);
  const [team, setTeam] = useState<Teamlid[]>([]);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const laad = useCallback(async (signaal: AbortSignal) => {
    try {
      const [e, t] = await Promise.all([
        haal<{ items: TeamEscalatie[] }>("/mij/escalaties", signaal),
        haal<{ items: Teamlid[] }>("/mij/team", signaal),
      ]);
      setEscalaties(e.items);
      setTeam(t.items);
    } catch (err) {
      if (!signaal.aborted) setFout(err as ApiFout);
    }
  }, []);
  useLaden(laad);
  if (!escalaties) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;
  return (
    <>
      <Heading1>Mijn team</Heading1>
      <Heading2>Open escalaties</Heading2>
      {escalaties.length === 0 ? <Paragraph>Geen open escalaties.</Paragraph> : (
        <Tabel>
          <TableHeader><TableRow>
            <TableHeaderCell scope="col">Huishouden</TableHeaderCell>
            <TableHeaderCell scope="col">Waarover</TableHeaderCell>
            <TableHeaderCell scope="col">Geopend</TableHeaderCell>
            <TableHeaderCell scope="col">Partijen geïnformeerd</TableHeaderCell>
          </TableRow></TableHeader>
          <TableBody>
            {escalaties.map((e) => (
              <TableRow key={e.id}>
                <TableCell><AppLink href={`/huishoudens/${e.huishoudenId}/escalaties`}>{e.huishoudenNaam ?? "Huishouden"}</AppLink></TableCell>
                <TableCell>{aanleidingNaam[e.soort] ?? e.soort}</TableCell>
                <TableCell>{datum(e.geopendOp)}</TableCell>
                <TableCell>{e.geinformeerd}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
      <Heading2>Caseload tegen de norm</Heading2>
      {team.length === 0 ? <Paragraph>U heeft geen medewerkers.</Paragraph> : (
        <Tabel>
          <TableHeader><TableRow>
            <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
            <TableHeaderCell scope="col">Huishoudens</TableHeaderCell>
            <TableHeaderCell scope="col">Punten (naar niveau)</TableHeaderCell>
            <TableHeaderCell scope="col">Norm</TableHeaderCell>
            <TableHeaderCell scope="col">Profiel past niet</TableHeaderCell>
            <TableHeaderCell scope="col">Open escalaties</TableHeaderCell>
          </TableRow></TableHeader>
          <TableBody>
            {team.map((t) => (
              <TableRow key={t.medewerkerId}>
                <TableCell>{t.naam}</TableCell>
                <TableCell>{t.huishoudens}</TableCell>
                <TableCell>{t.caseloadPunten}{t.bovenNorm && <strong className="regie-boven-norm"> boven de norm</strong>}</TableCell>
                <TableCell>{t.caseloadNorm}</TableCell>
                <TableCell>{t.profielKnelpunten}</TableCell>
                <TableCell>{t.openEscalaties}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
      <NoodtoegangenBeoordelen />
      <Heading2>Een huishouden zoeken</Heading2>
      <Zoeken />
    </>
  );
}
