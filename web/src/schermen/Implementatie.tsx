// Implementation plans (DOMAIN.md §9): the agendahouder keeps the gemeente's plan and follows every
// organisation's; an aandachtsfunctionaris keeps his own organisation's. Per section the progress, per
// action who, when, the state and notes.

import type { Implementatieplan, Implementatieplannen } from "../typen";
import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import {
  Alert, Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea, Textbox,
} from "@utrecht/component-library-react";
import { Tabel } from "../onderdelen/Tabel";
import { api, ApiFout, haal } from "../api";
import { AppLink, navigeer } from "../navigatie";
import { useSessie } from "../sessie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { VeldFout } from "../onderdelen/VeldFout";
import { datum, naamVan } from "../teksten";

export type PlanKop = Implementatieplannen["items"][number];
type Plan = Implementatieplan;
type Actie = Plan["acties"][number];
type Voortgang = PlanKop["voortgang"][number];

const standNaam: Record<string, string> = {
  niet_gestart: "niet gestart",
  bezig: "bezig",
  gereed: "gereed",
  niet_van_toepassing: "niet van toepassing",
};

const planNaam = (p: PlanKop) => (p.eigenaar === "gemeente" ? "De gemeente" : p.organisatie ?? "Organisatie");

function voortgangTekst(v: Voortgang) {
  if (v.procent === null) return v.acties === 0 ? "geen acties" : "niets van toepassing";
  return `${v.gereed} van ${v.vanToepassing} gereed (${v.procent}%)${v.overTijd ? `, ${v.overTijd} over tijd` : ""}`;
}

function VoortgangBalk({ v, label }: { v: Voortgang; label: string }) {
  return (
    <span className="regie-voortgang">
      <progress max={100} value={v.procent ?? 0} aria-label={label} />
      <span>{voortgangTekst(v)}</span>
    </span>
  );
}

export function Implementatieplannen() {
  const { ik } = useSessie();
  const [plannen, setPlannen] = useState<PlanKop[] | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const mijnOrganisatie = ik.organisatieId;
  const agendahouder = ik.rollen.includes("agendahouder");
  const af = ik.rollen.includes("aandachtsfunctionaris");

  useEffect(() => {
    const stop = new AbortController();
    haal<Implementatieplannen>("/implementatieplannen", stop.signal)
      .then((p) => setPlannen(p.items))
      .catch((e) => { if (!stop.signal.aborted) setFout(e as ApiFout); });
    return () => stop.abort();
  }, []);

  const start = async (organisatieId: string | null) => {
    try {
      const r = await api<{ id: string }>("POST", "/implementatieplannen", organisatieId ? { organisatieId } : {});
      navigeer(`/implementatie/${r.id}`);
    } catch (e) {
      setFout(e as ApiFout);
    }
  };

  if (!plannen) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;
  const heeftGemeentePlan = plannen.some((p) => p.eigenaar === "gemeente");
  const heeftEigenPlan = plannen.some((p) => p.organisatieId === mijnOrganisatie);
  return (
    <>
      <Heading1>Implementatie van de werkwijze</Heading1>
      <Paragraph>
        {agendahouder
          ? "Het implementatieplan van de gemeente en de voortgang van elke organisatie, per sectie."
          : "Het implementatieplan van uw organisatie, per sectie."}
      </Paragraph>
      {fout && <Foutmelding fout={fout} />}
      <div className="regie-knoppen">
        {agendahouder && !heeftGemeentePlan && (
          <Button appearance="primary-action-button" onClick={() => void start(null)}>Plan van de gemeente starten</Button>
        )}
        {af && mijnOrganisatie && !heeftEigenPlan && (
          <Button appearance="primary-action-button" onClick={() => void start(mijnOrganisatie)}>Plan van mijn organisatie starten</Button>
        )}
      </div>
      {plannen.length === 0 ? <Paragraph>Er is nog geen implementatieplan.</Paragraph> : (
        <ImplementatieOverzicht plannen={plannen} />
      )}
    </>
  );
}

const secties = ["A", "B", "C", "D", "E", "F", "G"];

