// What the two plan editors share: load the household and the current version (none yet is fine), save a
// new version on top of the one read, and after a conflict merge the colleague's newer version with what is
// on screen: his changes and the user's are both kept, and where both changed the same item the user chooses.

import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from "react";
import { Alert, Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import { useOnopgeslagenWijzigingen } from "../navigatie";
import type { Huishouden } from "../typen";
import { Keuze } from "./Keuze";
import type { Kant, Samenvoeging } from "./samenvoegen";

/** Merges after a conflict; the household gives names to the ids the plan holds (members, owners). */
export type Samenvoegen<Plan> = (basis: Plan, mijn: Plan, hun: Plan, keuzes: Record<string, Kant>, h: Huishouden) => Samenvoeging<Plan>;

export function usePlanBewerking<Antwoord extends { versie: number }, Plan>(
  huishoudenId: string, soort: "ondersteuningsplan" | "veiligheidsplan", leeg: Plan, uit: (a: Antwoord) => Plan,
  samenvoegen: Samenvoegen<Plan>,
  beginMet: (h: Huishouden) => Plan = () => leeg,  // the first version's starting point (its defaults)
) {
  const pad = `/huishoudens/${huishoudenId}/${soort}`;
  const [h, setH] = useState<Huishouden | null>(null);
  const [opgeslagen, setOpgeslagen] = useState<Antwoord | null>(null);
  const [plan, setPlan] = useState<Plan>(leeg);
  // The plan as the server last gave it: anything else on screen is unsaved work.
  const [serverPlan, setServerPlan] = useState<Plan>(leeg);
  const vanServer = (p: Plan) => {
    setPlan(p);
    setServerPlan(p);
  };
  const [geladen, setGeladen] = useState(false);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [melding, setMelding] = useState("");

  const laadPlan = useCallback(async () => {
    try {
      return await api<Antwoord>("GET", pad);
    } catch (e) {
      if (e instanceof ApiFout && e.status === 404) return null;
      throw e;
    }
  }, [pad]);

  useEffect(() => {
    Promise.all([api<Huishouden>("GET", `/huishoudens/${huishoudenId}`), laadPlan()])
      .then(([huis, p]) => {
        setH(huis);
        setOpgeslagen(p);
        vanServer(p ? uit(p) : beginMet(huis));
        setGeladen(true);
      })
      .catch(setFout);
    // `uit` and `beginMet` are module-level functions in both editors: they never change.
  }, [huishoudenId, laadPlan]);

  /** Saves the form as a new version; `invoer` gets the version it builds on (null for the first). */
  const opslaan = (invoer: (basisVersie: number | null) => object) => async (e: FormEvent) => {
    e.preventDefault();
    setMelding("");
    try {
      const p = await api<Antwoord>("PUT", pad, invoer(opgeslagen?.versie ?? null));
      setOpgeslagen(p);
      vanServer(uit(p));
      setFout(null);
      setMelding(`Versie ${p.versie} is opgeslagen.`);
    } catch (err) {
      setFout(err as ApiFout);
    }
  };

  // After a 409: the colleague's version, and the user's choice per item both changed.
  const [hun, setHun] = useState<Antwoord | null>(null);
  const [keuzes, setKeuzes] = useState<Record<string, Kant>>({});
  useEffect(() => {
    if (fout?.status !== 409) return;
    laadPlan().then((p) => { setHun(p); setKeuzes({}); }).catch(setFout);
  }, [fout, laadPlan]);
  const samenvoeging = useMemo(
    () => (hun && h ? samenvoegen(serverPlan, plan, uit(hun), keuzes, h) : null),
    // `uit` and `samenvoegen` are module-level functions in both editors: they never change.
    [hun, h, serverPlan, plan, keuzes],
  );

  /** Takes the merged plan into the form; the colleague's version becomes the base of the next save. */
  const samenvoegingOvernemen = () => {
    if (!hun || !samenvoeging) return;
    setOpgeslagen(hun);
    setServerPlan(uit(hun));
    setPlan(samenvoeging.plan);
    setHun(null);
    setFout(null);
    setMelding(`Samengevoegd met versie ${hun.versie}. Nog niets is opgeslagen: controleer het plan en sla het op.`);
  };

  const gewijzigd = plan !== serverPlan;
  useOnopgeslagenWijzigingen(gewijzigd);
  const conflict = hun && samenvoeging
    ? { versie: hun.versie, samenvoeging, keuzes, kies: (k: string, w: Kant) => setKeuzes((x) => ({ ...x, [k]: w })), overnemen: samenvoegingOvernemen }
    : null;
  return { h, opgeslagen, setOpgeslagen, plan, setPlan, gewijzigd, geladen, fout, melding, laadPlan, opslaan, conflict };
}

export type PlanConflict = NonNullable<ReturnType<typeof usePlanBewerking>["conflict"]>;

/** After a 409: what the colleague changed, and per item that both changed the user's choice. Nothing typed
 *  is lost: the form keeps the user's text until the merge is taken over. */
export function ConflictSamenvoegen({ conflict }: { conflict: PlanConflict | null }) {
  const id = useId();
  const [nogKiezen, setNogKiezen] = useState(false);
  if (!conflict) return null;
  const { versie, samenvoeging, keuzes, kies, overnemen } = conflict;
  const open = samenvoeging.conflicten.filter((c) => !keuzes[c.sleutel]);
  return (
    <section className="regie-conflict" aria-labelledby={`${id}-titel`}>
      <Alert type="warning">
        <Heading2 id={`${id}-titel`}>Een collega heeft intussen versie {versie} opgeslagen</Heading2>
        <Paragraph>
          Uw tekst staat nog in het formulier. Hieronder ziet u wat de collega veranderde. Wat alleen één van u
          veranderde, blijft allebei bewaard; waar u allebei hetzelfde onderdeel veranderde, kiest u zelf.
        </Paragraph>
        <Paragraph><strong>Veranderd door de collega:</strong></Paragraph>
        {samenvoeging.doorCollega.length + samenvoeging.conflicten.length === 0 ? (
          <Paragraph>Niets dat u ook veranderde: uw wijzigingen en de zijne gaan samen.</Paragraph>
        ) : (
          <UnorderedList aria-label="Veranderd door de collega">
            {samenvoeging.doorCollega.map((t, i) => <UnorderedListItem key={i}>{t}</UnorderedListItem>)}
            {samenvoeging.conflicten.map((c) => <UnorderedListItem key={c.sleutel}>{c.wat}: {c.hun}</UnorderedListItem>)}
          </UnorderedList>
        )}
        {samenvoeging.conflicten.map((c) => (
          <Keuze<Kant> key={c.sleutel} vraag={`U allebei veranderde: ${c.wat}. Welke versie blijft?`} naam={c.sleutel}
            opties={[{ waarde: "mijn", label: "Mijn versie", uitleg: c.mijn }, { waarde: "hun", label: "Versie van de collega", uitleg: c.hun }]}
            waarde={keuzes[c.sleutel] ?? ""} onChange={(w) => kies(c.sleutel, w)} />
        ))}
        {nogKiezen && open.length > 0 && (
          // Inside the warning, which is announced already: no second live region.
          <p id={`${id}-open`} className="regie-veldfout">
            Kies eerst bij elk onderdeel dat u allebei veranderde welke versie blijft ({open.length} open).
          </p>
        )}
        <Button appearance="secondary-action-button" aria-describedby={nogKiezen && open.length > 0 ? `${id}-open` : undefined}
          onClick={() => (open.length ? setNogKiezen(true) : overnemen())}>
          Samenvoegen en verder werken
        </Button>
      </Alert>
    </section>
  );
}
