// Safety for one household: the signals recorded, the checklist of extra measures (acute police contact
// first and unmissable), and the meldcode in five steps with the afwegingskader at step 4. Regie never
// files a report itself; it guides and records.

import { useCallback, useId, useState, type FormEvent } from "react";
import {
  Alert, Button, Checkbox, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, Heading3, OrderedList,
  OrderedListItem, Paragraph, Select, SelectOption, Textarea, Textbox, UnorderedList, UnorderedListItem,
} from "@utrecht/component-library-react";
import { api, ApiFout, haal } from "../api";
import { useLaden } from "../laden";
import type { Huishouden, Signaal, Maatregel, Meldcodetraject } from "../typen";
import { AppLink, useOnopgeslagenWijzigingen } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { JaNee, Keuze } from "../onderdelen/Keuze";
import { VeldFout } from "../onderdelen/VeldFout";
import { datum, maatregelStatusNaam, naamVan, signaalNaam } from "../teksten";

type Traject = Meldcodetraject;

const stapNamen: Record<number, string> = {
  1: "Signalen in kaart brengen",
  2: "Collega raadplegen en zo nodig Veilig Thuis of een deskundige",
  3: "Gesprek met de betrokkenen",
  4: "Wegen met het afwegingskader",
  5: "Beslissen: melden bij Veilig Thuis en/of hulp organiseren",
};

export function Veiligheid({ id }: { id: string }) {
  const [h, setH] = useState<Huishouden | null>(null);
  const [signalen, setSignalen] = useState<Signaal[]>([]);
  const [maatregelen, setMaatregelen] = useState<Maatregel[]>([]);
  const [trajecten, setTrajecten] = useState<Traject[]>([]);
  const [fout, setFout] = useState<ApiFout | null>(null);

  const laad = useCallback(async (signaal: AbortSignal) => {
    try {
      const [huis, s, m, t] = await Promise.all([
        haal<Huishouden>(`/huishoudens/${id}`, signaal),
        haal<{ items: Signaal[] }>(`/huishoudens/${id}/signalen`, signaal),
        haal<{ items: Maatregel[] }>(`/huishoudens/${id}/maatregelen`, signaal),
        haal<{ items: Traject[] }>(`/huishoudens/${id}/meldcode`, signaal),
      ]);
      setH(huis);
      setSignalen(s.items);
      setMaatregelen(m.items);
      setTrajecten(t.items);
    } catch (e) {
      if (!signaal.aborted) setFout(e as ApiFout);
    }
  }, [id]);

  const herlaad = useLaden(laad);

  if (!h) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;
  const politie = maatregelen.filter((m) => m.code === "politie_direct" && m.status === "open");
  // Recording is for the household's regisseurs while it is open; others read.
  const regie = h.mag.regie && h.fase !== "afgesloten";
  const lopend = trajecten.find((t) => !t.afgerondOp);

  return (
    <>
      <p className="regie-terug"><AppLink href={`/huishoudens/${id}`}>← {h.naam}</AppLink></p>
      <Heading1>Veiligheid: {h.naam}</Heading1>
      {politie.map((m) => (
        <Alert key={m.id} type="error" role="alert" className="regie-politie">
          <Paragraph><strong>{m.tekst}</strong></Paragraph>
        </Alert>
      ))}

      <Heading2>Signalen</Heading2>
      {signalen.length === 0 ? (
        <Paragraph>Er zijn geen signalen van geweld vastgelegd.</Paragraph>
      ) : (
        <OrderedList>
          {signalen.map((s) => (
            <OrderedListItem key={s.id}>
              {naamVan(signaalNaam, s.type)}{s.acuut ? ", acuut" : ""}{s.glaslFase ? `, Glasl-fase ${s.glaslFase}` : ""}
              {" "}— {datum(s.vastgelegdOp)}{s.effectief ? "" : " (telt niet mee voor maatregelen)"}
            </OrderedListItem>
          ))}
        </OrderedList>
      )}

      {regie && <SignaalVastleggen huishoudenId={id} onVastgelegd={herlaad} />}

      <Heading2>Checklist extra maatregelen</Heading2>
      {maatregelen.length === 0 ? (
        <Paragraph>Geen maatregelen: er is geen signaal dat ze vraagt.</Paragraph>
      ) : (
        <>
          {regie && <SamenAfhandelen huishoudenId={id} open={maatregelen.filter((m) => m.status === "open")} onGewijzigd={herlaad} />}
          {regie ? maatregelen.map((m) => <MaatregelRegel key={m.id} huishoudenId={id} maatregel={m} onGewijzigd={herlaad} />) : (
            <UnorderedList>
              {maatregelen.map((m) => <UnorderedListItem key={m.id}>{m.tekst} — {naamVan(maatregelStatusNaam, m.status).toLowerCase()}</UnorderedListItem>)}
            </UnorderedList>
          )}
        </>
      )}

      <Heading2>Meldcode</Heading2>
      <Paragraph>
        Bij een vermoeden van huiselijk geweld of kindermishandeling doorloopt u vijf stappen. Regie legt elke stap
        vast; een melding bij Veilig Thuis doet u zelf.
      </Paragraph>
      {trajecten.filter((t) => t.afgerondOp).map((t) => (
        <Paragraph key={t.id}>Traject van {datum(t.gestartOp)} afgerond op {datum(t.afgerondOp)}.</Paragraph>
      ))}
      {lopend && !regie && <Paragraph>Er loopt een meldcode-traject (gestart op {datum(lopend.gestartOp)}).</Paragraph>}
      {!regie ? null : lopend ? (
        <Meldcode huishoudenId={id} traject={lopend} onGewijzigd={herlaad} />
      ) : (
        <Button appearance="secondary-action-button" onClick={async () => {
          try { await api("POST", `/huishoudens/${id}/meldcode`, {}); await herlaad(); } catch (e) { setFout(e as ApiFout); }
        }}>Meldcode-traject starten</Button>
      )}
      {fout && <Foutmelding fout={fout} />}
    </>
  );
}

