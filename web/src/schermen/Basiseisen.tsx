// The providers' basic requirements (DOMAIN.md §9): the agendahouder's compliance matrix of every
// organisation, with CSV and XLSX downloads; the aandachtsfunctionaris records his organisation's
// requirements; the aandachtsfunctionaris and the managers keep the regisseurs' basic training.

import { useCallback, useId, useState, type FormEvent } from "react";
import {
  Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea, Textbox,
} from "@utrecht/component-library-react";
import { Tabel } from "../onderdelen/Tabel";
import { api, ApiFout, haal } from "../api";
import type { BasiseisenMatrix, Scholing } from "../typen";
import { useLaden } from "../laden";
import { useSessie } from "../sessie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { VeldFout } from "../onderdelen/VeldFout";
import { datum, vandaag } from "../teksten";

type Matrix = BasiseisenMatrix;
type Eis = Matrix["eisen"][number];
type Rij = Matrix["items"][number];
type Cel = Rij["eisen"][number];
type Regisseur = Scholing["items"][number];

const uitkomstNaam: Record<Cel["uitkomst"], string> = { voldaan: "Voldaan", niet_voldaan: "Niet voldaan", onbekend: "Onbekend" };


export function Basiseisen() {
  const { ik } = useSessie();
  const beleid = ik.rollen.includes("agendahouder") || ik.rollen.includes("aandachtsfunctionaris");
  const scholing = (ik.rollen.includes("aandachtsfunctionaris") || ik.rollen.includes("manager")) && ik.organisatieId;
  const [trainingen, setTrainingen] = useState(0);  // the matrix reloads when a training changes
  return (
    <>
      <Heading1>Basiseisen voor aanbieders</Heading1>
      <Paragraph>
        De voorwaarden uit inkoop en subsidie per organisatie. Waar Regie de gegevens heeft, beslissen die: een
        vastlegging voegt bewijs toe, maar kan de gegevens niet tegenspreken.
      </Paragraph>
      {beleid && <Nalevingsmatrix trainingen={trainingen} />}
      {scholing && <Scholing organisatieId={ik.organisatieId} onGewijzigd={() => setTrainingen((x) => x + 1)} />}
    </>
  );
}

