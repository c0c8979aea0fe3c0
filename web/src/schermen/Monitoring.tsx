// Monitoring dashboards (DOMAIN.md §9): figures of the gemeente, an organisation or a team over a period, as
// charts with a table beside each, CSV/XLSX downloads and, for the agendahouder, a printable yearly report.
// The server never sends a count below 5: it arrives as null and is shown as "< 5". A larger count that
// related figures would give away arrives as null too, marked afgeschermd; a period's events summed over the
// months shown only are marked minstens (ADR 0009).

import { useEffect, useId, useMemo, useState, type FormEvent } from "react";
import {
  Button, FormField, FormLabel, Heading1, Heading2, Heading3, Paragraph, Select, SelectOption, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox,
} from "@utrecht/component-library-react";
import { Tabel as ScrolTabel } from "../onderdelen/Tabel";
import type { Monitoring as MonitoringCijfers } from "../typen";
import { api, ApiFout, haal } from "../api";
import { AppLink, navigeer, useLocatie } from "../navigatie";
import { useSessie } from "../sessie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Grafiek, niveauKleur } from "../onderdelen/Grafiek";
import { datum } from "../teksten";

export type Cijfers = MonitoringCijfers;
export type Reeks = MonitoringCijfers["reeksen"][number];
export type Cel = Reeks["totaal"][number];
interface Organisatie { id: string; naam: string }
interface Team { id: string; naam: string; organisatieId: string }

export const getal = (c: Cel | undefined) => {
  if (!c || c.waarde === null) return c?.afgeschermd ? "afgeschermd" : "< 5";
  if (c.minstens) return c.waarde === 0 ? "< 5 per maand" : `minstens ${c.waarde}`;
  return String(c.waarde);
};
// Only exact figures are drawn.
const getekend = (c: Cel | undefined) => (c && !c.minstens ? c.waarde : null);
const maandNaam = (m: string) => new Date(`${m}-01T12:00:00Z`).toLocaleDateString("nl-NL", { month: "short", year: "numeric" });
const soortUitleg: Record<Reeks["soort"], string> = {
  stand: "stand aan het eind van de periode",
  gebeurtenis: "opgeteld over de periode",
  gemiddelde: "gemiddelde over de periode",
};
// The figures drawn per month; the others as their period total.
const perMaandGetekend = new Set(["niveau", "opschaling", "escalatie", "signaal", "meldcode"]);

