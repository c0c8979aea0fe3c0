// The support plan as the household receives it: plain words, no internal codes, a print stylesheet for a
// clean PDF from the browser.

import { useCallback, useState } from "react";
import { Button, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { ApiFout, haal } from "../api";
import { useLaden } from "../laden";
import type { Huishouden } from "../typen";
import { AppLink } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { actieStatusNaam, datum, leefgebiedNaam, naamVan } from "../teksten";

interface Plan {
  versie: number; opgesteldOp: string; ondertekendOp: string | null; eigenWoorden: string; evaluatiedatum: string | null;
  leefgebieden: { leefgebied: string; krachten: string; zorgen: string }[];
  doelen: { id: string; omschrijving: string; streefdatum: string | null; acties: { id: string; omschrijving: string; eigenaar: { soort: string; id: string } | null; uiterlijk: string | null; status: string }[] }[];
}

export function Afdrukken({ id }: { id: string }) {
  const [h, setH] = useState<Huishouden | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const laad = useCallback(async (signaal: AbortSignal) => {
    try {
      const [a, b] = await Promise.all([haal<Huishouden>(`/huishoudens/${id}`, signaal), haal<Plan>(`/huishoudens/${id}/ondersteuningsplan`, signaal)]);
      setH(a);
      setPlan(b);
    } catch (e) {
      if (!signaal.aborted) setFout(e as ApiFout);
    }
  }, [id]);
  useLaden(laad);
  if (fout) return <Foutmelding fout={fout} />;
  if (!h || !plan) return <p role="status">Laden…</p>;
  const naam = (e: { soort: string; id: string } | null) => {
    if (!e) return "nog niet afgesproken";
    const lid = h.gezinsleden.find((l) => l.id === e.id);
    if (lid) return lid.voornaam;
    const net = h.netwerk.find((n) => n.id === e.id);
    if (net) return net.naam;
    return h.betrokkenen.find((b) => b.medewerkerId === e.id)?.naam ?? "een hulpverlener";
  };
  return (
    <article className="regie-afdruk">
      <p className="regie-terug regie-niet-afdrukken">
        <AppLink href={`/huishoudens/${id}`}>← {h.naam}</AppLink>{" "}
        <Button appearance="secondary-action-button" onClick={() => window.print()}>Afdrukken of bewaren als PDF</Button>
      </p>
      <Heading1>Ons plan — {h.naam}</Heading1>
      <Paragraph>Versie {plan.versie} van {datum(plan.opgesteldOp)}{plan.ondertekendOp ? `, ondertekend op ${datum(plan.ondertekendOp)}` : ""}.</Paragraph>
      {plan.eigenWoorden && (<><Heading2>In onze eigen woorden</Heading2><Paragraph>{plan.eigenWoorden}</Paragraph></>)}
      {plan.leefgebieden.length > 0 && <Heading2>Hoe het nu gaat</Heading2>}
      {plan.leefgebieden.map((l) => (
        <section key={l.leefgebied}>
          <Paragraph><strong>{naamVan(leefgebiedNaam, l.leefgebied)}</strong></Paragraph>
          {l.krachten && <Paragraph>Wat goed gaat: {l.krachten}</Paragraph>}
          {l.zorgen && <Paragraph>Waar we ons zorgen over maken: {l.zorgen}</Paragraph>}
        </section>
      ))}
      <Heading2>Wat we willen bereiken</Heading2>
      {plan.doelen.map((d, i) => (
        <section key={d.id} className="regie-afdruk-doel">
          <Paragraph><strong>Doel {i + 1}: {d.omschrijving}</strong>{d.streefdatum ? ` (vóór ${datum(d.streefdatum)})` : ""}</Paragraph>
          <UnorderedList>
            {d.acties.map((a) => (
              <UnorderedListItem key={a.id}>{a.omschrijving} — {naam(a.eigenaar)}{a.uiterlijk ? `, uiterlijk ${datum(a.uiterlijk)}` : ""} ({naamVan(actieStatusNaam, a.status)})</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      ))}
      {plan.evaluatiedatum && <Paragraph>We kijken samen op {datum(plan.evaluatiedatum)} of het plan werkt.</Paragraph>}
      <Heading2>Wie helpt</Heading2>
      <UnorderedList>
        {h.betrokkenen.map((b) => (
          <UnorderedListItem key={b.id}>
            {b.naam}{b.contactInDocument ? `, ${b.organisatie}${b.telefoon ? `, ${b.telefoon}` : ""}` : ""}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </article>
  );
}
