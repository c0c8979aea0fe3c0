// The household's history: every level decision with its reasons, the plan versions (with what changed in
// the goals since the version before), escalations, and who opened the file, when and why.

import { useEffect, useState } from "react";
import {
  Heading1, Heading2, OrderedList, OrderedListItem, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem,
} from "@utrecht/component-library-react";
import { Tabel } from "../onderdelen/Tabel";
import { allePaginas, ApiFout, haal } from "../api";
import type { Huishouden, Toegangslog, Niveauovergang, PlanVersie, Escalatie } from "../typen";
import { AppLink } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Paginering } from "../onderdelen/Paginering";
import { PlanVerschil } from "../onderdelen/PlanVerschil";
import { datum, lidNaam, naamVan, richtingNaam } from "../teksten";

interface NogNiet { naar: number; voorwaarden: { code: string; tekst: string }[] }
type Overgang = Niveauovergang;
type Versie = PlanVersie;

const actieNaam = (actie: string) => actie.replace(/\./g, ": ").replaceAll("_", " ");

export function Geschiedenis({ id }: { id: string }) {
  const [h, setH] = useState<Huishouden | null>(null);
  const [overgangen, setOvergangen] = useState<Overgang[]>([]);
  // Per assessment, why the household could not yet scale down (the advice's own words).
  const [blijven, setBlijven] = useState<Record<string, NogNiet>>({});
  const [versies, setVersies] = useState<Versie[]>([]);
  const [log, setLog] = useState<Toegangslog | null>(null);
  const [escalaties, setEscalaties] = useState<Escalatie[]>([]);
  const [pagina, setPagina] = useState(1);
  const [namen, setNamen] = useState<Record<string, string>>({});
  const [fout, setFout] = useState<ApiFout | null>(null);

  useEffect(() => {
    const stop = new AbortController();  // another household or leaving the page: the older answer is not awaited
    Promise.all([
      haal<Huishouden>(`/huishoudens/${id}`, stop.signal),
      haal<{ items: Overgang[] }>(`/huishoudens/${id}/niveaubesluiten`, stop.signal),
      haal<{ items: Versie[] }>(`/huishoudens/${id}/ondersteuningsplan/versies`, stop.signal),
      allePaginas<{ id: string; naam: string }>("/medewerkers"),
      haal<{ items: Escalatie[] }>(`/huishoudens/${id}/escalaties`, stop.signal),
      haal<{ items: { id: string; advies: { nogNietAfschalen?: NogNiet } }[] }>(`/huishoudens/${id}/taxaties`, stop.signal),
    ]).then(([huis, o, v, m, e, t]) => {
      if (stop.signal.aborted) return;
      setBlijven(Object.fromEntries(t.items.flatMap((x) => (x.advies.nogNietAfschalen ? [[x.id, x.advies.nogNietAfschalen]] : []))));
      setEscalaties(e.items);
      setH(huis);
      setOvergangen(o.items);
      setVersies(v.items);
      setNamen(Object.fromEntries(m.map((x) => [x.id, x.naam])));
    }).catch((e) => { if (!stop.signal.aborted) setFout(e as ApiFout); });
    return () => stop.abort();
  }, [id]);

  useEffect(() => {
    const stop = new AbortController();  // paging on: an older page's answer must not replace the newer
    haal<Toegangslog>(`/huishoudens/${id}/toegangslog?pagina=${pagina}&paginaGrootte=20`, stop.signal)
      .then((l) => { if (!stop.signal.aborted) setLog(l); })
      .catch((e) => { if (!stop.signal.aborted) setFout(e as ApiFout); });
    return () => stop.abort();
  }, [id, pagina]);

  if (!h) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;
  // A version may be written by a professional or, at level 1, by the household's own casusregisseur.
  const uitHuishouden = (actor: string) => {
    const lid = h.gezinsleden.find((l) => l.id === actor);
    if (lid) return `${lidNaam(lid)} (zelf regisseur)`;
    const n = h.netwerk.find((x) => x.id === actor);
    return n ? `${n.naam} (netwerk, zelf regisseur)` : undefined;
  };
  const wie = (actor: string) => namen[actor] ?? uitHuishouden(actor) ?? "een medewerker";
  return (
    <>
      <p className="regie-terug"><AppLink href={`/huishoudens/${id}`}>← {h.naam}</AppLink></p>
      <Heading1>Geschiedenis: {h.naam}</Heading1>
      <Heading2>Niveaus</Heading2>
      {overgangen.length === 0 ? <Paragraph>Nog geen besluit over het niveau.</Paragraph> : (
        <OrderedList className="regie-tijdlijn">
          {overgangen.map((o) => (
            <OrderedListItem key={o.id}>
              <strong>{datum(o.beslotenOp)}</strong>: {o.van ? `van niveau ${o.van} naar ${o.naar}` : `niveau ${o.naar}`}
              {o.van && o.van !== o.naar && ` (${naamVan(richtingNaam, o.naar > o.van ? "opschalen" : "afschalen")})`}, besloten door {wie(o.beslotenDoor)}.
              {o.adviesNiveau !== o.naar && ` Advies was niveau ${o.adviesNiveau}; motivatie: ${o.motivatie}`}
              {o.van === o.naar && blijven[o.taxatieId]?.voorwaarden.length ? ` Nog niet naar niveau ${blijven[o.taxatieId].naar}: ${blijven[o.taxatieId].voorwaarden.map((x) => (x.tekst.charAt(0).toLowerCase() + x.tekst.slice(1)).replace(/\.$/, "")).join("; ")}.` : ""}
              {o.nazorgafspraak && ` Nazorg: ${o.nazorgafspraak.wie} — ${o.nazorgafspraak.wat}, tot ${datum(o.nazorgafspraak.tot)}.`}
            </OrderedListItem>
          ))}
        </OrderedList>
      )}
      <Heading2>Ondersteuningsplan: versies</Heading2>
      {versies.length === 0 ? <Paragraph>Nog geen plan.</Paragraph> : (
        <UnorderedList>
          {versies.map((v) => <UnorderedListItem key={v.versie}>Versie {v.versie}: {datum(v.opgesteldOp)}, door {wie(v.opgesteldDoor)}</UnorderedListItem>)}
        </UnorderedList>
      )}
      <PlanVerschil huishoudenId={id} versies={versies.map((v) => v.versie)} />
      <Heading2>Escalaties</Heading2>
      {escalaties.length === 0 ? <Paragraph>Geen escalaties.</Paragraph> : (
        <UnorderedList>
          {escalaties.map((e) => (
            <UnorderedListItem key={e.id}>
              {datum(e.geopendOp)}{e.geslotenOp ? ` – ${datum(e.geslotenOp)}` : " (open)"}: {e.toelichting}
              {e.meldingen.length > 0 && ` ${e.meldingen.length} partij(en) geïnformeerd.`}
              {e.uitkomst && ` Uitkomst: ${e.uitkomst}`}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <Heading2>Wie het dossier opende</Heading2>
      <Paragraph>Elke keer dat iemand gegevens van dit huishouden las of wijzigde, en waarom. Dit overzicht mag het huishouden ook zien.</Paragraph>
      {log && (
        <>
          <Tabel>
            <TableHeader><TableRow>
              <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
              <TableHeaderCell scope="col">Wie</TableHeaderCell>
              <TableHeaderCell scope="col">Wat</TableHeaderCell>
              <TableHeaderCell scope="col">Waarom</TableHeaderCell>
              <TableHeaderCell scope="col">Resultaat</TableHeaderCell>
            </TableRow></TableHeader>
            <TableBody>
              {log.items.map((r, i) => (
                <TableRow key={i}>
                  <TableCell>{datum(r.tijdstip)} {r.tijdstip.slice(11, 16)}</TableCell>
                  <TableCell>{wie(r.actorId)} ({r.rol.replace(",", ", ")})</TableCell>
                  <TableCell>{actieNaam(r.actie)}</TableCell>
                  <TableCell>{r.doel}</TableCell>
                  <TableCell>{r.resultaat === "geweigerd" ? <strong>geweigerd</strong> : r.resultaat}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Tabel>
          <Paginering pagina={log.pagina} aantalPaginas={log.aantalPaginas} totaal={log.totaal} naar={setPagina} />
        </>
      )}
    </>
  );
}