function Nalevingsmatrix({ trainingen }: { trainingen: number }) {
  const [matrix, setMatrix] = useState<Matrix | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const laad = useCallback(async (signaal: AbortSignal) => {
    try { setMatrix(await haal<Matrix>("/basiseisen", signaal)); } catch (e) { if (!signaal.aborted) setFout(e as ApiFout); }
  }, [trainingen]);
  const herlaad = useLaden(laad);
  if (!matrix) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;
  return (
    <section aria-labelledby="matrix-kop">
      <Heading2 id="matrix-kop">Naleving per organisatie</Heading2>
      <div className="regie-knoppen">
        <a className="utrecht-button utrecht-button--secondary-action" href="/api/v1/basiseisen/export?formaat=csv" download>Download CSV</a>
        <a className="utrecht-button utrecht-button--secondary-action" href="/api/v1/basiseisen/export?formaat=xlsx" download>Download Excel (XLSX)</a>
      </div>
      <Tabel className="regie-basiseisen">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
            {matrix.eisen.map((e) => <TableHeaderCell key={e.code} scope="col" title={e.tekst}>{e.vastlegging}</TableHeaderCell>)}
          </TableRow>
        </TableHeader>
        <TableBody>
          {matrix.items.map((o) => (
            <TableRow key={o.organisatieId}>
              <TableHeaderCell scope="row">{o.organisatie}</TableHeaderCell>
              {o.eisen.map((c) => (
                <TableCell key={c.eis} className={`regie-eis regie-eis--${c.uitkomst}`}>
                  {uitkomstNaam[c.uitkomst]}
                  {c.datum && <span className="regie-klein"> ({datum(c.datum)})</span>}
                  {c.eis === "scholing_op_orde" && <span className="regie-klein"> — {o.metBasistraining} van {o.regisseurs} regisseurs getraind</span>}
                  {c.tegenspraak && <span className="regie-klein"> — vastgelegd als {c.voldaan ? "voldaan" : "niet voldaan"}, maar de gegevens in Regie zeggen anders</span>}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Tabel>
      <Heading2 className="regie-kop3">Hoe Regie de eisen beoordeelt</Heading2>
      <ul>
        {matrix.eisen.map((e) => <li key={e.code}><strong>{e.vastlegging}:</strong> {e.uitGegevens || "volgt uit wat u vastlegt."}</li>)}
      </ul>
      {matrix.items.map((o) => <EisFormulier key={o.organisatieId} rij={o} eisen={matrix.eisen} onOpgeslagen={herlaad} />)}
    </section>
  );
}

function EisFormulier({ rij, eisen, onOpgeslagen }: { rij: Rij; eisen: Eis[]; onOpgeslagen: () => Promise<void> }) {
  const id = useId();
  const [eis, setEis] = useState(eisen[0].code);
  const [voldaan, setVoldaan] = useState("ja");
  const [op, setOp] = useState(vandaag());
  const [bewijs, setBewijs] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [klaar, setKlaar] = useState(false);
  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("PUT", `/organisaties/${rij.organisatieId}/basiseisen/${eis}`, { voldaan: voldaan === "ja", datum: op, bewijs });
      setFout(null);
      setBewijs("");
      await onOpgeslagen();
      setKlaar(true);
    } catch (err) {
      setKlaar(false);
      setFout(err as ApiFout);
    }
  };
  const gekozen = eisen.find((x) => x.code === eis)!;
  return (
    <form onSubmit={opslaan} className="regie-blok" aria-label={`Basiseis vastleggen voor ${rij.organisatie}`} noValidate>
      <Heading2 className="regie-kop3">Vastleggen voor {rij.organisatie}</Heading2>
      {fout && <Foutmelding fout={fout} velden={{ datum: "Datum", bewijs: "Waaruit blijkt het" }} />}
      {klaar && <p role="status">Vastgelegd.</p>}
      <div className="regie-velden-rij">
        <FormField>
          <FormLabel htmlFor={`${id}-eis`}>Basiseis</FormLabel>
          <Select id={`${id}-eis`} value={eis} onChange={(e) => setEis(e.target.value)}>
            {eisen.map((x) => <SelectOption key={x.code} value={x.code}>{x.vastlegging}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-voldaan`}>Voldaan?</FormLabel>
          <Select id={`${id}-voldaan`} value={voldaan} onChange={(e) => setVoldaan(e.target.value)}>
            <SelectOption value="ja">Ja</SelectOption>
            <SelectOption value="nee">Nee</SelectOption>
          </Select>
        </FormField>
        <FormField invalid={!!fout?.veld("datum")}>
          <FormLabel htmlFor={`${id}-datum`}>Datum</FormLabel>
          <VeldFout fout={fout} veld="datum" id={`${id}-datum-fout`} />
          <Textbox id={`${id}-datum`} type="date" value={op} onChange={(e) => setOp(e.target.value)} aria-describedby={`${id}-datum-fout`} />
        </FormField>
      </div>
      <Paragraph className="regie-klein">{gekozen.tekst}</Paragraph>
      <FormField invalid={!!fout?.veld("bewijs")}>
        <FormLabel htmlFor={`${id}-bewijs`}>Waaruit blijkt het{voldaan === "ja" ? "" : " (niet verplicht)"}</FormLabel>
        <VeldFout fout={fout} veld="bewijs" id={`${id}-bewijs-fout`} />
        <Textarea id={`${id}-bewijs`} value={bewijs} onChange={(e) => setBewijs(e.target.value)} aria-describedby={`${id}-bewijs-fout`} />
      </FormField>
      <Button type="submit" appearance="primary-action-button">Vastleggen</Button>
    </form>
  );
}

function Scholing({ organisatieId, onGewijzigd }: { organisatieId: string; onGewijzigd: () => void }) {
  const [lijst, setLijst] = useState<Regisseur[] | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const laad = useCallback(async (signaal: AbortSignal) => {
    try { setLijst((await haal<{ items: Regisseur[] }>(`/organisaties/${organisatieId}/scholing`, signaal)).items); } catch (e) { if (!signaal.aborted) setFout(e as ApiFout); }
  }, [organisatieId]);
  const gewijzigd = async () => {
    await herlaad();
    onGewijzigd();
  };
  const herlaad = useLaden(laad);
  if (!lijst) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;
  return (
    <section aria-labelledby="scholing-kop">
      <Heading2 id="scholing-kop">Basistraining van de regisseurs</Heading2>
      {fout && <Foutmelding fout={fout} />}
      {lijst.length === 0 ? <Paragraph>Deze organisatie heeft geen regisseurs.</Paragraph> : (
        <Tabel>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Regisseur</TableHeaderCell>
              <TableHeaderCell scope="col">Team</TableHeaderCell>
              <TableHeaderCell scope="col">Basistraining</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lijst.map((r) => <TrainingRij key={r.medewerkerId} r={r} onGewijzigd={gewijzigd} onFout={setFout} />)}
          </TableBody>
        </Tabel>
      )}
    </section>
  );
}

function TrainingRij({ r, onGewijzigd, onFout }: { r: Regisseur; onGewijzigd: () => Promise<void>; onFout: (f: ApiFout) => void }) {
  const id = useId();
  const [op, setOp] = useState(r.basistraining ?? vandaag());
  const doe = async (methode: "PUT" | "DELETE") => {
    try {
      await api(methode, `/medewerkers/${r.medewerkerId}/basistraining`, methode === "PUT" ? { datum: op } : undefined);
      await onGewijzigd();
    } catch (e) {
      onFout(e as ApiFout);
    }
  };
  return (
    <TableRow>
      <TableHeaderCell scope="row">{r.naam}</TableHeaderCell>
      <TableCell>{r.team ?? "—"}</TableCell>
      <TableCell>
        <span className="regie-velden-rij">
          <span>{r.basistraining ? `Gevolgd op ${datum(r.basistraining)}` : "Nog niet gevolgd"}</span>
          <label htmlFor={`${id}-datum`} className="regie-verborgen">Datum basistraining van {r.naam}</label>
          <Textbox id={`${id}-datum`} type="date" value={op} onChange={(e) => setOp(e.target.value)} />
          <Button appearance="secondary-action-button" onClick={() => void doe("PUT")}>Vastleggen</Button>
          {r.basistraining && <Button appearance="subtle-button" onClick={() => void doe("DELETE")}>Weghalen</Button>}
        </span>
      </TableCell>
    </TableRow>
  );
}