/** A signal seen between assessments: recorded at once (its measures follow), then a reassessment offered. */
function SignaalVastleggen({ huishoudenId, onVastgelegd }: { huishoudenId: string; onVastgelegd: () => Promise<void> }) {
  const id = useId();
  const [type, setType] = useState("");
  const [acuut, setAcuut] = useState(false);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [klaar, setKlaar] = useState(false);
  useOnopgeslagenWijzigingen(type !== "");
  const vastleggen = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("POST", `/huishoudens/${huishoudenId}/signalen`, { ...(type ? { type } : {}), acuut });
      setType("");
      setAcuut(false);
      setFout(null);
      setKlaar(true);
      await onVastgelegd();
    } catch (err) {
      setFout(err as ApiFout);
      setKlaar(false);
    }
  };
  return (
    <form onSubmit={vastleggen} className="regie-blok" aria-label="Een signaal vastleggen" noValidate>
      <Heading3>Een signaal vastleggen</Heading3>
      {fout && <Foutmelding fout={fout} velden={{ type: "Soort signaal" }} />}
      {klaar && (
        <Alert type="ok" role="status">
          <Paragraph>
            Het signaal is vastgelegd; de maatregelen die het vraagt staan hieronder. Past het niveau nog?{" "}
            <AppLink href={`/huishoudens/${huishoudenId}/taxatie`}>Doe een nieuwe taxatie</AppLink>.
          </Paragraph>
        </Alert>
      )}
      <FormField>
        <FormLabel htmlFor={`${id}-type`}>Soort signaal</FormLabel>
        <VeldFout fout={fout} veld="type" id={`${id}-type-fout`} />
        <Select id={`${id}-type`} value={type} aria-describedby={`${id}-type-fout`} invalid={!!fout?.veld("type")}
          onChange={(e) => setType(e.target.value)}>
          <SelectOption value="">Kies…</SelectOption>
          {Object.entries(signaalNaam).map(([code, naam]) => <SelectOption key={code} value={code}>{naam}</SelectOption>)}
        </Select>
      </FormField>
      <div className="regie-vinkje">
        <Checkbox id={`${id}-acuut`} checked={acuut} onChange={(e) => setAcuut(e.target.checked)} />
        <label htmlFor={`${id}-acuut`}>Acuut: er is nu (mogelijk) gevaar</label>
      </div>
      <Button type="submit" appearance="secondary-action-button">Signaal vastleggen</Button>
    </form>
  );
}

