// Small forms on the household page to change who is around it: network members, involved professionals,
// regisseurs (with the profile the level asks next to each candidate's profile), and the phase. Each
// sends one request and then reloads the household. The server decides; its message stands at the form.

import { useEffect, useId, useState, type FormEvent, type ReactNode } from "react";
import { Button, Checkbox, FormField, FormFieldDescription, FormLabel, Heading3, Paragraph, Select, SelectOption, Textarea, Textbox } from "@utrecht/component-library-react";
import { allePaginas, api, ApiFout } from "../api";
import type { Gezinslid, Huishouden, Regisseur } from "../typen";
import { Foutmelding } from "./Foutmelding";
import { VeldFout } from "./VeldFout";
import { Keuze } from "./Keuze";
import { faseNaam, grondslagNaam, leefgebiedNaam, naamVan, lidNaam } from "../teksten";
import { LidVelden, lidInvoer, nieuwLid, type Lid } from "./LidVelden";
import { useOnopgeslagenWijzigingen } from "../navigatie";

// `regionaal`: the organisation serves several gemeenten (at levels 4–5 its assignment needs a grondslag).
interface Medewerker { id: string; naam: string; organisatie?: string; regionaal?: boolean; certificeringen: { rol: string; profiel: string }[] }

/** One small form: a title, the fields, a button; the server's error at the top. */
function Formulier({ titel, knop, children, onVerstuur, fout }: {
  titel: string; knop: string; children: ReactNode; onVerstuur: () => Promise<void>; fout: ApiFout | null;
}) {
  const [bezig, setBezig] = useState(false);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setBezig(true);
    try { await onVerstuur(); } finally { setBezig(false); }
  };
  return (
    <form onSubmit={verstuur} className="regie-blok regie-klein-formulier" aria-label={titel} noValidate>
      <Heading3>{titel}</Heading3>
      {fout && <Foutmelding fout={fout} />}
      {children}
      <Button type="submit" appearance="secondary-action-button" busy={bezig} disabled={bezig}>{knop}</Button>
    </form>
  );
}

function useVerzenden(herlaad: () => Promise<void>) {
  const [fout, setFout] = useState<ApiFout | null>(null);
  const verzend = async (methode: string, pad: string, body: object, daarna?: () => void) => {
    try {
      await api(methode, pad, body);
      setFout(null);
      daarna?.();
      await herlaad();
    } catch (e) {
      setFout(e as ApiFout);
    }
  };
  return { fout, verzend };
}

export function NetwerkToevoegen({ h, herlaad }: { h: Huishouden; herlaad: () => Promise<void> }) {
  const id = useId();
  const [v, setV] = useState({ naam: "", relatie: "", contact: "" });
  useOnopgeslagenWijzigingen(Object.values(v).some((w) => w.trim() !== ""));
  const { fout, verzend } = useVerzenden(herlaad);
  return (
    <Formulier titel="Iemand uit het netwerk toevoegen" knop="Toevoegen aan het netwerk" fout={fout}
      onVerstuur={() => verzend("POST", `/huishoudens/${h.id}/netwerk`,
        Object.fromEntries(Object.entries(v).filter(([, w]) => w.trim())), () => setV({ naam: "", relatie: "", contact: "" }))}>
      <div className="regie-velden-rij">
        {(["naam", "relatie", "contact"] as const).map((veld) => (
          <FormField key={veld}>
            <FormLabel htmlFor={`${id}-${veld}`}>{{ naam: "Naam", relatie: "Relatie tot het huishouden", contact: "Telefoon of e-mail" }[veld]}</FormLabel>
            <VeldFout fout={fout} veld={veld} id={`${id}-${veld}-fout`} />
            <Textbox id={`${id}-${veld}`} value={v[veld]} aria-describedby={`${id}-${veld}-fout`}
              onChange={(e) => setV((x) => ({ ...x, [veld]: e.target.value }))} />
          </FormField>
        ))}
      </div>
    </Formulier>
  );
}

