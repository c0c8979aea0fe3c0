// Escalations of one household when cooperation stalls or the plan is at risk: open one, inform the chain of
// the level step by step (whom, on which day; passing an open step needs a reason), and close it with its
// outcome.

import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import {
  Button, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, OrderedList, OrderedListItem, Paragraph, Select, SelectOption, Textarea, Textbox,
} from "@utrecht/component-library-react";
import { api, ApiFout, haal } from "../api";
import { useLaden } from "../laden";
import type { Huishouden, Escalatie } from "../typen";
import { AppLink, useOnopgeslagenWijzigingen } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Keuze } from "../onderdelen/Keuze";
import { VeldFout } from "../onderdelen/VeldFout";
import { aanleidingNaam, datum, partijNaam, vandaag } from "../teksten";


export function Escalaties({ id }: { id: string }) {
  const [h, setH] = useState<Huishouden | null>(null);
  const [lijst, setLijst] = useState<Escalatie[]>([]);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const laad = useCallback(async (signaal: AbortSignal) => {
    try {
      const [huis, e] = await Promise.all([haal<Huishouden>(`/huishoudens/${id}`, signaal), haal<{ items: Escalatie[] }>(`/huishoudens/${id}/escalaties`, signaal)]);
      setH(huis);
      setLijst(e.items);
    } catch (err) {
      if (!signaal.aborted) setFout(err as ApiFout);
    }
  }, [id]);
  const herlaad = useLaden(laad);
  if (!h) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;
  const open = lijst.filter((e) => !e.geslotenOp);
  return (
    <>
      <p className="regie-terug"><AppLink href={`/huishoudens/${id}`}>← {h.naam}</AppLink></p>
      <Heading1>Escalaties: {h.naam}</Heading1>
      {open.map((e) => <OpenEscalatie key={e.id} huishoudenId={id} escalatie={e} onGewijzigd={herlaad} afhandelen={h.mag.escalatie} />)}
      {open.length === 0 && h.mag.regie && h.fase !== "afgesloten" && <NieuweEscalatie huishoudenId={id} onGeopend={herlaad} />}
      <Heading2>Gesloten escalaties</Heading2>
      {lijst.filter((e) => e.geslotenOp).length === 0 ? <Paragraph>Geen.</Paragraph> : (
        <OrderedList>
          {lijst.filter((e) => e.geslotenOp).map((e) => (
            <OrderedListItem key={e.id}>{datum(e.geopendOp)} – {datum(e.geslotenOp)}, geopend door {e.geopendDoorNaam} ({aanleidingNaam[e.soort] ?? e.soort}): {e.toelichting} Uitkomst: {e.uitkomst}</OrderedListItem>
          ))}
        </OrderedList>
      )}
    </>
  );
}