/** The open measures ticked off together, each saved as done (one by one, so one refusal stops nothing else). */
function SamenAfhandelen({ huishoudenId, open, onGewijzigd }: { huishoudenId: string; open: Maatregel[]; onGewijzigd: () => Promise<void> }) {
  const id = useId();
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [fouten, setFouten] = useState<string[]>([]);
  if (open.length < 2) return null;
  const afhandelen = async (e: FormEvent) => {
    e.preventDefault();
    const mislukt: string[] = [];
    for (const m of open.filter((x) => gekozen.includes(x.id))) {
      try {
        await api("PATCH", `/huishoudens/${huishoudenId}/maatregelen/${m.id}`, { status: "gedaan", versie: m.versie });
      } catch (err) {
        mislukt.push(`${m.tekst}: ${(err as ApiFout).detail}`);
      }
    }
    setFouten(mislukt);
    setGekozen([]);
    await onGewijzigd();
  };
  return (
    <form onSubmit={afhandelen} className="regie-blok" aria-label="Maatregelen samen afvinken" noValidate>
      <Heading3>Wat al gedaan is, in één keer afvinken</Heading3>
      {fouten.length > 0 && (
        <Alert type="error" role="alert">
          <Paragraph>Niet alles is opgeslagen:</Paragraph>
          <UnorderedList>{fouten.map((f) => <UnorderedListItem key={f}>{f}</UnorderedListItem>)}</UnorderedList>
        </Alert>
      )}
      {open.map((m) => (
        <div key={m.id} className="regie-vinkje">
          <Checkbox id={`${id}-${m.id}`} checked={gekozen.includes(m.id)}
            onChange={(e) => setGekozen((g) => (e.target.checked ? [...g, m.id] : g.filter((x) => x !== m.id)))} />
          <label htmlFor={`${id}-${m.id}`}>{m.tekst}</label>
        </div>
      ))}
      <Button type="submit" appearance="secondary-action-button" disabled={gekozen.length === 0}>
        Gekozen maatregelen als gedaan vastleggen
      </Button>
    </form>
  );
}

function MaatregelRegel({ huishoudenId, maatregel: m, onGewijzigd }: { huishoudenId: string; maatregel: Maatregel; onGewijzigd: () => Promise<void> }) {
  const id = useId();
  const [status, setStatus] = useState(m.status);
  const [reden, setReden] = useState(m.reden ?? "");
  const [fout, setFout] = useState<ApiFout | null>(null);
  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("PATCH", `/huishoudens/${huishoudenId}/maatregelen/${m.id}`,
        { status, versie: m.versie, ...(status === "niet_van_toepassing" ? { reden } : {}) });
      setFout(null);
      await onGewijzigd();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <form onSubmit={opslaan} className={`regie-blok regie-maatregel regie-maatregel--${m.status}`} aria-label={m.tekst} noValidate>
      <Paragraph><strong>{m.tekst}</strong></Paragraph>
      {fout && <Foutmelding fout={fout} velden={{ reden: "Reden" }} />}
      <Keuze vraag="Stand" naam="status" waarde={status} onChange={setStatus} fout={fout} opties={[
        { waarde: "open", label: maatregelStatusNaam.open },
        { waarde: "gedaan", label: maatregelStatusNaam.gedaan },
        { waarde: "niet_van_toepassing", label: `${maatregelStatusNaam.niet_van_toepassing} (met reden)` },
      ]} />
      {status === "niet_van_toepassing" && (
        <FormField>
          <FormLabel htmlFor={`${id}-reden`}>Waarom niet?</FormLabel>
          <FormFieldDescription id={`${id}-reden-uitleg`}>Minstens 10 tekens.</FormFieldDescription>
          <VeldFout fout={fout} veld="reden" id={`${id}-reden-fout`} />
          <Textarea id={`${id}-reden`} value={reden} onChange={(e) => setReden(e.target.value)}
            aria-describedby={`${id}-reden-uitleg ${id}-reden-fout`} invalid={!!fout?.veld("reden")} />
        </FormField>
      )}
      <Button type="submit" appearance="secondary-action-button" disabled={status === m.status && reden === (m.reden ?? "")}>
        Opslaan
      </Button>
    </form>
  );
}

const afwegingVragen: [string, string][] = [
  ["vermoeden", "Is er een vermoeden van huiselijk geweld of kindermishandeling?"],
  ["acuteOfStructureleOnveiligheid", "Is er acute of structurele onveiligheid?"],
  ["voldoendeHulpMogelijk", "Kunt u voldoende hulp bieden of organiseren?"],
  ["hulpAanvaard", "Aanvaarden de betrokkenen die hulp?"],
  ["duurzameVeiligheid", "Leidt de hulp binnen de afgesproken tijd tot blijvende veiligheid?"],
];

