// Taxatie → advies → besluit. The professional answers the assessment questions (and records signals of
// violence); Regie advises a level with its reasons, measures and warnings; the professional confirms or
// deviates with a motivation. Scaling down from level 3 or higher asks for the aftercare agreement. The
// current level is known already and is never asked.

import { useEffect, useId, useState, type FormEvent } from "react";
import {
  Alert, Button, Checkbox, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, Paragraph, Select,
  SelectOption, Textarea, Textbox,
} from "@utrecht/component-library-react";
import { api, ApiFout, haal } from "../api";
import type { Huishouden } from "../typen";
import { AppLink, navigeer, useOnopgeslagenWijzigingen } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { JaNee, Keuze } from "../onderdelen/Keuze";
import { VeldFout } from "../onderdelen/VeldFout";
import { AdviesWeergave, type Advies } from "../onderdelen/AdviesWeergave";
import { datum, signaalNaam } from "../teksten";

interface Signaal {
  type: string;
  acuut: boolean;
  glaslFase: string;
  toelichting: string;
}

interface Antwoorden {
  draagkracht: string;
  zelfredzaamheid: string;
  acuteProblematiek: boolean | null;
  zorgen: string;
  basiszorgToereikend: boolean | null;
  veiligheid: string;
  ketenoverstijgendNodig: boolean | null;
  escalatie: string;
  stagnatieProblematiek: string;
  stagnatieSamenwerking: string;
  motivatie: string;
  onverschillig: boolean | null;
}

const leeg: Antwoorden = {
  draagkracht: "", zelfredzaamheid: "", acuteProblematiek: null, zorgen: "", basiszorgToereikend: null,
  veiligheid: "", ketenoverstijgendNodig: null, escalatie: "", stagnatieProblematiek: "geen",
  stagnatieSamenwerking: "geen", motivatie: "", onverschillig: null,
};

function taxatieBody(a: Antwoorden, signalen: Signaal[]) {
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) if (v !== "" && v !== null) body[k] = v;
  body.signalen = signalen.map((s) => ({
    type: s.type,
    acuut: s.acuut,
    ...(s.type === "complexe_scheiding" && s.glaslFase ? { glaslFase: Number(s.glaslFase) } : {}),
    ...(s.toelichting.trim() ? { toelichting: s.toelichting.trim() } : {}),
  }));
  return body;
}

/** The answers of an earlier assessment, as far as this form asks them. */
function uitEerdere(invoer: Record<string, unknown>): Antwoorden {
  const uit: Antwoorden = { ...leeg };
  for (const k of Object.keys(leeg) as (keyof Antwoorden)[]) {
    const w = invoer[k];
    if (typeof w === typeof leeg[k] || (leeg[k] === null && typeof w === "boolean")) (uit as unknown as Record<string, unknown>)[k] = w;
  }
  return uit;
}

