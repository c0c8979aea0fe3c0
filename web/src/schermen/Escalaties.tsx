// Escalations of one household when cooperation stalls: open one, inform the next party in the chain of
// the level (manager, directie, wethouder, burgemeester), and close it with its outcome.

import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import {
  Button, FormField, FormLabel, Heading1, Heading2, OrderedList, OrderedListItem, Paragraph, Select, SelectOption, Textarea,
} from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import type { Huishouden } from "../typen";
import { AppLink, useOnopgeslagenWijzigingen } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Keuze } from "../onderdelen/Keuze";
import { VeldFout } from "../onderdelen/VeldFout";
import { datum } from "../teksten";

interface Melding { partij: string; toelichting: string; geinformeerdOp: string }
interface Escalatie {
  id: string; soort: string; toelichting: string; niveau: number | null; keten: string[][]; geopendOp: string;
  meldingen: Melding[]; uitkomst: string | null; geslotenOp: string | null; versie: number;
}

const partijNaam: Record<string, string> = { manager: "manager", directie: "directie", wethouder: "wethouder", burgemeester: "burgemeester" };
const soortNaam: Record<string, string> = { organisatie: "tussen organisaties", inhoud: "over de inhoud" };

export function Escalaties({ id }: { id: string }) {
  const [h, setH] = useState<Huishouden | null>(null);
  const [lijst, setLijst] = useState<Escalatie[]>([]);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const laad = useCallback(async () => {
    try {
      const [huis, e] = await Promise.all([api<Huishouden>("GET", `/huishoudens/${id}`), api<{ items: Escalatie[] }>("GET", `/huishoudens/${id}/escalaties`)]);
      setH(huis);
      setLijst(e.items);
    } catch (err) {
      setFout(err as ApiFout);
    }
  }, [id]);
  useEffect(() => void laad(), [laad]);
  if (!h) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;
  const open = lijst.filter((e) => !e.geslotenOp);
  return (
    <>
      <p className="regie-terug"><AppLink href={`/huishoudens/${id}`}>← {h.naam}</AppLink></p>
      <Heading1>Escalaties: {h.naam}</Heading1>
      {open.map((e) => <OpenEscalatie key={e.id} huishoudenId={id} escalatie={e} onGewijzigd={laad} />)}
      {open.length === 0 && <NieuweEscalatie huishoudenId={id} onGeopend={laad} />}
      <Heading2>Gesloten escalaties</Heading2>
      {lijst.filter((e) => e.geslotenOp).length === 0 ? <Paragraph>Geen.</Paragraph> : (
        <OrderedList>
          {lijst.filter((e) => e.geslotenOp).map((e) => (
            <OrderedListItem key={e.id}>{datum(e.geopendOp)} – {datum(e.geslotenOp)}: {e.toelichting} Uitkomst: {e.uitkomst}</OrderedListItem>
          ))}
        </OrderedList>
      )}
    </>
  );
}