function OpenEscalatie({ huishoudenId, escalatie: e, onGewijzigd, afhandelen }: {
  huishoudenId: string; escalatie: Escalatie; onGewijzigd: () => Promise<void>; afhandelen: boolean;  // inform, close
}) {
  const uid = useId();
  const geinformeerd = new Set<string>(e.meldingen.map((m) => m.partij));
  const volgende = e.keten.flat().filter((p) => !geinformeerd.has(p));
  // The parties of the first stage that is still open: informing anyone later passes it over.
  const openStap: string[] = e.keten.find((stap) => stap.some((p) => !geinformeerd.has(p))) ?? [];
  const [partij, setPartij] = useState<string>(volgende[0] ?? "");
  const [melding, setMelding] = useState({ wie: "", datum: vandaag(), toelichting: "", redenOverslaan: "" });
  const [uitkomst, setUitkomst] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  useOnopgeslagenWijzigingen(melding.toelichting.trim() !== "" || melding.wie.trim() !== "" || uitkomst.trim() !== "");
  useEffect(() => {
    if (geinformeerd.has(partij)) setPartij(volgende[0] ?? "");
  }, [e.versie]); // eslint-disable-line react-hooks/exhaustive-deps
  const slaatOver = partij !== "" && !openStap.includes(partij);
  const zet = (veld: keyof typeof melding) => (ev: { target: { value: string } }) => setMelding((m) => ({ ...m, [veld]: ev.target.value }));
  const verstuur = async (ev: FormEvent, pad: string, body: object) => {
    ev.preventDefault();
    try {
      await api("POST", `/huishoudens/${huishoudenId}/escalaties/${e.id}/${pad}`, { ...body, versie: e.versie });
      setFout(null);
      setMelding({ wie: "", datum: vandaag(), toelichting: "", redenOverslaan: "" });
      await onGewijzigd();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <section className="regie-blok" aria-labelledby={`${uid}-titel`}>
      <Heading2 id={`${uid}-titel`}>Open escalatie van {datum(e.geopendOp)} ({aanleidingNaam[e.soort] ?? e.soort})</Heading2>
      <Paragraph>Geopend door {e.geopendDoorNaam}. {e.toelichting}</Paragraph>
      {fout && <Foutmelding fout={fout} velden={{ toelichting: "Toelichting", uitkomst: "Uitkomst", partij: "Partij", wie: "Wie", datum: "Datum", redenOverslaan: "Reden om over te slaan" }} />}
      <OrderedList>
        {e.keten.map((stap, i) => (
          <OrderedListItem key={i}>
            {stap.map((p) => partijNaam[p] ?? p).join(" en ")}:{" "}
            {stap.some((p) => geinformeerd.has(p))
              ? e.meldingen.filter((m) => stap.includes(m.partij)).map((m) =>
                `${partijNaam[m.partij] ?? m.partij} geïnformeerd op ${datum(m.datum)}${m.wie ? ` (${m.wie})` : ""} door ${m.geinformeerdDoorNaam}: ${m.toelichting}${m.redenOverslaan ? ` Eerdere stap overgeslagen: ${m.redenOverslaan}` : ""}`).join("; ")
              : "nog niet geïnformeerd"}
          </OrderedListItem>
        ))}
      </OrderedList>
      {afhandelen && volgende.length > 0 && (
        <form onSubmit={(ev) => verstuur(ev, "meldingen", {
          partij, wie: melding.wie, datum: melding.datum, toelichting: melding.toelichting,
          ...(slaatOver ? { redenOverslaan: melding.redenOverslaan } : {}),
        })} aria-label="Volgende partij informeren" noValidate>
          <FormField>
            <FormLabel htmlFor={`${uid}-partij`}>Welke partij informeert u nu?</FormLabel>
            <VeldFout fout={fout} veld="partij" id={`${uid}-partij-fout`} />
            <Select id={`${uid}-partij`} value={partij} aria-describedby={`${uid}-partij-fout`} onChange={(ev) => setPartij(ev.target.value)}>
              {volgende.map((p) => <SelectOption key={p} value={p}>{partijNaam[p] ?? p}</SelectOption>)}
            </Select>
          </FormField>
          <div className="regie-velden-rij">
            <FormField>
              <FormLabel htmlFor={`${uid}-wie`}>Wie heeft u gesproken? (naam of functie)</FormLabel>
              <VeldFout fout={fout} veld="wie" id={`${uid}-wie-fout`} />
              <Textbox id={`${uid}-wie`} value={melding.wie} aria-describedby={`${uid}-wie-fout`} onChange={zet("wie")} />
            </FormField>
            <FormField>
              <FormLabel htmlFor={`${uid}-datum`}>Op welke dag?</FormLabel>
              <VeldFout fout={fout} veld="datum" id={`${uid}-datum-fout`} />
              <Textbox id={`${uid}-datum`} type="date" max={vandaag()} value={melding.datum} aria-describedby={`${uid}-datum-fout`} onChange={zet("datum")} />
            </FormField>
          </div>
          {slaatOver && (
            <FormField>
              <FormLabel htmlFor={`${uid}-reden`}>Reden om over te slaan</FormLabel>
              <FormFieldDescription id={`${uid}-reden-uitleg`}>
                Eerst komt {openStap.filter((p) => !geinformeerd.has(p)).map((p) => partijNaam[p] ?? p).join(" en ")}. Slaat u die stap over, schrijf dan op waarom.
              </FormFieldDescription>
              <VeldFout fout={fout} veld="redenOverslaan" id={`${uid}-reden-fout`} />
              <Textarea id={`${uid}-reden`} value={melding.redenOverslaan} aria-describedby={`${uid}-reden-uitleg ${uid}-reden-fout`} onChange={zet("redenOverslaan")} />
            </FormField>
          )}
          <FormField>
            <FormLabel htmlFor={`${uid}-toelichting`}>Toelichting</FormLabel>
            <VeldFout fout={fout} veld="toelichting" id={`${uid}-toelichting-fout`} />
            <Textarea id={`${uid}-toelichting`} value={melding.toelichting} aria-describedby={`${uid}-toelichting-fout`} onChange={zet("toelichting")} />
          </FormField>
          <Button type="submit" appearance="secondary-action-button">Vastleggen dat deze partij is geïnformeerd</Button>
        </form>
      )}
      {afhandelen && (
      <form onSubmit={(ev) => verstuur(ev, "_sluiten", { uitkomst })} aria-label="Escalatie sluiten" noValidate>
        <FormField>
          <FormLabel htmlFor={`${uid}-uitkomst`}>Uitkomst</FormLabel>
          <VeldFout fout={fout} veld="uitkomst" id={`${uid}-uitkomst-fout`} />
          <Textarea id={`${uid}-uitkomst`} value={uitkomst} aria-describedby={`${uid}-uitkomst-fout`} onChange={(ev) => setUitkomst(ev.target.value)} />
        </FormField>
        <Button type="submit" appearance="primary-action-button">Escalatie sluiten</Button>
      </form>
      )}
    </section>
  );
}

function NieuweEscalatie({ huishoudenId, onGeopend }: { huishoudenId: string; onGeopend: () => Promise<void> }) {
  const uid = useId();
  const [soort, setSoort] = useState<"organisatie" | "inhoud" | "voortgang_in_gevaar" | "">("");
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
      <Heading2>Escaleren</Heading2>
      <Paragraph>Loopt de samenwerking vast, of komt de uitvoering of het resultaat van het plan in gevaar? Informeer dan uw manager; het niveau verandert niet.</Paragraph>
      {fout && <Foutmelding fout={fout} velden={{ soort: "Aanleiding", toelichting: "Toelichting" }} />}
      <Keuze vraag="Wat is de aanleiding?" naam="soort" fout={fout} waarde={soort} onChange={setSoort} opties={[
        { waarde: "organisatie", label: aanleidingNaam.organisatie },
        { waarde: "inhoud", label: aanleidingNaam.inhoud },
        { waarde: "voortgang_in_gevaar", label: aanleidingNaam.voortgang_in_gevaar },
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
