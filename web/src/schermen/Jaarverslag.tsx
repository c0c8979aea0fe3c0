// The gemeente's yearly report for the agendahouder: the year's figures, the implementation status of every
// plan and the evaluation and dialogue notes of the year, plain enough to print or save as PDF.

import { useCallback, useState } from "react";
import { Button, Heading1, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { ApiFout, haal } from "../api";
import { useLaden } from "../laden";
import type { Implementatieplan, Implementatieplannen } from "../typen";
import { AppLink } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { datum } from "../teksten";
import { ImplementatieOverzicht, type PlanKop } from "./Implementatie";
import { Tabel, type Cijfers } from "./Monitoring";

type Moment = Implementatieplan["momenten"][number];

export function Jaarverslag({ jaar }: { jaar: string }) {
  const [cijfers, setCijfers] = useState<Cijfers | null>(null);
  const [plannen, setPlannen] = useState<PlanKop[] | null>(null);
  const [momenten, setMomenten] = useState<Moment[]>([]);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const laad = useCallback(async (signaal: AbortSignal) => {
    const nu = new Date().toISOString().slice(0, 7);
    const tot = `${jaar}-12` > nu ? nu : `${jaar}-12`;
    try {
      const [c, p] = await Promise.all([
        haal<Cijfers>(`/monitoring?van=${jaar}-01&tot=${tot}`, signaal),
        haal<Implementatieplannen>("/implementatieplannen", signaal),
      ]);
      const gemeente = p.items.find((x) => x.eigenaar === "gemeente");
      const plan = gemeente ? await haal<Implementatieplan>(`/implementatieplannen/${gemeente.id}`, signaal) : null;
      setCijfers(c);
      setPlannen(p.items);
      setMomenten(plan ? plan.momenten.filter((m) => m.datum.startsWith(jaar)) : []);
    } catch (e) {
      if (!signaal.aborted) setFout(e as ApiFout);
    }
  }, [jaar]);
  useLaden(laad);
  if (fout) return <Foutmelding fout={fout} />;
  if (!cijfers || !plannen) return <p role="status">Laden…</p>;
  return (
    <article className="regie-afdruk">
      <p className="regie-terug regie-niet-afdrukken">
        <AppLink href="/monitoring">← Monitoring</AppLink>{" "}
        <Button appearance="secondary-action-button" onClick={() => window.print()}>Afdrukken of bewaren als PDF</Button>
      </p>
      <Heading1>Jaarverslag 1Gezin1Plan1Regisseur {jaar}</Heading1>
      <Paragraph>
        Periode {cijfers.van} tot en met {cijfers.tot}. {cijfers.ververstOp ? `Cijfers van ${datum(cijfers.ververstOp)}.` : ""} Aantallen
        onder de 5 staan er als &lsquo;&lt; 5&rsquo;.
      </Paragraph>
      <section aria-labelledby="jv-cijfers">
        <Heading2 id="jv-cijfers">De cijfers</Heading2>
        {cijfers.reeksen.map((r) => (
          <div key={r.metriek} className="regie-jaarverslag-tabel">
            <Heading3>{r.titel}</Heading3>
            <Tabel reeks={r} maanden={[]} />
          </div>
        ))}
      </section>
      <section aria-labelledby="jv-implementatie">
        <Heading2 id="jv-implementatie">Stand van de implementatie</Heading2>
        {plannen.length === 0 ? <Paragraph>Er is nog geen implementatieplan.</Paragraph> : (
          <ImplementatieOverzicht plannen={plannen} />
        )}
      </section>
      <section aria-labelledby="jv-evaluatie">
        <Heading2 id="jv-evaluatie">Evaluatie en dialoog in {jaar}</Heading2>
        {momenten.length === 0 ? <Paragraph>In {jaar} is geen evaluatie of dialoogsessie vastgelegd.</Paragraph> : momenten.map((m) => (
          <div key={m.id} className="regie-blok">
            <Heading3>{m.soort === "evaluatie" ? "Jaarlijkse evaluatie" : "Lokale dialoogsessie"}, {datum(m.datum)}</Heading3>
            <Paragraph><strong>Wie waren erbij:</strong> {m.deelnemers}</Paragraph>
            <Paragraph><strong>Bevindingen:</strong> {m.bevindingen}</Paragraph>
            {m.besluiten && <Paragraph><strong>Besluiten:</strong> {m.besluiten}</Paragraph>}
          </div>
        ))}
      </section>
    </article>
  );
}