// Every plan's progress per section: on the overview and in the yearly report.
export function ImplementatieOverzicht({ plannen }: { plannen: PlanKop[] }) {
  return (
    <Tabel className="regie-implementatie-overzicht">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Plan</TableHeaderCell>
          {secties.map((s) => <TableHeaderCell key={s} scope="col">Sectie {s}</TableHeaderCell>)}
          <TableHeaderCell scope="col">Totaal</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {plannen.map((p) => (
          <TableRow key={p.id}>
            <TableHeaderCell scope="row"><AppLink href={`/implementatie/${p.id}`}>{planNaam(p)}</AppLink></TableHeaderCell>
            {secties.map((s) => {
              const v = p.voortgang.find((x) => x.sectie === s);
              return <TableCell key={s}>{v ? (v.procent === null ? "—" : `${v.procent}%`) + (v.overTijd ? ` (${v.overTijd} over tijd)` : "") : "n.v.t."}</TableCell>;
            })}
            <TableCell>{voortgangTekst(p.voortgang[p.voortgang.length - 1])}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

export function Implementatieplan({ id }: { id: string }) {
  const [plan, setPlan] = useState<Plan | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const laad = useCallback(async () => {
    try { setPlan(await api<Plan>("GET", `/implementatieplannen/${id}`)); } catch (e) { setFout(e as ApiFout); }
  }, [id]);
  useEffect(() => void laad(), [laad]);
  if (!plan) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;
  return (
    <>
      <p className="regie-terug"><AppLink href="/implementatie">← Alle implementatieplannen</AppLink></p>
      <Heading1>Implementatieplan: {plan.eigenaar === "gemeente" ? "de gemeente" : plan.organisatie}</Heading1>
      <Paragraph>
        Gestart op {datum(plan.gestartOp)}. <VoortgangBalk v={plan.voortgang[plan.voortgang.length - 1]} label="Voortgang van het hele plan" />
      </Paragraph>
      {plan.bevindingen.map((b) => <Alert key={b.code} type="warning"><Paragraph>{b.tekst}</Paragraph></Alert>)}
      {!plan.magBewerken && <Alert type="info"><Paragraph>U kunt dit plan lezen; bijwerken doet de eigenaar van het plan.</Paragraph></Alert>}
      {plan.secties.map((s) => {
        const v = plan.voortgang.find((x) => x.sectie === s.sectie)!;
        return (
          <section key={s.sectie} aria-labelledby={`sectie-${s.sectie}`} className="regie-sectie">
            <Heading2 id={`sectie-${s.sectie}`}>{s.sectie}. {s.titel}</Heading2>
            <VoortgangBalk v={v} label={`Voortgang sectie ${s.sectie}`} />
            {plan.acties.filter((a) => a.sectie === s.sectie).map((a) =>
              plan.magBewerken
                ? <ActieFormulier key={a.id} planId={plan.id} actie={a} onOpgeslagen={laad} />
                : <ActieAlleenLezen key={a.id} actie={a} />)}
          </section>
        );
      })}
      {plan.magBewerken && <EigenActie plan={plan} onToegevoegd={laad} />}
      <Momenten plan={plan} onVastgelegd={laad} />
    </>
  );
}

function ActieAlleenLezen({ actie: a }: { actie: Actie }) {
  return (
    <div className="regie-blok">
      <Paragraph><strong>{a.omschrijving}</strong>{a.optioneel ? " (optioneel)" : ""}</Paragraph>
      <Paragraph>
        {naamVan(standNaam, a.stand)}{a.verantwoordelijke ? `, ${a.verantwoordelijke}` : ""}{a.gepland ? `, gepland ${datum(a.gepland)}` : ""}
        {a.overTijd && <strong> — over tijd</strong>}{a.reden ? ` — ${a.reden}` : ""}
      </Paragraph>
    </div>
  );
}

function ActieFormulier({ planId, actie: a, onOpgeslagen }: { planId: string; actie: Actie; onOpgeslagen: () => Promise<void> }) {
  const id = useId();
  const [v, setV] = useState({ verantwoordelijke: a.verantwoordelijke ?? "", gepland: a.gepland ?? "", stand: a.stand, reden: a.reden ?? "", notities: a.notities });
  const [fout, setFout] = useState<ApiFout | null>(null);
  const gewijzigd = v.verantwoordelijke !== (a.verantwoordelijke ?? "") || v.gepland !== (a.gepland ?? "") || v.stand !== a.stand
    || v.reden !== (a.reden ?? "") || v.notities !== a.notities;
  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("PATCH", `/implementatieplannen/${planId}/acties/${a.id}`, {
        stand: v.stand, versie: a.versie, notities: v.notities,
        ...(v.verantwoordelijke.trim() ? { verantwoordelijke: v.verantwoordelijke.trim() } : {}),
        ...(v.gepland ? { gepland: v.gepland } : {}),
        ...(v.stand === "niet_van_toepassing" ? { reden: v.reden } : {}),
      });
      setFout(null);
      await onOpgeslagen();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <form onSubmit={opslaan} className={`regie-blok regie-implementatie-actie${a.overTijd ? " regie-over-tijd" : ""}`} aria-label={a.omschrijving} noValidate>
      <Paragraph>
        <strong>{a.omschrijving}</strong>{a.optioneel ? " (optioneel)" : ""}{!a.sjabloonCode ? " (eigen actie)" : ""}
        {a.overTijd && <strong className="regie-over-tijd-tekst"> — over tijd</strong>}
      </Paragraph>
      {fout && <Foutmelding fout={fout} velden={{ reden: "Reden", gepland: "Gepland", verantwoordelijke: "Wie" }} />}
      {fout?.status === 409 && <Paragraph>Iemand anders heeft deze actie intussen bijgewerkt. Laad de pagina opnieuw; uw invoer staat hier nog.</Paragraph>}
      <div className="regie-velden-rij">
        <FormField>
          <FormLabel htmlFor={`${id}-wie`}>Wie</FormLabel>
          <Textbox id={`${id}-wie`} value={v.verantwoordelijke} onChange={(e) => setV((x) => ({ ...x, verantwoordelijke: e.target.value }))} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-gepland`}>Gepland</FormLabel>
          <VeldFout fout={fout} veld="gepland" id={`${id}-gepland-fout`} />
          <Textbox id={`${id}-gepland`} type="date" value={v.gepland} aria-describedby={`${id}-gepland-fout`}
            onChange={(e) => setV((x) => ({ ...x, gepland: e.target.value }))} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-stand`}>Stand</FormLabel>
          <Select id={`${id}-stand`} value={v.stand} onChange={(e) => setV((x) => ({ ...x, stand: e.target.value as Actie["stand"] }))}>
            {Object.entries(standNaam).map(([c, n]) => <SelectOption key={c} value={c}>{n}</SelectOption>)}
          </Select>
        </FormField>
      </div>
      {v.stand === "niet_van_toepassing" && (
        <FormField>
          <FormLabel htmlFor={`${id}-reden`}>Waarom niet van toepassing?</FormLabel>
          <VeldFout fout={fout} veld="reden" id={`${id}-reden-fout`} />
          <Textbox id={`${id}-reden`} value={v.reden} aria-describedby={`${id}-reden-fout`} invalid={!!fout?.veld("reden")}
            onChange={(e) => setV((x) => ({ ...x, reden: e.target.value }))} />
        </FormField>
      )}
      <FormField>
        <FormLabel htmlFor={`${id}-notities`}>Notities</FormLabel>
        <Textarea id={`${id}-notities`} value={v.notities} onChange={(e) => setV((x) => ({ ...x, notities: e.target.value }))} />
      </FormField>
      <Button type="submit" appearance="secondary-action-button" disabled={!gewijzigd}>Opslaan</Button>
    </form>
  );
}

function EigenActie({ plan, onToegevoegd }: { plan: Plan; onToegevoegd: () => Promise<void> }) {
  const id = useId();
  const [sectie, setSectie] = useState(plan.secties[0]?.sectie ?? "A");
  const [omschrijving, setOmschrijving] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  const voegToe = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("POST", `/implementatieplannen/${plan.id}/acties`, { sectie, omschrijving });
      setOmschrijving("");
      setFout(null);
      await onToegevoegd();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <form onSubmit={voegToe} className="regie-blok" aria-label="Eigen actie toevoegen" noValidate>
      <Heading2>Eigen actie toevoegen</Heading2>
      {fout && <Foutmelding fout={fout} velden={{ omschrijving: "Actie", sectie: "Sectie" }} />}
      <div className="regie-velden-rij">
        <FormField>
          <FormLabel htmlFor={`${id}-sectie`}>Sectie</FormLabel>
          <Select id={`${id}-sectie`} value={sectie} onChange={(e) => setSectie(e.target.value as Actie["sectie"])}>
            {plan.secties.map((s) => <SelectOption key={s.sectie} value={s.sectie}>{s.sectie}. {s.titel}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-omschrijving`}>Actie</FormLabel>
          <VeldFout fout={fout} veld="omschrijving" id={`${id}-omschrijving-fout`} />
          <Textbox id={`${id}-omschrijving`} value={omschrijving} aria-describedby={`${id}-omschrijving-fout`}
            onChange={(e) => setOmschrijving(e.target.value)} />
        </FormField>
      </div>
      <Button type="submit" appearance="secondary-action-button">Toevoegen</Button>
    </form>
  );
}

const momentNaam: Record<string, string> = { evaluatie: "Jaarlijkse evaluatie", dialoogsessie: "Lokale dialoogsessie" };

function Momenten({ plan, onVastgelegd }: { plan: Plan; onVastgelegd: () => Promise<void> }) {
  const id = useId();
  const leeg = { soort: "evaluatie", datum: new Date().toISOString().slice(0, 10), deelnemers: "", bevindingen: "", besluiten: "" };
  const [v, setV] = useState(leeg);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const vastleggen = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("POST", `/implementatieplannen/${plan.id}/momenten`, v);
      setV(leeg);
      setFout(null);
      await onVastgelegd();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  const veld = (naam: "deelnemers" | "bevindingen" | "besluiten", label: string) => (
    <FormField>
      <FormLabel htmlFor={`${id}-${naam}`}>{label}</FormLabel>
      <VeldFout fout={fout} veld={naam} id={`${id}-${naam}-fout`} />
      <Textarea id={`${id}-${naam}`} value={v[naam]} aria-describedby={`${id}-${naam}-fout`} invalid={!!fout?.veld(naam)}
        onChange={(e) => setV((x) => ({ ...x, [naam]: e.target.value }))} />
    </FormField>
  );
  return (
    <section aria-labelledby={`${id}-titel`}>
      <Heading2 id={`${id}-titel`}>Evaluatie en dialoogsessie</Heading2>
      {plan.momenten.length === 0 ? <Paragraph>Nog niets vastgelegd.</Paragraph> : plan.momenten.map((m) => (
        <div key={m.id} className="regie-blok">
          <Paragraph><strong>{naamVan(momentNaam, m.soort)}, {datum(m.datum)}</strong> — {m.deelnemers}</Paragraph>
          <Paragraph>Bevindingen: {m.bevindingen}</Paragraph>
          {m.besluiten && <Paragraph>Besluiten: {m.besluiten}</Paragraph>}
        </div>
      ))}
      {plan.magBewerken && (
        <form onSubmit={vastleggen} className="regie-blok" aria-label="Moment vastleggen" noValidate>
          {fout && <Foutmelding fout={fout} velden={{ datum: "Datum", deelnemers: "Wie waren erbij", bevindingen: "Bevindingen" }} />}
          <div className="regie-velden-rij">
            <FormField>
              <FormLabel htmlFor={`${id}-soort`}>Wat</FormLabel>
              <Select id={`${id}-soort`} value={v.soort} onChange={(e) => setV((x) => ({ ...x, soort: e.target.value }))}>
                {Object.entries(momentNaam).map(([c, n]) => <SelectOption key={c} value={c}>{n}</SelectOption>)}
              </Select>
            </FormField>
            <FormField>
              <FormLabel htmlFor={`${id}-datum`}>Datum</FormLabel>
              <VeldFout fout={fout} veld="datum" id={`${id}-datum-fout`} />
              <Textbox id={`${id}-datum`} type="date" value={v.datum} aria-describedby={`${id}-datum-fout`}
                onChange={(e) => setV((x) => ({ ...x, datum: e.target.value }))} />
            </FormField>
          </div>
          {veld("deelnemers", "Wie waren erbij")}
          {veld("bevindingen", "Bevindingen")}
          {veld("besluiten", "Besluiten")}
          <Button type="submit" appearance="secondary-action-button">Vastleggen</Button>
        </form>
      )}
    </section>
  );
}