export function Taxatie({ id }: { id: string }) {
  const [h, setH] = useState<Huishouden | null>(null);
  // A reassessment starts from the previous answers (not its signals: those are recorded once).
  const [basis, setBasis] = useState<{ antwoorden: Antwoorden; op: string } | null>(null);
  const [a, setA] = useState<Antwoorden>(leeg);
  const [signalen, setSignalen] = useState<Signaal[]>([]);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [taxatie, setTaxatie] = useState<{ id: string; advies: Advies } | null>(null);
  const [bezig, setBezig] = useState(false);
  const zet = <K extends keyof Antwoorden>(k: K) => (w: Antwoorden[K]) => setA((x) => ({ ...x, [k]: w }));
  // Answers given but no decision taken yet: leaving asks first (the assessment alone decides nothing).
  useOnopgeslagenWijzigingen(a !== (basis?.antwoorden ?? leeg) || signalen.length > 0);

  useEffect(() => {
    const stop = new AbortController();
    api<Huishouden>("GET", `/huishoudens/${id}`).then((x) => { if (!stop.signal.aborted) setH(x); }).catch(setFout);
    haal<{ items: { invoer: Record<string, unknown>; vastgelegdOp: string }[] }>(`/huishoudens/${id}/taxaties`, stop.signal)
      .then((r) => {
        const vorige = r.items[0];
        if (!vorige || stop.signal.aborted) return;
        const antwoorden = uitEerdere(vorige.invoer);
        setBasis({ antwoorden, op: vorige.vastgelegdOp });
        setA(antwoorden);
      })
      .catch(() => {});  // without the earlier answers the form simply starts empty
    return () => stop.abort();
  }, [id]);

  const adviseer = async (e: FormEvent) => {
    e.preventDefault();
    setBezig(true);
    try {
      setTaxatie(await api("POST", `/huishoudens/${id}/taxaties`, taxatieBody(a, signalen)));
      setFout(null);
      // Recording the assessment changed the household's versie; the decision must send the new one. The
      // advice is on screen already while this comes in.
      void api<Huishouden>("GET", `/huishoudens/${id}`).then(setH).catch(setFout);
    } catch (err) {
      setFout(err as ApiFout);
    } finally {
      setBezig(false);
    }
  };

  if (!h) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;
  if (!h.mag.regie || h.fase === "afgesloten") {
    return (
      <>
        <p className="regie-terug"><AppLink href={`/huishoudens/${id}`}>← {h.naam}</AppLink></p>
        <Heading1>Taxatie: {h.naam}</Heading1>
        <Paragraph>
          {h.fase === "afgesloten" ? "Dit huishouden is afgesloten." : "Een taxatie doen de regisseurs van dit huishouden."}{" "}
          De geschiedenis toont de taxaties en besluiten tot nu toe.
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <p className="regie-terug">
        <AppLink href={`/huishoudens/${id}`}>← {h.naam}</AppLink>
      </p>
      <Heading1>Taxatie: {h.naam}</Heading1>
      <Paragraph>
        Beantwoord de vragen over de situatie van nu. Regie geeft daarna een advies over het niveau; u beslist.
        {h.niveau ? ` Het huidige niveau is ${h.niveau}.` : " Er is nog geen niveau."}
      </Paragraph>
      {basis && (
        <Alert type="info">
          <Paragraph>
            De antwoorden van de vorige taxatie ({datum(basis.op)}) staan al ingevuld. Pas aan wat sindsdien veranderd
            is; signalen van geweld voegt u opnieuw toe als ze er nu zijn.
          </Paragraph>
        </Alert>
      )}
      <form onSubmit={adviseer} noValidate aria-label="Taxatie">
        {fout && !taxatie && <Foutmelding fout={fout} velden={veldNamen} />}
        <Keuze vraag="Hoe is de balans tussen wat het huishouden draagt en aankan?" naam="draagkracht" fout={fout}
          waarde={a.draagkracht} onChange={zet("draagkracht")} opties={[
            { waarde: "in_balans", label: "In balans" },
            { waarde: "deels_uit_balans", label: "Deels uit balans" },
            { waarde: "volledig_uit_balans", label: "Helemaal uit balans" },
          ]} />
        <Keuze vraag="Hoe goed redt het huishouden zich zelf?" naam="zelfredzaamheid" fout={fout}
          waarde={a.zelfredzaamheid} onChange={zet("zelfredzaamheid")} opties={[
            { waarde: "volledig", label: "Volledig" },
            { waarde: "voldoende", label: "Voldoende" },
            { waarde: "beperkt", label: "Beperkt" },
            { waarde: "niet", label: "Niet" },
          ]} />
        <JaNee vraag="Is de basiszorg (huisarts, school, consultatiebureau) genoeg?" naam="basiszorgToereikend"
          fout={fout} waarde={a.basiszorgToereikend} onChange={zet("basiszorgToereikend")} />
        <Keuze vraag="Hoe veilig is het?" naam="veiligheid" fout={fout} waarde={a.veiligheid}
          onChange={zet("veiligheid")} opties={[
            { waarde: "veilig", label: "Veilig" },
            { waarde: "signalen", label: "Er zijn signalen van onveiligheid" },
            { waarde: "onveilig_huishouden", label: "Onveilig binnen het huishouden" },
            { waarde: "onveilig_omgeving", label: "Onveilig, ook voor de omgeving" },
          ]} />
        <JaNee vraag="Moeten zorg- en veiligheidsketen samen optrekken?" naam="ketenoverstijgendNodig" fout={fout}
          waarde={a.ketenoverstijgendNodig} onChange={zet("ketenoverstijgendNodig")} />
        <Keuze vraag="Is er escalatie of maatschappelijke onrust, in de buurt of in de media?" naam="escalatie" fout={fout}
          waarde={a.escalatie} onChange={zet("escalatie")} opties={[
            { waarde: "geen", label: "Nee" },
            { waarde: "dreigend", label: "Het dreigt" },
            { waarde: "actueel", label: "Ja, nu" },
          ]} />

        <Heading2>Signalen van geweld</Heading2>
        <Paragraph>Voeg elk signaal toe dat u ziet. Bij een acuut signaal noemt Regie als eerste: bel de politie.</Paragraph>
        {signalen.map((s, i) => (
          <SignaalVelden key={i} index={i} signaal={s} fout={fout}
            onChange={(n) => setSignalen((l) => l.map((x, j) => (j === i ? n : x)))}
            onVerwijder={() => setSignalen((l) => l.filter((_, j) => j !== i))} />
        ))}
        <Button appearance="secondary-action-button"
          onClick={() => setSignalen((l) => [...l, { type: "", acuut: false, glaslFase: "", toelichting: "" }])}>
          Signaal toevoegen
        </Button>

        <Heading2>Aanvullend</Heading2>
        <JaNee vraag="Is er acute problematiek?" naam="acuteProblematiek" fout={fout}
          waarde={a.acuteProblematiek} onChange={zet("acuteProblematiek")} />
        <Keuze vraag="Hoe zijn de zorgen?" naam="zorgen" fout={fout} waarde={a.zorgen} onChange={zet("zorgen")}
          opties={[
            { waarde: "normaal", label: "Geen bijzondere zorgen" },
            { waarde: "enkelvoudig", label: "Eén zorg" },
            { waarde: "meervoudig", label: "Meerdere zorgen" },
            { waarde: "complex", label: "Complexe zorgen" },
          ]} />
        <Keuze vraag="Loopt de hulp vast omdat er meer deskundigheid nodig is?" naam="stagnatieProblematiek"
          fout={fout} waarde={a.stagnatieProblematiek} onChange={zet("stagnatieProblematiek")} opties={[
            { waarde: "geen", label: "Nee" },
            { waarde: "A", label: "Ja, deskundigheid op profiel A nodig" },
            { waarde: "B", label: "Ja, deskundigheid op profiel B nodig" },
            { waarde: "B+", label: "Ja, deskundigheid op profiel B+ nodig" },
          ]} />
        <Keuze vraag="Loopt de samenwerking tussen professionals vast?" naam="stagnatieSamenwerking" fout={fout}
          waarde={a.stagnatieSamenwerking} onChange={zet("stagnatieSamenwerking")} opties={[
            { waarde: "geen", label: "Nee" },
            { waarde: "organisatie", label: "Ja, over hoe de aanpak is georganiseerd (taakopvatting, uren)" },
            { waarde: "inhoud", label: "Ja, over de inhoud (doelen, acties, bodemeisen, veiligheidsafspraken)" },
          ]} />
        <Keuze vraag="Wil het huishouden hulp?" naam="motivatie" fout={fout} waarde={a.motivatie}
          onChange={zet("motivatie")} opties={[
            { waarde: "aanwezig", label: "Ja" },
            { waarde: "afwezig", label: "Nee" },
            { waarde: "afwezig_na_motivatietraject", label: "Nee, ook niet na een traject om te motiveren" },
          ]} />
        <JaNee vraag="Laat de situatie het huishouden onverschillig?" naam="onverschillig" fout={fout}
          waarde={a.onverschillig} onChange={zet("onverschillig")} />
        <div className="regie-knoppen">
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            Advies bekijken
          </Button>
        </div>
      </form>
      {taxatie && <Besluit huishouden={h} taxatieId={taxatie.id} advies={taxatie.advies} />}
    </>
  );
}

const veldNamen: Record<string, string> = {
  draagkracht: "Balans", zelfredzaamheid: "Zelfredzaamheid", basiszorgToereikend: "Basiszorg",
  veiligheid: "Veiligheid", ketenoverstijgendNodig: "Samen optrekken", escalatie: "Escalatie",
};

function SignaalVelden({ index, signaal, onChange, onVerwijder, fout }: {
  index: number; signaal: Signaal; fout: ApiFout | null;
  onChange: (s: Signaal) => void; onVerwijder: () => void;
}) {
  const id = useId();
  const pad = `signalen[${index}]`;
  return (
    <fieldset className="regie-blok">
      <legend>Signaal {index + 1}</legend>
      <FormField>
        <FormLabel htmlFor={`${id}-type`}>Soort signaal</FormLabel>
        <VeldFout fout={fout} veld={`${pad}.type`} id={`${id}-type-fout`} />
        <Select id={`${id}-type`} value={signaal.type} aria-describedby={`${id}-type-fout`}
          onChange={(e) => onChange({ ...signaal, type: e.target.value })}>
          <SelectOption value="">Kies…</SelectOption>
          {Object.entries(signaalNaam).map(([code, naam]) => (
            <SelectOption key={code} value={code}>{naam}</SelectOption>
          ))}
        </Select>
      </FormField>
      <div className="regie-vinkje">
        <Checkbox id={`${id}-acuut`} checked={signaal.acuut}
          onChange={(e) => onChange({ ...signaal, acuut: e.target.checked })} />
        <label htmlFor={`${id}-acuut`}>Acuut: er is nu (mogelijk) gevaar</label>
      </div>
      {signaal.type === "complexe_scheiding" && (
        <FormField>
          <FormLabel htmlFor={`${id}-glasl`}>Fase van het conflict (Glasl, 1–9)</FormLabel>
          <FormFieldDescription id={`${id}-glasl-uitleg`}>Vanaf fase 3 gelden extra maatregelen.</FormFieldDescription>
          <VeldFout fout={fout} veld={`${pad}.glaslFase`} id={`${id}-glasl-fout`} />
          <Textbox id={`${id}-glasl`} inputMode="numeric" value={signaal.glaslFase}
            aria-describedby={`${id}-glasl-uitleg ${id}-glasl-fout`}
            onChange={(e) => onChange({ ...signaal, glaslFase: e.target.value })} />
        </FormField>
      )}
      <FormField>
        <FormLabel htmlFor={`${id}-toelichting`}>Toelichting (niet verplicht)</FormLabel>
        <Textarea id={`${id}-toelichting`} value={signaal.toelichting}
          onChange={(e) => onChange({ ...signaal, toelichting: e.target.value })} />
      </FormField>
      <Button appearance="subtle-button" onClick={onVerwijder}>Signaal {index + 1} weghalen</Button>
    </fieldset>
  );
}

function Besluit({ huishouden, taxatieId, advies }: { huishouden: Huishouden; taxatieId: string; advies: Advies }) {
  const id = useId();
  const [volgen, setVolgen] = useState<"ja" | "nee">("ja");
  const [niveau, setNiveau] = useState(String(advies.niveau));
  const [motivatie, setMotivatie] = useState("");
  const [nazorg, setNazorg] = useState({ wie: "", wat: "", tot: "", signaalOpschalen: "" });
  const [fout, setFout] = useState<ApiFout | null>(null);
  const gekozen = volgen === "ja" ? advies.niveau : Number(niveau);
  const huidig = huishouden.niveau;
  const nazorgNodig = huidig !== null && huidig >= 3 && gekozen < huidig;

  const besluit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("POST", `/huishoudens/${huishouden.id}/niveaubesluiten`, {
        taxatieId,
        niveau: gekozen,
        versie: huishouden.versie,
        ...(volgen === "nee" ? { motivatie } : {}),
        ...(nazorgNodig ? { nazorgafspraak: nazorg } : {}),
      });
      navigeer(`/huishoudens/${huishouden.id}?besloten=${gekozen}`);
    } catch (err) {
      setFout(err as ApiFout);
    }
  };

  return (
    <section aria-labelledby="advies-titel" className="regie-advies">
      <AdviesWeergave advies={advies} titelId="advies-titel" huishoudenId={huishouden.id} />
      <form onSubmit={besluit} noValidate aria-label="Besluit over het niveau">
        <Heading2>Uw besluit</Heading2>
        {fout && <Foutmelding fout={fout} velden={{ motivatie: "Motivatie", niveau: "Niveau", "nazorgafspraak.wie": "Nazorg: wie",
          "nazorgafspraak.wat": "Nazorg: wat", "nazorgafspraak.tot": "Nazorg: tot", "nazorgafspraak.signaalOpschalen": "Nazorg: weer opschalen als" }} />}
        {fout?.status === 409 && (
          <Alert type="warning">
            <Paragraph>
              Iemand anders heeft het huishouden intussen gewijzigd. <AppLink href={`/huishoudens/${huishouden.id}`}>Bekijk het
              huishouden opnieuw</AppLink> en doe de taxatie dan nog eens.
            </Paragraph>
          </Alert>
        )}
        <Keuze vraag="Volgt u het advies?" naam="volgen" waarde={volgen} onChange={setVolgen} opties={[
          { waarde: "ja", label: `Ja, niveau ${advies.niveau}` },
          { waarde: "nee", label: "Nee, ik wijk af (met motivatie)" },
        ]} />
        {volgen === "nee" && (
          <>
            <FormField>
              <FormLabel htmlFor={`${id}-niveau`}>Niveau</FormLabel>
              <Select id={`${id}-niveau`} value={niveau} onChange={(e) => setNiveau(e.target.value)}>
                {[1, 2, 3, 4, 5].map((n) => <SelectOption key={n} value={String(n)}>Niveau {n}</SelectOption>)}
              </Select>
            </FormField>
            <FormField>
              <FormLabel htmlFor={`${id}-motivatie`}>Waarom wijkt u af?</FormLabel>
              <FormFieldDescription id={`${id}-motivatie-uitleg`}>Minstens 20 tekens. Dit wordt vastgelegd met uw naam.</FormFieldDescription>
              <VeldFout fout={fout} veld="motivatie" id={`${id}-motivatie-fout`} />
              <Textarea id={`${id}-motivatie`} value={motivatie} onChange={(e) => setMotivatie(e.target.value)}
                aria-describedby={`${id}-motivatie-uitleg ${id}-motivatie-fout`} invalid={!!fout?.veld("motivatie")} />
            </FormField>
          </>
        )}
        {nazorgNodig && (
          <fieldset className="regie-blok">
            <legend>Nazorgafspraak (nodig bij afschalen vanaf niveau 3)</legend>
            {([
              ["wie", "Wie blijft een oogje in het zeil houden?", "text"],
              ["wat", "Wat spreekt u af?", "text"],
              ["tot", "Tot wanneer?", "date"],
              ["signaalOpschalen", "Wanneer schalen we weer op?", "text"],
            ] as const).map(([veld, label, type]) => (
              <FormField key={veld}>
                <FormLabel htmlFor={`${id}-nazorg-${veld}`}>{label}</FormLabel>
                <VeldFout fout={fout} veld={`nazorgafspraak.${veld}`} id={`${id}-nazorg-${veld}-fout`} />
                <Textbox id={`${id}-nazorg-${veld}`} type={type} value={nazorg[veld]}
                  aria-describedby={`${id}-nazorg-${veld}-fout`} invalid={!!fout?.veld(`nazorgafspraak.${veld}`)}
                  onChange={(e) => setNazorg((n) => ({ ...n, [veld]: e.target.value }))} />
              </FormField>
            ))}
          </fieldset>
        )}
        <Button type="submit" appearance="primary-action-button">Besluit vastleggen: niveau {gekozen}</Button>
      </form>
    </section>
  );
}
