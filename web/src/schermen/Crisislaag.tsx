// The crisis layer of a level-5 household: whether GRIP was declared (phase and dates), the ambtenaar IVZ/OOV
// as linking pin to the driehoek and the burgemeester, who speaks for the gemeente to press and public, and
// whether the media pay attention. Every save is a new version; the earlier ones stay below.

import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import {
  Alert, Button, Checkbox, DataList, DataListItem, DataListKey, DataListValue, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea, Textbox,
} from "@utrecht/component-library-react";
import { Tabel } from "../onderdelen/Tabel";
import { api, ApiFout, haal } from "../api";
import { useLaden } from "../laden";
import type { Huishouden, CrisislaagOverzicht, CrisislaagVersie } from "../typen";
import { AppLink, useOnopgeslagenWijzigingen } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { useMedewerkers } from "../onderdelen/Samenstelling";
import { VeldFout } from "../onderdelen/VeldFout";
import { datum, gripFaseNaam, naamVan, vandaag } from "../teksten";

type Versie = CrisislaagVersie;
type Overzicht = CrisislaagOverzicht;

interface Invoer {
  gripFase: string; gripVan: string; gripTot: string; schakelId: string; communicatiecoordinator: string;
  mediaAandacht: boolean; toelichting: string;
}

const invoerUit = (v: Versie | null): Invoer => ({
  gripFase: v?.gripFase ?? "", gripVan: v?.gripVan ?? "", gripTot: v?.gripTot ?? "", schakelId: v?.schakelId ?? "",
  communicatiecoordinator: v?.communicatiecoordinator ?? "", mediaAandacht: v?.mediaAandacht ?? false, toelichting: "",
});

function gripTekst(v: Versie | null): string {
  if (!v?.gripFase) return "Niet afgekondigd";
  const tot = v.gripTot ? ` tot en met ${datum(v.gripTot)}` : " (loopt nog)";
  return `${naamVan(gripFaseNaam, v.gripFase)}, vanaf ${v.gripVan ? datum(v.gripVan) : "?"}${tot}`;
}