export function Monitoring() {
  const { ik } = useSessie();
  const { zoek } = useLocatie();
  const agendahouder = ik.rollen.includes("agendahouder");
  const [cijfers, setCijfers] = useState<Cijfers | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [organisaties, setOrganisaties] = useState<Organisatie[]>([]);
  const [teams, setTeams] = useState<Team[]>([]);
  const [bezig, setBezig] = useState(false);
  const query = zoek.toString();

  useEffect(() => {
    api<{ items: Organisatie[] }>("GET", "/organisaties").then((o) => setOrganisaties(o.items)).catch(setFout);
    api<{ items: Team[] }>("GET", "/teams").then((t) => setTeams(t.items)).catch(setFout);
  }, []);
  useEffect(() => {
    setCijfers(null);
    const stop = new AbortController();  // a newer filter calls the older count off
    haal<Cijfers>(`/monitoring${query ? `?${query}` : ""}`, stop.signal)
      .then((c) => { if (!stop.signal.aborted) { setCijfers(c); setFout(null); } })
      .catch((e) => !stop.signal.aborted && setFout(e));
    return () => stop.abort();
  }, [query]);

  const bijwerken = async () => {
    setBezig(true);
    try {
      await api("POST", "/monitoring/_verversen", {});
      setCijfers(await api<Cijfers>("GET", `/monitoring${query ? `?${query}` : ""}`));
    } catch (e) {
      setFout(e as ApiFout);
    } finally {
      setBezig(false);
    }
  };

  const groepen = cijfers ? [...new Set(cijfers.reeksen.map((r) => r.groep))] : [];
  const exportQuery = (formaat: string) => { const q = new URLSearchParams(zoek); q.set("formaat", formaat); return q.toString(); };
  return (
    <>
      <Heading1>Monitoring</Heading1>
      <Paragraph>
        Hoe de werkwijze gebruikt wordt, uit de gegevens van de huishoudens geteld, zonder namen. Een aantal onder
        de 5 tonen we als &lsquo;&lt; 5&rsquo;, zodat niemand te herkennen is.
      </Paragraph>
      <Paragraph className="regie-klein">
        Cijfers hangen samen: een organisatie telt de huishoudens van haar teams. Zou een getoond cijfer samen met
        andere een aantal onder de 5 verraden, dan staat er &lsquo;afgeschermd&rsquo;. Over een periode tellen we
        alleen de getoonde maanden op; zijn er maanden met minder dan 5, dan staat er &lsquo;minstens&rsquo;.
      </Paragraph>
      {fout && <Foutmelding fout={fout} velden={{ van: "Van", tot: "Tot en met", organisatieId: "Organisatie", teamId: "Team" }} />}
      <Filters key={query} agendahouder={agendahouder} organisaties={organisaties} teams={teams} cijfers={cijfers} />
      {!cijfers ? (!fout && <p role="status">Laden…</p>) : (
        <>
          <div className="regie-knoppen regie-niet-afdrukken">
            <span>{cijfers.ververstOp ? `Cijfers bijgewerkt op ${datum(cijfers.ververstOp)} om ${cijfers.ververstOp.slice(11, 16)} (UTC).` : "De cijfers zijn nog niet berekend."}</span>
            {agendahouder && <Button appearance="secondary-action-button" onClick={() => void bijwerken()} disabled={bezig}>{bezig ? "Bezig met bijwerken…" : "Nu bijwerken"}</Button>}
            <a className="utrecht-button utrecht-button--secondary-action" href={`/api/v1/monitoring/export?${exportQuery("csv")}`} download>Download CSV</a>
            <a className="utrecht-button utrecht-button--secondary-action" href={`/api/v1/monitoring/export?${exportQuery("xlsx")}`} download>Download Excel (XLSX)</a>
            {agendahouder && <AppLink href={`/monitoring/jaarverslag?jaar=${cijfers.tot.slice(0, 4)}`}>Jaarverslag {cijfers.tot.slice(0, 4)}</AppLink>}
          </div>
          {groepen.map((g) => (
            <section key={g} aria-labelledby={`groep-${g}`} className="regie-sectie">
              <Heading2 id={`groep-${g}`}>{g}</Heading2>
              <div className="regie-dashboard">
                {cijfers.reeksen.filter((r) => r.groep === g).map((r) => <Figuur key={r.metriek} reeks={r} maanden={cijfers.maanden} />)}
              </div>
            </section>
          ))}
        </>
      )}
    </>
  );
}

