// Competence assessments (DOMAIN.md §7): an aandachtsfunctionaris or manager assesses a member of staff
// against a profile's checklist, area by area. A complete assessment in which every area meets the profile
// becomes the certification the assignment rules use. The history of the chosen person is shown.

import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import {
  Alert, Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, Textarea, Textbox,
} from "@utrecht/component-library-react";
import { allePaginas, api, ApiFout, haal } from "../api";
import type { Competentieprofielen, Beoordelingen, Medewerker } from "../typen";
import { useLaden } from "../laden";
import { useSessie } from "../sessie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Keuze } from "../onderdelen/Keuze";
import { datum, naamVan } from "../teksten";

type Profiel = Competentieprofielen["items"][number];
type Beoordeling = Beoordelingen["items"][number];
type Oordeel = "voldoet" | "deels" | "nog_niet";

const rolNaam: Record<string, string> = { casus: "Casusregisseur", proces: "Procesregisseur" };
const oordeelNaam: Record<Oordeel, string> = { voldoet: "Voldoet", deels: "Deels", nog_niet: "Nog niet" };
const profielSleutel = (p: { rol: string; profiel: string }) => `${p.rol}:${p.profiel}`;

export function Competenties() {
  const { ik } = useSessie();
  const [profielen, setProfielen] = useState<Profiel[] | null>(null);
  const [mensen, setMensen] = useState<Medewerker[]>([]);
  const [wie, setWie] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    haal<Competentieprofielen>("/competentieprofielen", stop.signal)
      .then((p) => setProfielen(p.items))
      .catch((e) => { if (!stop.signal.aborted) setFout(e as ApiFout); });
    allePaginas<Medewerker>("/medewerkers?rol=regisseur")
      .then((m) => setMensen(m.filter((x) => x.id !== ik.id))).catch(setFout);
    return () => stop.abort();
  }, [ik.id]);
  const id = useId();
  if (!profielen) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;
  return (
    <>
      <Heading1>Competenties beoordelen</Heading1>
      <Paragraph>
        Beoordeel een regisseur per competentiegebied van het profiel. Voldoet elk gebied, dan geldt het profiel
        meteen als certificering bij het toewijzen van regie.
      </Paragraph>
      {fout && <Foutmelding fout={fout} />}
      <FormField>
        <FormLabel htmlFor={`${id}-wie`}>Regisseur</FormLabel>
        <Select id={`${id}-wie`} value={wie} onChange={(e) => setWie(e.target.value)}>
          <SelectOption value="">Kies een regisseur</SelectOption>
          {mensen.map((m) => <SelectOption key={m.id} value={m.id}>{m.naam}</SelectOption>)}
        </Select>
      </FormField>
      {wie && <Beoordelen key={wie} medewerker={mensen.find((m) => m.id === wie)!} profielen={profielen} />}
    </>
  );
}

