// The data protection officer's screen (issue "Logboek Dataverwerkingen"): the processing log, asked by
// trace, processing activity or data subject and narrowed to a period (a question about everything is not
// possible: the server refuses it), and the gemeente's register of processing activities, whose wording he
// keeps. A subject is entered as Regie's id of the person or household; the log only holds its pseudonym.
// The question lives in the URL, so that it can be shared with a colleague who has the same role.

import { useId, useState, type FormEvent } from "react";
import {
  Alert, Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, TableBody, TableCell,
  TableHeader, TableHeaderCell, TableRow,
} from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import type { Verwerking, Verwerkingsactiviteit, Verwerkingsactiviteiten, VerwerkingenPagina } from "../typen";
import { navigeer, useLocatie } from "../navigatie";
import { tijdstip } from "../teksten";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Paginering } from "../onderdelen/Paginering";
import { Tabel } from "../onderdelen/Tabel";
import { TekstVeld } from "../onderdelen/TekstVeld";
import { useGeladen } from "./beheerDelen";

const kVelden = ["traceId", "verwerkingsactiviteit", "betrokkene", "vanaf", "tot"] as const;
type Vraag = Record<(typeof kVelden)[number], string>;

const kStatus: Record<string, string> = {
  STATUS_CODE_OK: "gelukt", STATUS_CODE_ERROR: "geweigerd", STATUS_CODE_UNKNOWN: "onbekend",
};