export function Crisislaag({ id }: { id: string }) {
  const [h, setH] = useState<Huishouden | null>(null);
  const [o, setO] = useState<Overzicht | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const laad = useCallback(async (signaal: AbortSignal) => {
    try {
      const [huis, laag] = await Promise.all([haal<Huishouden>(`/huishoudens/${id}`, signaal), haal<Overzicht>(`/huishoudens/${id}/crisislaag`, signaal)]);
      setH(huis);
      setO(laag);
    } catch (err) {
      if (!signaal.aborted) setFout(err as ApiFout);
    }
  }, [id]);
  const herlaad = useLaden(laad);
  if (!h || !o) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;
  const v = o.huidig;
  return (
    <>
      <p className="regie-terug"><AppLink href={`/huishoudens/${id}`}>← {h.naam}</AppLink></p>
      <Heading1>Crisislaag: {h.naam}</Heading1>
      {!o.geldt && (
        <Alert type="info">
          <Paragraph>
            De crisislaag hoort bij niveau 5; dit huishouden staat {h.niveau ? `op niveau ${h.niveau}` : "nog niet op een niveau"}.
            {v?.gripFase && !v.gripTot ? " Leg de einddatum van GRIP vast." : ""}
          </Paragraph>
        </Alert>
      )}
      {o.gripGeldt && (
        <Alert type="warning"><Paragraph>GRIP geldt: de burgemeester is verantwoordelijk voor het geheel.</Paragraph></Alert>
      )}
      <DataList className="regie-kop-gegevens">
        <DataListItem><DataListKey>GRIP</DataListKey><DataListValue>{gripTekst(v)}</DataListValue></DataListItem>
        <DataListItem><DataListKey>Schakel (ambtenaar IVZ/OOV)</DataListKey><DataListValue>{v?.schakelNaam ?? "Nog niet aangewezen"}</DataListValue></DataListItem>
        <DataListItem><DataListKey>Communicatie</DataListKey><DataListValue>{v?.communicatiecoordinator || "Nog niemand"}</DataListValue></DataListItem>
        <DataListItem><DataListKey>Media-aandacht</DataListKey><DataListValue>{v?.mediaAandacht ? "Ja" : "Nee"}</DataListValue></DataListItem>
      </DataList>
      <CrisislaagWijzigen h={h} huidig={v} onGewijzigd={herlaad} />
      <Heading2>Eerdere versies</Heading2>
      {o.geschiedenis.length === 0 ? <Paragraph>Nog niets vastgelegd.</Paragraph> : (
        <div className="regie-tabel-scroll">
          <Tabel>
            <TableHeader><TableRow><TableHeaderCell>Versie</TableHeaderCell><TableHeaderCell>GRIP</TableHeaderCell><TableHeaderCell>Schakel</TableHeaderCell><TableHeaderCell>Media</TableHeaderCell><TableHeaderCell>Toelichting</TableHeaderCell><TableHeaderCell>Vastgelegd</TableHeaderCell></TableRow></TableHeader>
            <TableBody>
              {o.geschiedenis.map((x) => (
                <TableRow key={x.versie}>
                  <TableCell>{x.versie}</TableCell><TableCell>{gripTekst(x)}</TableCell><TableCell>{x.schakelNaam ?? "—"}</TableCell>
                  <TableCell>{x.mediaAandacht ? "Ja" : "Nee"}</TableCell><TableCell>{x.toelichting}</TableCell>
                  <TableCell>{datum(x.vastgelegdOp)} door {x.vastgelegdDoorNaam}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Tabel>
        </div>
      )}
    </>
  );
}

function CrisislaagWijzigen({ h, huidig, onGewijzigd }: { h: Huishouden; huidig: Versie | null; onGewijzigd: () => Promise<void> }) {
  const uid = useId();
  const medewerkers = useMedewerkers();
  const [i, setI] = useState<Invoer>(invoerUit(huidig));
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [melding, setMelding] = useState("");
  useEffect(() => setI(invoerUit(huidig)), [huidig]);
  const gewijzigd = JSON.stringify(i) !== JSON.stringify(invoerUit(huidig));
  useOnopgeslagenWijzigingen(gewijzigd);
  const zet = (w: Partial<Invoer>) => setI((x) => ({ ...x, ...w }));
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setMelding("");
    const body: Record<string, unknown> = { versie: huidig?.versie ?? 0, mediaAandacht: i.mediaAandacht };
    for (const k of ["gripFase", "gripVan", "gripTot", "schakelId", "communicatiecoordinator", "toelichting"] as const)
      if (i[k].trim() !== "") body[k] = i[k];
    try {
      const { versie } = await api<{ versie: number }>("PUT", `/huishoudens/${h.id}/crisislaag`, body);
      setFout(null);
      setMelding(`Vastgelegd als versie ${versie}.`);
      await onGewijzigd();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  const veld = (naam: keyof Invoer, label: string, type: "date" | "text" = "text", uitleg?: string) => (
    <FormField invalid={!!fout?.veld(naam)}>
      <FormLabel htmlFor={`${uid}-${naam}`}>{label}</FormLabel>
      {uitleg && <FormFieldDescription id={`${uid}-${naam}-uitleg`}>{uitleg}</FormFieldDescription>}
      <VeldFout fout={fout} veld={naam} id={`${uid}-${naam}-fout`} />
      <Textbox id={`${uid}-${naam}`} type={type} value={i[naam] as string} max={type === "date" ? vandaag() : undefined}
        aria-describedby={`${uid}-${naam}-fout${uitleg ? ` ${uid}-${naam}-uitleg` : ""}`} invalid={!!fout?.veld(naam)}
        onChange={(e) => zet({ [naam]: e.target.value })} />
    </FormField>
  );
  return (
    <form onSubmit={verstuur} className="regie-blok" aria-label="Crisislaag vastleggen" noValidate>
      <Heading2>Crisislaag vastleggen</Heading2>
      {melding && <Alert type="ok" role="status"><Paragraph>{melding}</Paragraph></Alert>}
      {fout && <Foutmelding fout={fout} velden={{ gripFase: "GRIP-fase", gripVan: "GRIP vanaf", gripTot: "GRIP tot en met", schakelId: "Schakel", communicatiecoordinator: "Communicatiecoördinator", versie: "Versie" }} />}
      <div className="regie-velden-rij">
        <FormField invalid={!!fout?.veld("gripFase")}>
          <FormLabel htmlFor={`${uid}-fase`}>GRIP-fase</FormLabel>
          <VeldFout fout={fout} veld="gripFase" id={`${uid}-fase-fout`} />
          <Select id={`${uid}-fase`} value={i.gripFase} aria-describedby={`${uid}-fase-fout`} invalid={!!fout?.veld("gripFase")}
            onChange={(e) => zet({ gripFase: e.target.value })}>
            <SelectOption value="">Geen GRIP</SelectOption>
            {Object.entries(gripFaseNaam).map(([code, naam]) => <SelectOption key={code} value={code}>{naam}</SelectOption>)}
          </Select>
        </FormField>
        {veld("gripVan", "GRIP vanaf", "date")}
        {veld("gripTot", "GRIP tot en met", "date")}
      </div>
      <FormField invalid={!!fout?.veld("schakelId")}>
        <FormLabel htmlFor={`${uid}-schakel`}>Schakel: de ambtenaar IVZ/OOV</FormLabel>
        <FormFieldDescription id={`${uid}-schakel-uitleg`}>Verbindt de regie met de driehoek en de burgemeester. Wie u kiest, wordt betrokken bij het huishouden.</FormFieldDescription>
        <VeldFout fout={fout} veld="schakelId" id={`${uid}-schakel-fout`} />
        <Select id={`${uid}-schakel`} value={i.schakelId} aria-describedby={`${uid}-schakel-uitleg ${uid}-schakel-fout`}
          invalid={!!fout?.veld("schakelId")} onChange={(e) => zet({ schakelId: e.target.value })}>
          <SelectOption value="">Nog niemand</SelectOption>
          {medewerkers.map((m) => <SelectOption key={m.id} value={m.id}>{m.naam}{m.organisatie ? ` (${m.organisatie})` : ""}</SelectOption>)}
        </Select>
      </FormField>
      {veld("communicatiecoordinator", "Communicatiecoördinator", "text", "Wie de pers en het publiek te woord staat, en hoe die bereikbaar is.")}
      <FormField type="checkbox">
        <Checkbox id={`${uid}-media`} checked={i.mediaAandacht} onChange={(e) => zet({ mediaAandacht: e.target.checked })} />
        <FormLabel htmlFor={`${uid}-media`} type="checkbox">Er is (mogelijk) aandacht in de media</FormLabel>
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${uid}-toelichting`}>Wat is er veranderd?</FormLabel>
        <VeldFout fout={fout} veld="toelichting" id={`${uid}-toelichting-fout`} />
        <Textarea id={`${uid}-toelichting`} value={i.toelichting} aria-describedby={`${uid}-toelichting-fout`} onChange={(e) => zet({ toelichting: e.target.value })} />
      </FormField>
      <Button type="submit" appearance="primary-action-button">Crisislaag vastleggen</Button>
    </form>
  );
}
