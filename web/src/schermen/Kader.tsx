// The frame of a household's help (voluntary, pressure, compulsion) with its history, and the decisions taken
// in a compulsory frame per member: record one, and its end date once known.

import { useCallback, useId, useState, type FormEvent } from "react";
import {
  Alert, Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea, Textbox,
} from "@utrecht/component-library-react";
import { Tabel } from "../onderdelen/Tabel";
import { api, ApiFout, haal } from "../api";
import { useLaden } from "../laden";
import type { Huishouden, KaderOverzicht } from "../typen";
import { AppLink, useOnopgeslagenWijzigingen } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Keuze } from "../onderdelen/Keuze";
import { VeldFout } from "../onderdelen/VeldFout";
import { besluitnemerNaam, datum, dwangbesluitNaam, kaderNaam, naamVan, vandaag, lidNaam } from "../teksten";

type Dwangbesluit = KaderOverzicht["dwangbesluiten"][number];

export function Kader({ id }: { id: string }) {
  const [h, setH] = useState<Huishouden | null>(null);
  const [o, setO] = useState<KaderOverzicht | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const laad = useCallback(async (signaal: AbortSignal) => {
    try {
      const [huis, kader] = await Promise.all([haal<Huishouden>(`/huishoudens/${id}`, signaal), haal<KaderOverzicht>(`/huishoudens/${id}/kader`, signaal)]);
      setH(huis);
      setO(kader);
    } catch (err) {
      if (!signaal.aborted) setFout(err as ApiFout);
    }
  }, [id]);
  const herlaad = useLaden(laad);
  if (!h || !o) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;
  const naamVanLid = (lid: string) => {
    const g = h.gezinsleden.find((x) => x.id === lid);
    return g ? lidNaam(g) : "onbekend gezinslid";
  };
  return (
    <>
      <p className="regie-terug"><AppLink href={`/huishoudens/${id}`}>← {h.naam}</AppLink></p>
      <Heading1>Kader en dwangbesluiten: {h.naam}</Heading1>
      <Paragraph>Het kader van de hulp nu: <strong>{naamVan(kaderNaam, o.kader)}</strong>.</Paragraph>
      {o.civieleKetenBetrekken && (
        <Alert type="info">
          <Paragraph>Bij drang of dwang overlegt u met de civiele keten, zoals de Raad voor de Kinderbescherming, de jeugdbescherming, Veilig Thuis en de wijkagent.</Paragraph>
        </Alert>
      )}
      <KaderWijzigen huishoudenId={id} huidig={o.kader} onGewijzigd={herlaad} />
      <Heading2>Geschiedenis van het kader</Heading2>
      {o.geschiedenis.length === 0 ? <Paragraph>Nog niets vastgelegd: de hulp is vrijwillig.</Paragraph> : (
        <Tabel>
          <TableHeader><TableRow><TableHeaderCell>Vanaf</TableHeaderCell><TableHeaderCell>Kader</TableHeaderCell><TableHeaderCell>Toelichting</TableHeaderCell><TableHeaderCell>Vastgelegd door</TableHeaderCell></TableRow></TableHeader>
          <TableBody>
            {o.geschiedenis.map((k) => (
              <TableRow key={k.id}><TableCell>{datum(k.van)}</TableCell><TableCell>{naamVan(kaderNaam, k.kader)}</TableCell><TableCell>{k.toelichting}</TableCell><TableCell>{k.vastgelegdDoorNaam}</TableCell></TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
      <Heading2 id="dwangbesluiten">Dwangbesluiten</Heading2>
      {o.dwangbesluiten.length === 0 ? <Paragraph>Geen.</Paragraph> : (
        <Tabel>
          <TableHeader><TableRow><TableHeaderCell>Besluit</TableHeaderCell><TableHeaderCell>Voor</TableHeaderCell><TableHeaderCell>Genomen door</TableHeaderCell><TableHeaderCell>Van – tot</TableHeaderCell><TableHeaderCell>Toelichting</TableHeaderCell><TableHeaderCell>Einddatum</TableHeaderCell></TableRow></TableHeader>
          <TableBody>
            {o.dwangbesluiten.map((b) => (
              <TableRow key={b.id}>
                <TableCell>{naamVan(dwangbesluitNaam, b.soort)}</TableCell>
                <TableCell>{b.gezinsleden.map(naamVanLid).join(", ")}</TableCell>
                <TableCell>{naamVan(besluitnemerNaam, b.besluitnemer)}</TableCell>
                <TableCell>{datum(b.datum)} – {b.einddatum ? datum(b.einddatum) : "nog onbekend"}</TableCell>
                <TableCell>{b.toelichting}</TableCell>
                <TableCell>{!b.einddatum && <Einddatum huishoudenId={id} besluit={b} onGewijzigd={herlaad} />}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
      <NieuwDwangbesluit h={h} onVastgelegd={herlaad} />
    </>
  );
}

function KaderWijzigen({ huishoudenId, huidig, onGewijzigd }: { huishoudenId: string; huidig: string; onGewijzigd: () => Promise<void> }) {
  const uid = useId();
  const [kader, setKader] = useState<"vrijwillig" | "drang" | "dwang" | "">("");
  const [van, setVan] = useState(vandaag());
  const [toelichting, setToelichting] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  useOnopgeslagenWijzigingen(toelichting.trim() !== "");
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("POST", `/huishoudens/${huishoudenId}/kader`, { kader, van, toelichting });
      setFout(null);
      setKader("");
      setToelichting("");
      await onGewijzigd();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <form onSubmit={verstuur} className="regie-blok regie-klein-formulier" aria-label="Kader wijzigen" noValidate>
      <Heading2>Kader wijzigen</Heading2>
      {fout && <Foutmelding fout={fout} velden={{ kader: "Kader", van: "Vanaf", toelichting: "Toelichting" }} />}
      <Keuze vraag="Welk kader geldt?" naam="kader" fout={fout} waarde={kader} onChange={setKader}
        opties={(["vrijwillig", "drang", "dwang"] as const).filter((k) => k !== huidig).map((k) => ({ waarde: k, label: kaderNaam[k] }))} />
      <FormField>
        <FormLabel htmlFor={`${uid}-van`}>Vanaf</FormLabel>
        <VeldFout fout={fout} veld="van" id={`${uid}-van-fout`} />
        <Textbox id={`${uid}-van`} type="date" max={vandaag()} value={van} aria-describedby={`${uid}-van-fout`} onChange={(e) => setVan(e.target.value)} />
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${uid}-toelichting`}>Waarom (bijvoorbeeld: welke uitspraak of afspraak)</FormLabel>
        <VeldFout fout={fout} veld="toelichting" id={`${uid}-toelichting-fout`} />
        <Textarea id={`${uid}-toelichting`} value={toelichting} aria-describedby={`${uid}-toelichting-fout`} onChange={(e) => setToelichting(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="secondary-action-button">Kader vastleggen</Button>
    </form>
  );
}

function NieuwDwangbesluit({ h, onVastgelegd }: { h: Huishouden; onVastgelegd: () => Promise<void> }) {
  const uid = useId();
  const leeg = { soort: "", besluitnemer: "", datum: vandaag(), einddatum: "", toelichting: "" };
  const [b, setB] = useState(leeg);
  const [leden, setLeden] = useState<string[]>([]);
  const [fout, setFout] = useState<ApiFout | null>(null);
  useOnopgeslagenWijzigingen(b.toelichting.trim() !== "" || leden.length > 0);
  const zet = (veld: keyof typeof leeg) => (e: { target: { value: string } }) => setB((x) => ({ ...x, [veld]: e.target.value }));
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("POST", `/huishoudens/${h.id}/dwangbesluiten`, {
        soort: b.soort, besluitnemer: b.besluitnemer, gezinsleden: leden, datum: b.datum, toelichting: b.toelichting,
        ...(b.einddatum ? { einddatum: b.einddatum } : {}),
      });
      setFout(null);
      setB(leeg);
      setLeden([]);
      await onVastgelegd();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  const lidFout = fout?.veld("gezinsleden") ?? h.gezinsleden.map((_, i) => fout?.veld(`gezinsleden[${i}]`)).find(Boolean);
  return (
    <form onSubmit={verstuur} className="regie-blok" aria-label="Dwangbesluit vastleggen" noValidate>
      <Heading2>Dwangbesluit vastleggen</Heading2>
      <Paragraph>Een besluit in een gedwongen kader kan op elk niveau worden genomen, niet alleen op niveau 5.</Paragraph>
      {fout && <Foutmelding fout={fout} velden={{ soort: "Besluit", besluitnemer: "Genomen door", gezinsleden: "Voor wie", datum: "Datum", einddatum: "Einddatum", toelichting: "Toelichting" }} />}
      <div className="regie-velden-rij">
        <FormField>
          <FormLabel htmlFor={`${uid}-soort`}>Besluit</FormLabel>
          <VeldFout fout={fout} veld="soort" id={`${uid}-soort-fout`} />
          <Select id={`${uid}-soort`} value={b.soort} aria-describedby={`${uid}-soort-fout`} onChange={zet("soort")}>
            <SelectOption value="">Kies…</SelectOption>
            {Object.entries(dwangbesluitNaam).map(([code, naam]) => <SelectOption key={code} value={code}>{naam}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${uid}-door`}>Genomen door</FormLabel>
          <VeldFout fout={fout} veld="besluitnemer" id={`${uid}-door-fout`} />
          <Select id={`${uid}-door`} value={b.besluitnemer} aria-describedby={`${uid}-door-fout`} onChange={zet("besluitnemer")}>
            <SelectOption value="">Kies…</SelectOption>
            {Object.entries(besluitnemerNaam).map(([code, naam]) => <SelectOption key={code} value={code}>{naam}</SelectOption>)}
          </Select>
        </FormField>
      </div>
      <Fieldset invalid={!!lidFout} aria-describedby={`${uid}-leden-fout`}>
        <FieldsetLegend>Voor wie</FieldsetLegend>
        {lidFout && <p id={`${uid}-leden-fout`} className="utrecht-form-field-error-message">{lidFout}</p>}
        {h.gezinsleden.map((g) => (
          <FormField key={g.id} type="checkbox">
            <Checkbox id={`${uid}-lid-${g.id}`} checked={leden.includes(g.id)}
              onChange={(e) => setLeden((l) => (e.target.checked ? [...l, g.id] : l.filter((x) => x !== g.id)))} />
            <FormLabel htmlFor={`${uid}-lid-${g.id}`} type="checkbox">{lidNaam(g)}</FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <div className="regie-velden-rij">
        <FormField>
          <FormLabel htmlFor={`${uid}-datum`}>Datum van het besluit</FormLabel>
          <VeldFout fout={fout} veld="datum" id={`${uid}-datum-fout`} />
          <Textbox id={`${uid}-datum`} type="date" max={vandaag()} value={b.datum} aria-describedby={`${uid}-datum-fout`} onChange={zet("datum")} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${uid}-eind`}>Einddatum (als die bekend is)</FormLabel>
          <VeldFout fout={fout} veld="einddatum" id={`${uid}-eind-fout`} />
          <Textbox id={`${uid}-eind`} type="date" value={b.einddatum} aria-describedby={`${uid}-eind-fout`} onChange={zet("einddatum")} />
        </FormField>
      </div>
      <FormField>
        <FormLabel htmlFor={`${uid}-toelichting`}>Toelichting</FormLabel>
        <VeldFout fout={fout} veld="toelichting" id={`${uid}-toelichting-fout`} />
        <Textarea id={`${uid}-toelichting`} value={b.toelichting} aria-describedby={`${uid}-toelichting-fout`} onChange={zet("toelichting")} />
      </FormField>
      <Button type="submit" appearance="primary-action-button">Dwangbesluit vastleggen</Button>
    </form>
  );
}

function Einddatum({ huishoudenId, besluit, onGewijzigd }: { huishoudenId: string; besluit: Dwangbesluit; onGewijzigd: () => Promise<void> }) {
  const uid = useId();
  const [einddatum, setEinddatum] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("PATCH", `/huishoudens/${huishoudenId}/dwangbesluiten/${besluit.id}`, { einddatum, versie: besluit.versie });
      await onGewijzigd();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <form onSubmit={verstuur} aria-label={`Einddatum van ${naamVan(dwangbesluitNaam, besluit.soort)} van ${datum(besluit.datum)}`} noValidate className="regie-rij">
      <FormLabel htmlFor={`${uid}-eind`}>Einddatum</FormLabel>
      <VeldFout fout={fout} veld="einddatum" id={`${uid}-fout`} />
      <Textbox id={`${uid}-eind`} type="date" value={einddatum} aria-describedby={`${uid}-fout`} onChange={(e) => setEinddatum(e.target.value)} />
      <Button type="submit" appearance="subtle-button">Opslaan</Button>
    </form>
  );
}