export function useMedewerkers() {
  const [lijst, setLijst] = useState<Medewerker[]>([]);
  useEffect(() => {
    let actueel = true;  // a screen left before the answer came in does not set it
    Promise.all([
      allePaginas<Medewerker & { organisatieId: string }>("/medewerkers"),
      api<{ items: { id: string; naam: string; regionaal: boolean }[] }>("GET", "/organisaties"),
    ]).then(([m, o]) => {
      if (!actueel) return;
      const organisatie = new Map(o.items.map((x) => [x.id, x]));
      setLijst(m.map((x) => ({ ...x, organisatie: organisatie.get(x.organisatieId)?.naam, regionaal: organisatie.get(x.organisatieId)?.regionaal })));
    }).catch(() => setLijst([]));
    return () => { actueel = false; };
  }, []);
  return lijst;
}

export function ProfessionalBetrekken({ h, herlaad, medewerkers }: { h: Huishouden; herlaad: () => Promise<void>; medewerkers: Medewerker[] }) {
  const id = useId();
  const [wie, setWie] = useState("");
  const [rol, setRol] = useState("");
  const { fout, verzend } = useVerzenden(herlaad);
  const al = new Set(h.betrokkenen.map((b) => b.medewerkerId));
  return (
    <Formulier titel="Een professional betrekken" knop="Betrekken" fout={fout}
      onVerstuur={() => verzend("POST", `/huishoudens/${h.id}/betrokkenen`, { medewerkerId: wie, ...(rol.trim() ? { rol } : {}) },
        () => { setWie(""); setRol(""); })}>
      <div className="regie-velden-rij">
        <FormField>
          <FormLabel htmlFor={`${id}-wie`}>Wie</FormLabel>
          <VeldFout fout={fout} veld="medewerkerId" id={`${id}-wie-fout`} />
          <Select id={`${id}-wie`} value={wie} aria-describedby={`${id}-wie-fout`} onChange={(e) => setWie(e.target.value)}>
            <SelectOption value="">Kies…</SelectOption>
            {medewerkers.filter((m) => !al.has(m.id)).map((m) => <SelectOption key={m.id} value={m.id}>{m.naam}{m.organisatie ? ` (${m.organisatie})` : ""}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-rol`}>Wat doet deze professional?</FormLabel>
          <Textbox id={`${id}-rol`} value={rol} onChange={(e) => setRol(e.target.value)} />
        </FormField>
      </div>
    </Formulier>
  );
}

const profielOrde = ["A", "B", "B+"];

type Grondslag = "regionale_afspraak" | "zvh_besluit";

export function RegisseurAanwijzen({ h, herlaad, medewerkers }: { h: Huishouden; herlaad: () => Promise<void>; medewerkers: Medewerker[] }) {
  const id = useId();
  const [rol, setRol] = useState<"casus" | "proces" | "">("");
  const [wie, setWie] = useState("");
  const [leefgebied, setLeefgebied] = useState("");
  const [grondslag, setGrondslag] = useState<Grondslag | "">("");
  const [kenmerk, setKenmerk] = useState("");
  const { fout, verzend } = useVerzenden(herlaad);
  const kaart = h.regiekaart;
  if (!kaart) return <Paragraph>Een regisseur wijst u aan zodra er een niveau is vastgesteld.</Paragraph>;
  const eis = rol === "casus" ? kaart.casusregie : rol === "proces" ? kaart.procesregie : null;
  const kandidaten = [
    ...h.betrokkenen.map((b) => {
      const m = medewerkers.find((x) => x.id === b.medewerkerId);
      const profiel = m?.certificeringen.find((c) => c.rol === rol)?.profiel;
      const past = !eis?.profiel || (profiel !== undefined && profielOrde.indexOf(profiel) >= profielOrde.indexOf(eis.profiel));
      return { waarde: `medewerker:${b.medewerkerId}`, label: `${b.naam} — ${profiel ? `profiel ${profiel}` : "geen profiel"}${eis?.profiel ? (past ? " (voldoet)" : ` (vraagt ${eis.profiel})`) : ""}` };
    }),
    // At level 1 a member of the household or its network may hold casusregie.
    ...(kaart.niveau === 1 && rol === "casus"
      ? [...h.gezinsleden.filter((l) => !l.leeftijd.ongeboren).map((l) => ({ waarde: `gezinslid:${l.id}`, label: `${lidNaam(l)} (gezinslid)` })),
        ...h.netwerk.map((n) => ({ waarde: `netwerklid:${n.id}`, label: `${n.naam} (netwerk)` }))]
      : []),
  ];
  const [soort, persoonId] = wie.split(":");
  // A professional of an organisation that serves several gemeenten is assigned at levels 4–5 on a regional
  // agreement or a decision of the Zorg- en Veiligheidshuis (the server checks it too).
  const vraagtGrondslag = kaart.niveau >= 4 && soort === "medewerker" && !!medewerkers.find((m) => m.id === persoonId)?.regionaal;
  return (
    <Formulier titel="Een regisseur aanwijzen" knop="Aanwijzen" fout={fout}
      onVerstuur={() => verzend("POST", `/huishoudens/${h.id}/regisseurs`, {
        rol, persoonSoort: soort, persoonId,
        ...(rol === "casus" && leefgebied ? { aandachtsgebied: [{ leefgebied }] } : {}),
        ...(vraagtGrondslag && grondslag ? { grondslag } : {}),
        ...(vraagtGrondslag && kenmerk.trim() ? { grondslagKenmerk: kenmerk } : {}),
      }, () => { setRol(""); setWie(""); setLeefgebied(""); setGrondslag(""); setKenmerk(""); })}>
      <Keuze vraag="Welke regie?" naam="rol" fout={fout} waarde={rol} onChange={(r) => { setRol(r); setWie(""); }} opties={[
        { waarde: "casus", label: "Casusregie", uitleg: `Niveau ${kaart.niveau}: ${kaart.casusregie.profiel ? `profiel ${kaart.casusregie.profiel}` : "geen profiel vereist"}` },
        ...(kaart.procesregie.nodig !== "niet_van_toepassing"
          ? [{ waarde: "proces" as const, label: "Procesregie", uitleg: `Niveau ${kaart.niveau}: profiel ${kaart.procesregie.profiel}${kaart.procesregie.extern ? ", uit de veiligheidsketen" : ""}` }]
          : []),
      ]} />
      {rol && (
        <div className="regie-velden-rij">
          <FormField>
            <FormLabel htmlFor={`${id}-wie`}>Wie (uit de betrokken professionals)</FormLabel>
            <VeldFout fout={fout} veld="persoonId" id={`${id}-wie-fout`} />
            <Select id={`${id}-wie`} value={wie} aria-describedby={`${id}-wie-fout`} onChange={(e) => setWie(e.target.value)}>
              <SelectOption value="">Kies…</SelectOption>
              {kandidaten.map((k) => <SelectOption key={k.waarde} value={k.waarde}>{k.label}</SelectOption>)}
            </Select>
          </FormField>
          {rol === "casus" && (
            <FormField>
              <FormLabel htmlFor={`${id}-gebied`}>Aandachtsgebied</FormLabel>
              <VeldFout fout={fout} veld="aandachtsgebied" id={`${id}-gebied-fout`} />
              <Select id={`${id}-gebied`} value={leefgebied} aria-describedby={`${id}-gebied-fout`} onChange={(e) => setLeefgebied(e.target.value)}>
                <SelectOption value="">Kies…</SelectOption>
                {Object.entries(leefgebiedNaam).map(([c, n]) => <SelectOption key={c} value={c}>{n}</SelectOption>)}
              </Select>
            </FormField>
          )}
        </div>
      )}
      {vraagtGrondslag && (
        <GrondslagVelden fout={fout} grondslag={grondslag} setGrondslag={setGrondslag} kenmerk={kenmerk}
            setKenmerk={setKenmerk}
          uitleg="Deze organisatie werkt voor meerdere gemeenten. Op niveau 4 en 5 legt u vast op welke afspraak of welk besluit de toewijzing berust." />
      )}
    </Formulier>
  );
}

/** End an assignment, or confirm one whose profile falls short of the level (the server checks who may). */
export function RegisseurActies({ h, r, herlaad, medewerkers }: { h: Huishouden; r: Regisseur; herlaad: () => Promise<void>; medewerkers: Medewerker[] }) {
  const { fout, verzend } = useVerzenden(herlaad);
  const grondslagNodig = h.eisen.some((e) => e.code === "grondslag_vereist") && !r.grondslag &&
    r.persoonSoort === "medewerker" && !!medewerkers.find((m) => m.id === r.persoonId)?.regionaal;
  return (
    <>
    <span className="regie-inline-acties">
      {r.knelpunt && (
        <Button appearance="subtle-button" onClick={() => void verzend("POST", `/huishoudens/${h.id}/regisseurs/${r.id}/_bevestigen`, { versie: r.versie })}>
          Bevestigen ondanks het profiel
        </Button>
      )}
      <Button appearance="subtle-button" onClick={() => void verzend("POST", `/huishoudens/${h.id}/regisseurs/${r.id}/_beeindigen`, { versie: r.versie })}>
        {r.naam} als regisseur beëindigen
      </Button>
      {fout && <Foutmelding fout={fout} />}
    </span>
    {grondslagNodig && <GrondslagVastleggen h={h} r={r} herlaad={herlaad} />}
    </>
  );
}

/** The regional agreement or ZVH decision an assignment follows, and its reference: for a new assignment and
 *  for one whose household rose to level 4 or 5. */
function GrondslagVelden({ fout, grondslag, setGrondslag, kenmerk, setKenmerk, uitleg }: {
  fout: ApiFout | null; grondslag: Grondslag | ""; setGrondslag: (g: Grondslag) => void;
  kenmerk: string; setKenmerk: (k: string) => void; uitleg?: string;
}) {
  const id = useId();
  return (
    <>
      <Keuze vraag="Waarop berust deze toewijzing?" naam="grondslag" fout={fout} waarde={grondslag} onChange={setGrondslag}
        uitleg={uitleg}
        opties={[
          { waarde: "regionale_afspraak", label: grondslagNaam.regionale_afspraak, uitleg: "De regio heeft afgesproken welke partij de regie voert." },
          { waarde: "zvh_besluit", label: grondslagNaam.zvh_besluit, uitleg: "Het Zorg- en Veiligheidshuis heeft besloten wie de regie voert." },
        ]} />
      <FormField>
        <FormLabel htmlFor={`${id}-kenmerk`}>Kenmerk van de afspraak of het besluit</FormLabel>
        <VeldFout fout={fout} veld="grondslagKenmerk" id={`${id}-kenmerk-fout`} />
        <Textbox id={`${id}-kenmerk`} value={kenmerk} aria-describedby={`${id}-kenmerk-fout`} maxLength={200}
          onChange={(e) => setKenmerk(e.target.value)} />
      </FormField>
    </>
  );
}

/** The regional agreement or ZVH decision an existing assignment follows, once the level asks for it. */
function GrondslagVastleggen({ h, r, herlaad }: { h: Huishouden; r: Regisseur; herlaad: () => Promise<void> }) {
  const [grondslag, setGrondslag] = useState<Grondslag | "">("");
  const [kenmerk, setKenmerk] = useState("");
  const { fout, verzend } = useVerzenden(herlaad);
  return (
    <Formulier titel={`Grondslag voor ${r.naam}`} knop="Grondslag vastleggen" fout={fout}
      onVerstuur={() => verzend("POST", `/huishoudens/${h.id}/regisseurs/${r.id}/_grondslag`, {
        ...(grondslag ? { grondslag } : {}), grondslagKenmerk: kenmerk, versie: r.versie,
      })}>
      <GrondslagVelden fout={fout} grondslag={grondslag} setGrondslag={setGrondslag} kenmerk={kenmerk}
        setKenmerk={setKenmerk} />
    </Formulier>
  );
}

export function FaseWisselen({ h, herlaad }: { h: Huishouden; herlaad: () => Promise<void> }) {
  const { fout, verzend } = useVerzenden(herlaad);
  const [afsluiten, setAfsluiten] = useState(false);
  return (
    <div>
      {fout && <Foutmelding fout={fout} />}
      <div className="regie-knoppen">
        {h.volgendeFasen.filter((f) => f.drempels.length === 0 && f.fase !== "afgesloten").map((f) => (
          <Button key={f.fase} appearance="secondary-action-button"
            onClick={() => void verzend("POST", `/huishoudens/${h.id}/fase`, { fase: f.fase, versie: h.versie })}>
            Naar {naamVan(faseNaam, f.fase).toLowerCase()}
          </Button>
        ))}
        {h.fase !== "afgesloten" && !afsluiten && (
          <Button appearance="subtle-button" onClick={() => setAfsluiten(true)}>Huishouden afsluiten…</Button>
        )}
      </div>
      {afsluiten && (
        <div className="regie-blok" role="group" aria-label="Afsluiten bevestigen">
          <Paragraph>Afsluiten beëindigt de regie. Het dossier blijft bewaard. Weet u het zeker?</Paragraph>
          <div className="regie-knoppen">
            <Button appearance="primary-action-button" onClick={() => void verzend("POST", `/huishoudens/${h.id}/fase`, { fase: "afgesloten", versie: h.versie })}>
              Ja, afsluiten
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setAfsluiten(false)}>Nee</Button>
          </div>
        </div>
      )}
    </div>
  );
}

export function GezinslidToevoegen({ h, herlaad }: { h: Huishouden; herlaad: () => Promise<void> }) {
  const id = useId();
  const [lid, setLid] = useState<Lid>(nieuwLid(h.gezinsleden[0]?.achternaam));
  useOnopgeslagenWijzigingen(lid.voornaam.trim() !== "" || lid.datum !== "" || lid.bsn.trim() !== "");
  const { fout, verzend } = useVerzenden(herlaad);
  return (
    <Formulier titel="Een gezinslid toevoegen" knop="Gezinslid toevoegen" fout={fout}
      onVerstuur={() => verzend("POST", `/huishoudens/${h.id}/gezinsleden`, lidInvoer(lid), () => setLid(nieuwLid(lid.achternaam)))}>
      <LidVelden lid={lid} zet={(w) => setLid((x) => ({ ...x, ...w }))} fout={fout} id={id} />
    </Formulier>
  );
}

/** When an unborn child is born: its birth date (and name, often known only now). */
export function GeboorteVastleggen({ h, lid, herlaad }: { h: Huishouden; lid: Gezinslid; herlaad: () => Promise<void> }) {
  const id = useId();
  const [voornaam, setVoornaam] = useState(lid.voornaam);
  const [datumGeboren, setDatumGeboren] = useState("");
  const { fout, verzend } = useVerzenden(herlaad);
  return (
    <Formulier titel={`Geboorte van ${lidNaam(lid)} vastleggen`} knop="Geboorte vastleggen" fout={fout}
      onVerstuur={() => verzend("PUT", `/huishoudens/${h.id}/gezinsleden/${lid.id}`, {
        voornaam, achternaam: lid.achternaam, relatie: lid.relatie, geboortedatum: datumGeboren, versie: lid.versie,
      })}>
      <div className="regie-velden-rij">
        <FormField>
          <FormLabel htmlFor={`${id}-voornaam`}>Voornaam</FormLabel>
          <VeldFout fout={fout} veld="voornaam" id={`${id}-voornaam-fout`} />
          <Textbox id={`${id}-voornaam`} value={voornaam} aria-describedby={`${id}-voornaam-fout`} onChange={(e) => setVoornaam(e.target.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-datum`}>Geboren op</FormLabel>
          <VeldFout fout={fout} veld="geboortedatum" id={`${id}-datum-fout`} />
          <Textbox id={`${id}-datum`} type="date" value={datumGeboren} aria-describedby={`${id}-datum-fout`} onChange={(e) => setDatumGeboren(e.target.value)} />
        </FormField>
      </div>
    </Formulier>
  );
}

const minderjarig = (l: Gezinslid) => l.leeftijd.ongeboren || l.leeftijd.jaren < 18;

/** Who holds parental authority over a minor member: adult members, and a note on where else it lies. A child
 *  of 12 to 15 gets portal access only together with one of them. */
export function GezagVastleggen({ h, herlaad }: { h: Huishouden; herlaad: () => Promise<void> }) {
  const id = useId();
  const kinderen = h.gezinsleden.filter(minderjarig);
  const volwassenen = h.gezinsleden.filter((l) => !minderjarig(l));
  const [kindId, setKindId] = useState("");
  const [dragers, setDragers] = useState<string[]>([]);
  const [toelichting, setToelichting] = useState("");
  const { fout, verzend } = useVerzenden(herlaad);
  if (kinderen.length === 0) return null;
  const kiesKind = (k: string) => {
    const gezag = h.gezinsleden.find((l) => l.id === k)?.gezag;
    setKindId(k);
    setDragers(gezag?.gezagsdragers ?? []);
    setToelichting(gezag?.toelichting ?? "");
  };
  return (
    <Formulier titel="Gezag over een kind vastleggen" knop="Gezag vastleggen" fout={fout}
      onVerstuur={() => kindId
        ? verzend("PUT", `/huishoudens/${h.id}/gezinsleden/${kindId}/gezag`, { gezagsdragers: dragers, toelichting })
        : Promise.resolve()}>
      <FormField>
        <FormLabel htmlFor={`${id}-kind`}>Kind</FormLabel>
        <VeldFout fout={fout} veld="gezinslidId" id={`${id}-kind-fout`} />
        <Select id={`${id}-kind`} value={kindId} aria-describedby={`${id}-kind-fout`} onChange={(e) => kiesKind(e.target.value)}>
          <SelectOption value="">Kies een kind</SelectOption>
          {kinderen.map((l) => <SelectOption key={l.id} value={l.id}>{lidNaam(l)}</SelectOption>)}
        </Select>
      </FormField>
      {kindId && (
        <>
          <fieldset className="regie-keuze" aria-describedby={`${id}-dragers-fout`}>
            <legend>Heeft het gezag</legend>
            <VeldFout fout={fout} veld="gezagsdragers" id={`${id}-dragers-fout`} />
            {volwassenen.map((l) => (
              <div key={l.id} className="regie-vinkje">
                <Checkbox id={`${id}-drager-${l.id}`} checked={dragers.includes(l.id)}
                  onChange={(e) => setDragers((d) => (e.target.checked ? [...d, l.id] : d.filter((x) => x !== l.id)))} />
                <label htmlFor={`${id}-drager-${l.id}`}>{lidNaam(l)}</label>
              </div>
            ))}
          </fieldset>
          <FormField>
            <FormLabel htmlFor={`${id}-toelichting`}>Toelichting</FormLabel>
            <FormFieldDescription id={`${id}-toelichting-uitleg`}>
              Bij wie het gezag verder ligt, bijvoorbeeld een ouder die elders woont of een voogd. Verplicht als
              niemand hierboven het gezag heeft.
            </FormFieldDescription>
            <VeldFout fout={fout} veld="toelichting" id={`${id}-toelichting-fout`} />
            <Textarea id={`${id}-toelichting`} value={toelichting} aria-describedby={`${id}-toelichting-uitleg ${id}-toelichting-fout`}
              invalid={!!fout?.veld("toelichting")} onChange={(e) => setToelichting(e.target.value)} />
          </FormField>
        </>
      )}
    </Formulier>
  );
}

/** What the members table says about a minor's parental authority. */
export function gezagTekst(h: Huishouden, l: Gezinslid): string {
  if (!minderjarig(l)) return "—";
  if (!l.gezag) return "Niet vastgelegd";
  const namen = l.gezag.gezagsdragers.map((d) => {
    const lid = h.gezinsleden.find((x) => x.id === d);
    return lid ? lidNaam(lid) : "";
  }).filter(Boolean);
  return [namen.join(" en "), l.gezag.toelichting].filter((t) => t.trim() !== "").join(". ");
}