function Resultaat({ vraag, pagina }: { vraag: Vraag; pagina: number }) {
  const q = new URLSearchParams({ pagina: String(pagina), paginaGrootte: "20" });
  for (const veld of kVelden) if (vraag[veld]) q.set(veld, vraag[veld]);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [data] = useGeladen<VerwerkingenPagina>(`/logboek/verwerkingen?${q}`, setFout);
  const naar = (p: number) => {
    q.set("pagina", String(p));
    q.delete("paginaGrootte");
    navigeer(`/logboek?${q}`);
  };
  if (fout) return <Foutmelding fout={fout} />;
  if (!data) return <p role="status">Laden…</p>;
  if (data.items.length === 0) return <Paragraph>Geen verwerkingen gevonden bij deze vraag.</Paragraph>;
  return (
    <>
      <Paragraph>{data.totaal} verwerking(en), nieuwste eerst.</Paragraph>
      <Tabel>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Begonnen</TableHeaderCell>
            <TableHeaderCell scope="col">Handeling</TableHeaderCell>
            <TableHeaderCell scope="col">Verwerkingsactiviteit</TableHeaderCell>
            <TableHeaderCell scope="col">Uitkomst</TableHeaderCell>
            <TableHeaderCell scope="col">Betrokkene (pseudoniem)</TableHeaderCell>
            <TableHeaderCell scope="col">Trace</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.items.map((v: Verwerking) => (
            <TableRow key={`${v.operationId}-${v.attributes["dpl.core.data_subject_id"] ?? ""}`}>
              <TableCell>{tijdstip(v.startTime)}</TableCell>
              <TableCell><code>{v.name}</code></TableCell>
              <TableCell>{v.verwerkingsactiviteit ? `${v.verwerkingsactiviteit.naam} (versie ${v.verwerkingsactiviteit.versie})` : ""}</TableCell>
              <TableCell>{kStatus[v.statusCode] ?? v.statusCode}</TableCell>
              <TableCell>
                {v.attributes["dpl.core.data_subject_id"]
                  ? <><code title={v.attributes["dpl.core.data_subject_id"]}>{v.attributes["dpl.core.data_subject_id"].slice(0, 12)}…</code>{" "}
                    {v.attributes["dpl.core.data_subject_id_type"] === "regie-huishouden" ? "huishouden" : "persoon"}</>
                  : "geen"}
              </TableCell>
              <TableCell>
                <Button appearance="subtle-button" onClick={() => navigeer(`/logboek?traceId=${v.traceId}`)}>
                  <code>{v.traceId.slice(0, 8)}…</code><span className="regie-verborgen"> alle verwerkingen van deze trace</span>
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Tabel>
      <Paginering pagina={data.pagina} aantalPaginas={data.aantalPaginas} totaal={data.totaal} naar={naar} />
    </>
  );
}

function Herformuleren({ activiteit, onKlaar }: { activiteit: Verwerkingsactiviteit; onKlaar: () => Promise<void> }) {
  const [naam, setNaam] = useState(activiteit.naam);
  const [doel, setDoel] = useState(activiteit.doel);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("PUT", `/verwerkingsactiviteiten/${encodeURIComponent(activiteit.code)}`, { naam: naam.trim(), doel: doel.trim() });
      setFout(null);
      await onKlaar();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <form onSubmit={(e) => void opslaan(e)} aria-label={`${activiteit.naam} anders formuleren`}>
      {fout && <Foutmelding fout={fout} />}
      <TekstVeld label="Naam" veld="naam" waarde={naam} onChange={setNaam} fout={fout} />
      <TekstVeld label="Doel" veld="doel" waarde={doel} onChange={setDoel} fout={fout}
        uitleg="Een nieuwe versie: eerdere regels in het logboek blijven naar de oude formulering wijzen." />
      <Button type="submit" appearance="primary-action-button">Nieuwe versie opslaan</Button>
    </form>
  );
}

function Register({ activiteiten, herladen }: { activiteiten: Verwerkingsactiviteit[]; herladen: () => Promise<void> }) {
  const [open, setOpen] = useState<string | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  return (
    <section aria-labelledby="register-kop">
      <Heading2 id="register-kop">Register van verwerkingsactiviteiten</Heading2>
      <Paragraph>Elke regel in het logboek wijst naar de versie van de activiteit die toen gold.</Paragraph>
      {melding && <Alert type="ok" role="status"><Paragraph>{melding}</Paragraph></Alert>}
      <Tabel>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Activiteit</TableHeaderCell>
            <TableHeaderCell scope="col">Doel</TableHeaderCell>
            <TableHeaderCell scope="col">Versie</TableHeaderCell>
            <TableHeaderCell scope="col"><span className="regie-verborgen">Wijzigen</span></TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {activiteiten.map((a) => (
            <TableRow key={a.id}>
              <TableCell>{a.naam} <code>{a.code}</code></TableCell>
              <TableCell>
                {a.doel}
                {open === a.code && (
                  <Herformuleren activiteit={a} onKlaar={async () => {
                    setOpen(null);
                    setMelding(`Nieuwe versie van "${a.code}" opgeslagen.`);
                    await herladen();
                  }} />
                )}
              </TableCell>
              <TableCell>{a.versie} (sinds {tijdstip(a.geldigVanaf)})</TableCell>
              <TableCell>
                <Button appearance="secondary-action-button" onClick={() => { setMelding(null); setOpen(open === a.code ? null : a.code); }}
                  aria-expanded={open === a.code}>
                  {open === a.code ? "Annuleren" : `${a.naam} anders formuleren`}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Tabel>
    </section>
  );
}

export function Logboek() {
  const id = useId();
  const { zoek } = useLocatie();
  const gesteld: Vraag = Object.fromEntries(kVelden.map((v) => [v, zoek.get(v) ?? ""])) as Vraag;
  const pagina = Number(zoek.get("pagina") ?? "1") || 1;
  const [vraag, setVraag] = useState<Vraag>(gesteld);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [register, herladen] = useGeladen<Verwerkingsactiviteiten>("/verwerkingsactiviteiten", setFout);
  const iets = kVelden.slice(0, 3).some((v) => gesteld[v]);
  const zoeken = (e: FormEvent) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const veld of kVelden) if (vraag[veld].trim()) q.set(veld, vraag[veld].trim());
    navigeer(`/logboek?${q}`);
  };
  const zet = (veld: keyof Vraag) => (waarde: string) => setVraag({ ...vraag, [veld]: waarde });
  return (
    <>
      <Heading1>Verwerkingenlogboek</Heading1>
      <Paragraph>
        Welke verwerkingen van persoonsgegevens Regie deed, per betrokkene, per verwerkingsactiviteit of per trace.
        Wie de verwerking deed staat in de audit trail bij hetzelfde trace-id. Uw vragen komen zelf ook in het logboek.
      </Paragraph>
      {fout && <Foutmelding fout={fout} />}
      <form onSubmit={zoeken} aria-label="Vraag aan het logboek">
        <div className="regie-velden-rij">
          <FormField>
            <FormLabel htmlFor={`${id}-activiteit`}>Verwerkingsactiviteit</FormLabel>
            <Select id={`${id}-activiteit`} value={vraag.verwerkingsactiviteit} onChange={(e) => zet("verwerkingsactiviteit")(e.target.value)}>
              <SelectOption value="">(alle)</SelectOption>
              {register?.items.map((a) => <SelectOption key={a.code} value={a.code}>{a.naam}</SelectOption>)}
            </Select>
          </FormField>
          <TekstVeld label="Betrokkene" veld="betrokkene" waarde={vraag.betrokkene} onChange={zet("betrokkene")} fout={null}
            uitleg="Het id in Regie van een gezinslid, netwerklid of huishouden." />
          <TekstVeld label="Trace-id" veld="traceId" waarde={vraag.traceId} onChange={zet("traceId")} fout={null} />
        </div>
        <div className="regie-velden-rij">
          <TekstVeld label="Vanaf" veld="vanaf" type="date" waarde={vraag.vanaf} onChange={zet("vanaf")} fout={null} />
          <TekstVeld label="Tot" veld="tot" type="date" waarde={vraag.tot} onChange={zet("tot")} fout={null} />
        </div>
        <Button type="submit" appearance="primary-action-button">Zoeken</Button>
      </form>
      {iets ? <Resultaat vraag={gesteld} pagina={pagina} key={zoek.toString()} />
        : <Paragraph>Kies een verwerkingsactiviteit, of vul een betrokkene of een trace-id in.</Paragraph>}
      {register && <Register activiteiten={register.items} herladen={herladen} />}
    </>
  );
}