function Beoordelen({ medewerker, profielen }: { medewerker: Medewerker; profielen: Profiel[] }) {
  const id = useId();
  const [historie, setHistorie] = useState<Beoordeling[] | null>(null);
  const [sleutel, setSleutel] = useState(profielSleutel(profielen[0]));
  const [op, setOp] = useState(new Date().toISOString().slice(0, 10));
  const [oordelen, setOordelen] = useState<Record<string, { oordeel: Oordeel | ""; notitie: string }>>({});
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [uitslag, setUitslag] = useState<{ volledig: boolean; positief: boolean } | null>(null);
  const profiel = profielen.find((p) => profielSleutel(p) === sleutel)!;
  const laad = useCallback(async (signaal: AbortSignal) => {
    try { setHistorie((await haal<{ items: Beoordeling[] }>(`/medewerkers/${medewerker.id}/beoordelingen`, signaal)).items); } catch (e) { if (!signaal.aborted) setFout(e as ApiFout); }
  }, [medewerker.id]);
  const herlaad = useLaden(laad);

  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    const gebieden = profiel.gebieden.flatMap((g) => {
      const o = oordelen[g.code];
      return o?.oordeel ? [{ gebied: g.code, oordeel: o.oordeel, notitie: o.notitie }] : [];
    });
    try {
      setUitslag(await api("POST", `/medewerkers/${medewerker.id}/beoordelingen`, { rol: profiel.rol, profiel: profiel.profiel, datum: op, gebieden }));
      setFout(null);
      setOordelen({});
      await herlaad();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  const zet = (code: string, deel: Partial<{ oordeel: Oordeel; notitie: string }>) =>
    setOordelen((x) => ({ ...x, [code]: { ...(x[code] ?? { oordeel: "", notitie: "" }), ...deel } }));
  return (
    <>
      <form onSubmit={opslaan} aria-label={`Beoordeling van ${medewerker.naam}`} noValidate>
        <Heading2>Beoordeling van {medewerker.naam}</Heading2>
        {uitslag && (
          <Alert type={uitslag.positief ? "ok" : "info"}>
            <Paragraph role="status">
              {uitslag.positief ? "Vastgelegd: het profiel geldt nu als certificering."
                : uitslag.volledig ? "Vastgelegd. Niet elk gebied voldoet, dus er is geen certificering."
                  : "Vastgelegd als onvolledige beoordeling, zonder certificering."}
            </Paragraph>
          </Alert>
        )}
        {fout && <Foutmelding fout={fout} velden={{ datum: "Datum", gebieden: "Competentiegebieden" }} />}
        <div className="regie-velden-rij">
          <FormField>
            <FormLabel htmlFor={`${id}-profiel`}>Profiel</FormLabel>
            <Select id={`${id}-profiel`} value={sleutel} onChange={(e) => { setSleutel(e.target.value); setOordelen({}); }}>
              {profielen.map((p) => <SelectOption key={profielSleutel(p)} value={profielSleutel(p)}>{naamVan(rolNaam, p.rol)} {p.profiel}</SelectOption>)}
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor={`${id}-datum`}>Datum van de beoordeling</FormLabel>
            <Textbox id={`${id}-datum`} type="date" value={op} onChange={(e) => setOp(e.target.value)} />
          </FormField>
        </div>
        {profiel.gebieden.map((g, i) => (
          <div key={g.code} className="regie-blok">
            <Keuze<Oordeel>
              vraag={g.tekst}
              naam={`gebieden[${i}].gebied`}
              opties={(Object.keys(oordeelNaam) as Oordeel[]).map((o) => ({ waarde: o, label: oordeelNaam[o] }))}
              waarde={oordelen[g.code]?.oordeel ?? ""}
              onChange={(o) => zet(g.code, { oordeel: o })}
              fout={fout}
            />
            <FormField>
              <FormLabel htmlFor={`${id}-${g.code}-notitie`}>Toelichting (niet verplicht)</FormLabel>
              <Textarea id={`${id}-${g.code}-notitie`} rows={2} value={oordelen[g.code]?.notitie ?? ""} onChange={(e) => zet(g.code, { notitie: e.target.value })} />
            </FormField>
          </div>
        ))}
        <Button type="submit" appearance="primary-action-button">Beoordeling vastleggen</Button>
      </form>
      <section aria-labelledby={`${id}-historie`}>
        <Heading2 id={`${id}-historie`}>Eerdere beoordelingen</Heading2>
        {!historie ? <p role="status">Laden…</p> : historie.length === 0 ? <Paragraph>Nog geen beoordelingen.</Paragraph> : (
          <ul>
            {historie.map((b) => (
              <li key={b.id}>
                {datum(b.datum)}: {naamVan(rolNaam, b.rol)} {b.profiel} —{" "}
                {b.positief ? "positief, gecertificeerd" : b.volledig ? "niet elk gebied voldoet" : "onvolledig"}
                {" "}({b.gebieden.filter((x) => x.oordeel === "voldoet").length} van {b.gebieden.length} beoordeelde gebieden voldoen)
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