function Meldcode({ huishoudenId, traject, onGewijzigd }: { huishoudenId: string; traject: Traject; onGewijzigd: () => Promise<void> }) {
  const id = useId();
  const stap = traject.volgendeStap ?? 1;
  const vandaag = new Date().toISOString().slice(0, 10);
  const [invoer, setInvoer] = useState({ datum: vandaag, deelnemers: "", uitkomst: "" });
  const [afweging, setAfweging] = useState<Record<string, boolean | null>>({});
  const [besluit, setBesluit] = useState<{ melden: boolean | null; hulpOrganiseren: boolean | null }>({ melden: null, hulpOrganiseren: null });
  const [fout, setFout] = useState<ApiFout | null>(null);
  useOnopgeslagenWijzigingen(invoer.deelnemers.trim() !== "" || invoer.uitkomst.trim() !== "");

  const vastleggen = async (e: FormEvent) => {
    e.preventDefault();
    const body: Record<string, unknown> = { stap, ...invoer };
    if (stap === 4) body.afweging = Object.fromEntries(Object.entries(afweging).filter(([, v]) => v !== null));
    if (stap === 5) body.besluit = besluit;
    try {
      await api("POST", `/huishoudens/${huishoudenId}/meldcode/${traject.id}/stappen`, body);
      setInvoer({ datum: vandaag, deelnemers: "", uitkomst: "" });
      setFout(null);
      await onGewijzigd();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };

  return (
    <section aria-labelledby={`${id}-titel`}>
      <Heading3 id={`${id}-titel`}>Traject gestart op {datum(traject.gestartOp)}</Heading3>
      <ol className="regie-stappen">
        {[1, 2, 3, 4, 5].map((n) => {
          const gedaan = traject.stappen.find((s) => s.stap === n);
          return (
            <li key={n} className={gedaan ? "regie-stap--gedaan" : n === stap ? "regie-stap--nu" : ""} aria-current={n === stap ? "step" : undefined}>
              <strong>Stap {n}: {stapNamen[n]}</strong>
              {gedaan ? ` — gedaan op ${datum(gedaan.datum)}: ${gedaan.uitkomst}` : n === stap ? " — nu aan de beurt" : ""}
            </li>
          );
        })}
      </ol>
      <form onSubmit={vastleggen} noValidate aria-label={`Stap ${stap} vastleggen`} className="regie-blok">
        <Heading3>Stap {stap}: {stapNamen[stap]}</Heading3>
        {fout && <Foutmelding fout={fout} velden={{ datum: "Datum", deelnemers: "Wie waren erbij", uitkomst: "Uitkomst" }} />}
        <FormField>
          <FormLabel htmlFor={`${id}-datum`}>Datum</FormLabel>
          <VeldFout fout={fout} veld="datum" id={`${id}-datum-fout`} />
          <Textbox id={`${id}-datum`} type="date" value={invoer.datum} aria-describedby={`${id}-datum-fout`}
            onChange={(e) => setInvoer((x) => ({ ...x, datum: e.target.value }))} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-deelnemers`}>Wie waren erbij</FormLabel>
          <VeldFout fout={fout} veld="deelnemers" id={`${id}-deelnemers-fout`} />
          <Textbox id={`${id}-deelnemers`} value={invoer.deelnemers} aria-describedby={`${id}-deelnemers-fout`}
            onChange={(e) => setInvoer((x) => ({ ...x, deelnemers: e.target.value }))} />
        </FormField>
        {stap === 4 && afwegingVragen.map(([veld, vraag]) => (
          <JaNee key={veld} vraag={vraag} naam={`afweging.${veld}`} fout={fout} waarde={afweging[veld] ?? null}
            onChange={(w) => setAfweging((a) => ({ ...a, [veld]: w }))} />
        ))}
        {stap === 5 && (
          <>
            <JaNee vraag="Meldt u bij Veilig Thuis?" naam="besluit.melden" fout={fout} waarde={besluit.melden}
              onChange={(w) => setBesluit((b) => ({ ...b, melden: w }))} />
            <JaNee vraag="Organiseert u hulp?" naam="besluit.hulpOrganiseren" fout={fout} waarde={besluit.hulpOrganiseren}
              onChange={(w) => setBesluit((b) => ({ ...b, hulpOrganiseren: w }))} />
          </>
        )}
        <FormField>
          <FormLabel htmlFor={`${id}-uitkomst`}>Uitkomst</FormLabel>
          <VeldFout fout={fout} veld="uitkomst" id={`${id}-uitkomst-fout`} />
          <Textarea id={`${id}-uitkomst`} value={invoer.uitkomst} aria-describedby={`${id}-uitkomst-fout`}
            onChange={(e) => setInvoer((x) => ({ ...x, uitkomst: e.target.value }))} />
        </FormField>
        <Button type="submit" appearance="primary-action-button">Stap {stap} vastleggen</Button>
      </form>
    </section>
  );
}