function OpenEscalatie({ huishoudenId, escalatie: e, onGewijzigd }: { huishoudenId: string; escalatie: Escalatie; onGewijzigd: () => Promise<void> }) {
  const uid = useId();
  const geinformeerd = new Set(e.meldingen.map((m) => m.partij));
  const volgende = e.keten.flat().filter((p) => !geinformeerd.has(p));
  const [partij, setPartij] = useState(volgende[0] ?? "");
  const [toelichting, setToelichting] = useState("");
  const [uitkomst, setUitkomst] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  useOnopgeslagenWijzigingen(toelichting.trim() !== "" || uitkomst.trim() !== "");
  const verstuur = async (ev: FormEvent, pad: string, body: object) => {
    ev.preventDefault();
    try {
      await api("POST", `/huishoudens/${huishoudenId}/escalaties/${e.id}/${pad}`, { ...body, versie: e.versie });
      setFout(null);
      setToelichting("");
      await onGewijzigd();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <section className="regie-blok" aria-labelledby={`${uid}-titel`}>
      <Heading2 id={`${uid}-titel`}>Open escalatie van {datum(e.geopendOp)} ({soortNaam[e.soort] ?? e.soort})</Heading2>
      <Paragraph>{e.toelichting}</Paragraph>
      {fout && <Foutmelding fout={fout} velden={{ toelichting: "Toelichting", uitkomst: "Uitkomst", partij: "Partij" }} />}
      <OrderedList>
        {e.keten.map((stap, i) => (
          <OrderedListItem key={i}>
            {stap.map((p) => partijNaam[p] ?? p).join(" en ")}:{" "}
            {stap.every((p) => geinformeerd.has(p))
              ? `geïnformeerd (${e.meldingen.filter((m) => stap.includes(m.partij)).map((m) => `${datum(m.geinformeerdOp)}: ${m.toelichting}`).join("; ")})`
              : "nog niet"}
          </OrderedListItem>
        ))}
      </OrderedList>
      {volgende.length > 0 && (
        <form onSubmit={(ev) => verstuur(ev, "meldingen", { partij, toelichting })} aria-label="Volgende partij informeren" noValidate>
          <FormField>
            <FormLabel htmlFor={`${uid}-partij`}>Wie informeert u nu?</FormLabel>
            <Select id={`${uid}-partij`} value={partij} onChange={(ev) => setPartij(ev.target.value)}>
              {volgende.map((p) => <SelectOption key={p} value={p}>{partijNaam[p] ?? p}</SelectOption>)}
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor={`${uid}-toelichting`}>Toelichting</FormLabel>
            <VeldFout fout={fout} veld="toelichting" id={`${uid}-toelichting-fout`} />
            <Textarea id={`${uid}-toelichting`} value={toelichting} aria-describedby={`${uid}-toelichting-fout`} onChange={(ev) => setToelichting(ev.target.value)} />
          </FormField>
          <Button type="submit" appearance="secondary-action-button">Vastleggen dat deze partij is geïnformeerd</Button>
        </form>
      )}
      <form onSubmit={(ev) => verstuur(ev, "_sluiten", { uitkomst })} aria-label="Escalatie sluiten" noValidate>
        <FormField>
          <FormLabel htmlFor={`${uid}-uitkomst`}>Uitkomst</FormLabel>
          <VeldFout fout={fout} veld="uitkomst" id={`${uid}-uitkomst-fout`} />
          <Textarea id={`${uid}-uitkomst`} value={uitkomst} aria-describedby={`${uid}-uitkomst-fout`} onChange={(ev) => setUitkomst(ev.target.value)} />
        </FormField>
        <Button type="submit" appearance="primary-action-button">Escalatie sluiten</Button>
      </form>
    </section>
  );
}

function NieuweEscalatie({ huishoudenId, onGeopend }: { huishoudenId: string; onGeopend: () => Promise<void> }) {
  const uid = useId();
  const [soort, setSoort] = useState<"organisatie" | "inhoud" | "">("");
  const [toelichting, setToelichting] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  useOnopgeslagenWijzigingen(toelichting.trim() !== "");
  const open = async (ev: FormEvent) => {
    ev.preventDefault();
    try {
      await api("POST", `/huishoudens/${huishoudenId}/escalaties`, { soort, toelichting });
      await onGeopend();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <form onSubmit={open} className="regie-blok" aria-label="Escalatie openen" noValidate>
      <Heading2>Samenwerking loopt vast</Heading2>
      {fout && <Foutmelding fout={fout} velden={{ soort: "Waarover", toelichting: "Toelichting" }} />}
      <Keuze vraag="Waarover loopt het vast?" naam="soort" fout={fout} waarde={soort} onChange={setSoort} opties={[
        { waarde: "organisatie", label: "Tussen organisaties" },
        { waarde: "inhoud", label: "Over de inhoud" },
      ]} />
      <FormField>
        <FormLabel htmlFor={`${uid}-toelichting`}>Toelichting</FormLabel>
        <VeldFout fout={fout} veld="toelichting" id={`${uid}-toelichting-fout`} />
        <Textarea id={`${uid}-toelichting`} value={toelichting} aria-describedby={`${uid}-toelichting-fout`} onChange={(ev) => setToelichting(ev.target.value)} />
      </FormField>
      <Button type="submit" appearance="secondary-action-button">Escalatie openen</Button>
    </form>
  );
}
