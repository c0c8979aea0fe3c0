// What changed between two versions of the support plan, in words: goals and actions by their id (ids stay
// the same across versions), and the household's own words and the evaluation date.

import { useEffect, useId, useState } from "react";
import { FormField, FormLabel, Paragraph, Select, SelectOption, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { haal } from "../api";
import { actieStatusNaam, datum, naamVan } from "../teksten";

interface Actie { id: string; omschrijving: string; status: string; uiterlijk: string | null }
interface Doel { id: string; omschrijving: string; streefdatum: string | null; acties: Actie[] }
interface Versie { doelen: Doel[]; eigenWoorden: string; evaluatiedatum: string | null }

export function verschillen(oud: Versie, nieuw: Versie): string[] {
  const uit: string[] = [];
  const oudeDoelen = new Map(oud.doelen.map((d) => [d.id, d]));
  const nieuweIds = new Set(nieuw.doelen.map((d) => d.id));
  for (const d of nieuw.doelen) {
    const was = oudeDoelen.get(d.id);
    if (!was) {
      uit.push(`Nieuw doel: ${d.omschrijving}`);
      continue;
    }
    if (was.omschrijving !== d.omschrijving) uit.push(`Doel anders verwoord: “${was.omschrijving}” werd “${d.omschrijving}”`);
    if (was.streefdatum !== d.streefdatum) uit.push(`Streefdatum van “${d.omschrijving}”: ${datum(was.streefdatum) || "geen"} → ${datum(d.streefdatum) || "geen"}`);
    const oudeActies = new Map(was.acties.map((a) => [a.id, a]));
    const nieuweActies = new Set(d.acties.map((a) => a.id));
    for (const a of d.acties) {
      const wasA = oudeActies.get(a.id);
      if (!wasA) uit.push(`Nieuwe actie bij “${d.omschrijving}”: ${a.omschrijving}`);
      else if (wasA.status !== a.status) uit.push(`Actie “${a.omschrijving}”: ${naamVan(actieStatusNaam, wasA.status)} → ${naamVan(actieStatusNaam, a.status)}`);
      else if (wasA.omschrijving !== a.omschrijving || wasA.uiterlijk !== a.uiterlijk) uit.push(`Actie “${a.omschrijving}” aangepast`);
    }
    for (const a of was.acties) if (!nieuweActies.has(a.id)) uit.push(`Actie vervallen bij “${d.omschrijving}”: ${a.omschrijving}`);
  }
  for (const d of oud.doelen) if (!nieuweIds.has(d.id)) uit.push(`Doel vervallen: ${d.omschrijving}`);
  if ((oud.eigenWoorden ?? "") !== (nieuw.eigenWoorden ?? "")) uit.push("De eigen woorden van het huishouden zijn aangepast.");
  if (oud.evaluatiedatum !== nieuw.evaluatiedatum) uit.push(`Evaluatiedatum: ${datum(oud.evaluatiedatum) || "geen"} → ${datum(nieuw.evaluatiedatum) || "geen"}`);
  return uit;
}

export function PlanVerschil({ huishoudenId, versies }: { huishoudenId: string; versies: number[] }) {
  const id = useId();
  const latere = versies.filter((v) => v > 1).sort((a, b) => b - a);
  const [versie, setVersie] = useState(latere[0] ?? 0);
  const [regels, setRegels] = useState<string[] | null>(null);
  useEffect(() => {
    if (!versie) return;
    setRegels(null);
    // Choosing another version calls the older pair off: its answer must never replace the newer one.
    const stop = new AbortController();
    Promise.all([versie - 1, versie].map((v) => haal<Versie>(`/huishoudens/${huishoudenId}/ondersteuningsplan/versies/${v}`, stop.signal)))
      .then(([oud, nieuw]) => !stop.signal.aborted && setRegels(verschillen(oud, nieuw)))
      .catch(() => !stop.signal.aborted && setRegels(["De versies konden niet worden geladen."]));
    return () => stop.abort();
  }, [huishoudenId, versie]);
  if (latere.length === 0) return null;
  return (
    <div className="regie-blok">
      <FormField>
        <FormLabel htmlFor={`${id}-versie`}>Wat veranderde in versie</FormLabel>
        <Select id={`${id}-versie`} value={String(versie)} onChange={(e) => setVersie(Number(e.target.value))}>
          {latere.map((v) => <SelectOption key={v} value={String(v)}>Versie {v} (tegenover versie {v - 1})</SelectOption>)}
        </Select>
      </FormField>
      {regels === null ? <Paragraph role="status">Laden…</Paragraph> : regels.length === 0 ? (
        <Paragraph role="status">Geen verschil in doelen, acties, eigen woorden of evaluatiedatum.</Paragraph>
      ) : (
        <UnorderedList role="status">{regels.map((r, i) => <UnorderedListItem key={i}>{r}</UnorderedListItem>)}</UnorderedList>
      )}
    </div>
  );
}