function Filters({ agendahouder, organisaties, teams, cijfers }: { agendahouder: boolean; organisaties: Organisatie[]; teams: Team[]; cijfers: Cijfers | null }) {
  const id = useId();
  const { zoek } = useLocatie();
  const [organisatie, setOrganisatie] = useState(zoek.get("organisatieId") ?? "");
  const [team, setTeam] = useState(zoek.get("teamId") ?? "");
  const [van, setVan] = useState(zoek.get("van") ?? cijfers?.van ?? "");
  const [tot, setTot] = useState(zoek.get("tot") ?? cijfers?.tot ?? "");
  const toepassen = (e: FormEvent) => {
    e.preventDefault();
    const q = new URLSearchParams();
    if (organisatie) q.set("organisatieId", organisatie);
    if (team) q.set("teamId", team);
    if (van) q.set("van", van);
    if (tot) q.set("tot", tot);
    navigeer(`/monitoring?${q.toString()}`);
  };
  const eigenOrganisatie = cijfers?.organisatieId ?? organisatie;
  const teamKeuze = teams.filter((t) => t.organisatieId === (agendahouder ? organisatie : eigenOrganisatie));
  return (
    <form onSubmit={toepassen} aria-label="Filters" className="regie-blok regie-niet-afdrukken" noValidate>
      <div className="regie-velden-rij">
        {agendahouder && (
          <FormField>
            <FormLabel htmlFor={`${id}-org`}>Organisatie</FormLabel>
            <Select id={`${id}-org`} value={organisatie} onChange={(e) => { setOrganisatie(e.target.value); setTeam(""); }}>
              <SelectOption value="">De hele gemeente</SelectOption>
              {organisaties.map((o) => <SelectOption key={o.id} value={o.id}>{o.naam}</SelectOption>)}
            </Select>
          </FormField>
        )}
        <FormField>
          <FormLabel htmlFor={`${id}-team`}>Team</FormLabel>
          <Select id={`${id}-team`} value={team} onChange={(e) => setTeam(e.target.value)} disabled={teamKeuze.length === 0}>
            <SelectOption value="">Alle teams</SelectOption>
            {teamKeuze.map((t) => <SelectOption key={t.id} value={t.id}>{t.naam}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-van`}>Van (maand)</FormLabel>
          <Textbox id={`${id}-van`} type="month" value={van} onChange={(e) => setVan(e.target.value)} placeholder="2026-01" />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-tot`}>Tot en met (maand)</FormLabel>
          <Textbox id={`${id}-tot`} type="month" value={tot} onChange={(e) => setTot(e.target.value)} placeholder="2026-12" />
        </FormField>
      </div>
      <Button type="submit" appearance="primary-action-button">Toon cijfers</Button>
    </form>
  );
}

function Figuur({ reeks: r, maanden }: { reeks: Reeks; maanden: string[] }) {
  const perMaand = perMaandGetekend.has(r.metriek);
  // Built once per figure, so that the chart is not redrawn when the page around it changes.
  const { labels, reeksen } = useMemo(() => ({
    labels: perMaand ? maanden.map(maandNaam) : r.sleutels.map((s) => s.label),
    reeksen: perMaand
      ? r.sleutels.map((s) => ({
        label: s.label, waarden: maanden.map((m) => getekend(r.perMaand.find((c) => c.maand === m && c.sleutel === s.sleutel))),
        ...(s.kleur ? { kleur: niveauKleur(s.kleur) } : {}),
      }))
      : [{
        label: soortUitleg[r.soort], waarden: r.sleutels.map((s) => getekend(r.totaal.find((c) => c.sleutel === s.sleutel))),
        ...(r.sleutels.every((s) => s.kleur) ? { kleur: r.sleutels.map((s) => niveauKleur(s.kleur!)) } : {}),
      }],
  }), [r, maanden, perMaand]);
  const verborgen = r.totaal.filter((c) => getekend(c) === null).length;
  const liggend = !perMaand && r.sleutels.length > 6;
  return (
    <figure className={liggend ? "regie-figuur regie-figuur--breed" : "regie-figuur"}>
      <Heading3>{r.titel}</Heading3>
      <Grafiek labels={labels} reeksen={reeksen} gestapeld={r.metriek === "niveau"} liggend={liggend}
        beschrijving={`${r.titel}, ${perMaand ? "per maand" : soortUitleg[r.soort]}. De cijfers staan in de tabel hieronder.`} />
      <figcaption className="regie-klein">
        {soortUitleg[r.soort]}{verborgen > 0 ? `; ${verborgen} ${verborgen === 1 ? "waarde is" : "waarden zijn"} niet getekend (kleiner dan 5, afgeschermd of een ondergrens)` : ""}
      </figcaption>
      <details>
        <summary>Als tabel</summary>
        <Tabel reeks={r} maanden={perMaand ? maanden : []} />
      </details>
    </figure>
  );
}

export function Tabel({ reeks: r, maanden }: { reeks: Reeks; maanden: string[] }) {
  return (
    <ScrolTabel>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{r.titel}</TableHeaderCell>
          {maanden.map((m) => <TableHeaderCell key={m} scope="col">{maandNaam(m)}</TableHeaderCell>)}
          <TableHeaderCell scope="col">Periode</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {r.sleutels.map((s) => (
          <TableRow key={s.sleutel}>
            <TableHeaderCell scope="row">{s.label}</TableHeaderCell>
            {maanden.map((m) => <TableCell key={m}>{getal(r.perMaand.find((c) => c.maand === m && c.sleutel === s.sleutel))}</TableCell>)}
            <TableCell>{getal(r.totaal.find((c) => c.sleutel === s.sleutel))}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrolTabel>
  );
}
