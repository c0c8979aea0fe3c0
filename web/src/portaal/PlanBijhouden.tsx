// At level 1 the household may hold casusregie itself: the member or network member who does keeps the
// preventive plan here — what we want, goals with a date, actions with who and when, and when we look back.
// What a professional wrote besides stays; ticked-off actions stay ticked off.

import { useId, useState, type FormEvent } from "react";
import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption, Textarea, Textbox } from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import type { PortaalPlan } from "../typen";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { VeldFout } from "../onderdelen/VeldFout";
import { useOnopgeslagenWijzigingen } from "../navigatie";

interface Actie { id?: string; omschrijving: string; eigenaar: string; uiterlijk: string; wie?: string }
interface Doel { id?: string; omschrijving: string; streefdatum: string; acties: Actie[] }

const leegActie = (): Actie => ({ omschrijving: "", eigenaar: "", uiterlijk: "" });
const leegDoel = (): Doel => ({ omschrijving: "", streefdatum: "", acties: [leegActie()] });

function vanPlan(plan: PortaalPlan): Doel[] {
  return plan.doelen.map((d) => ({
    id: d.id, omschrijving: d.omschrijving, streefdatum: d.streefdatum ?? "",
    acties: d.acties.map((a) => ({
      id: a.id, omschrijving: a.omschrijving, uiterlijk: a.uiterlijk ?? "", wie: a.wie,
      eigenaar: a.eigenaar ? `${a.eigenaar.soort}:${a.eigenaar.id}` : "",
    })),
  }));
}

export function PlanBijhouden({ plan, melding, setMelding, onOpgeslagen }: {
  plan: PortaalPlan; melding: string; setMelding: (m: string) => void; onOpgeslagen: () => Promise<void>;
}) {
  const id = useId();
  const [woorden, setWoorden] = useState(plan.eigenWoorden);
  const [evaluatie, setEvaluatie] = useState(plan.evaluatiedatum ?? "");
  const [doelen, setDoelen] = useState<Doel[]>(plan.doelen.length ? vanPlan(plan) : [leegDoel()]);
  const [gewijzigd, setGewijzigd] = useState(false);
  const [fout, setFout] = useState<ApiFout | null>(null);
  useOnopgeslagenWijzigingen(gewijzigd);

  const zetDoel = (i: number, w: Partial<Doel>) => {
    setGewijzigd(true);
    setDoelen((ds) => ds.map((d, j) => (j === i ? { ...d, ...w } : d)));
  };
  const zetActie = (i: number, k: number, w: Partial<Actie>) =>
    zetDoel(i, { acties: doelen[i].acties.map((a, j) => (j === k ? { ...a, ...w } : a)) });

  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const r = await api<{ versie: number }>("PUT", "/portaal/plan", {
        ...(plan.versie !== null ? { basisVersie: plan.versie } : {}),
        eigenWoorden: woorden,
        ...(evaluatie ? { evaluatiedatum: evaluatie } : {}),
        doelen: doelen.map((d) => ({
          ...(d.id ? { id: d.id } : {}),
          omschrijving: d.omschrijving,
          ...(d.streefdatum ? { streefdatum: d.streefdatum } : {}),
          acties: d.acties.map((a) => {
            const [soort, persoon] = a.eigenaar.split(":");
            return {
              ...(a.id ? { id: a.id } : {}),
              omschrijving: a.omschrijving,
              ...(a.eigenaar ? { eigenaar: { soort, id: persoon } } : {}),
              ...(a.uiterlijk ? { uiterlijk: a.uiterlijk } : {}),
            };
          }),
        })),
      });
      setFout(null);
      setGewijzigd(false);
      setMelding(`Versie ${r.versie} is opgeslagen.`);
      await onOpgeslagen();
    } catch (err) {
      setMelding("");
      setFout(err as ApiFout);
    }
  };

  return (
    <section aria-labelledby={`${id}-titel`}>
      <Heading2 id={`${id}-titel`}>Ons plan bijhouden</Heading2>
      <Paragraph>U heeft zelf de regie. Schrijf hier wat u wilt bereiken en wie wat doet. Elke keer opslaan maakt een nieuwe versie.</Paragraph>
      {melding && <Paragraph role="status">{melding}</Paragraph>}
      <form onSubmit={opslaan} noValidate aria-label="Ons plan bijhouden">
        {fout && <Foutmelding fout={fout} />}
        <FormField>
          <FormLabel htmlFor={`${id}-woorden`}>Wat wij willen</FormLabel>
          <VeldFout fout={fout} veld="eigenWoorden" id={`${id}-woorden-fout`} />
          <Textarea id={`${id}-woorden`} value={woorden} aria-describedby={`${id}-woorden-fout`} onChange={(e) => { setWoorden(e.target.value); setGewijzigd(true); }} />
        </FormField>
        {doelen.map((d, i) => (
          <Fieldset key={d.id ?? `nieuw-${i}`} className="regie-blok">
            <FieldsetLegend>Doel {i + 1}</FieldsetLegend>
            <FormField>
              <FormLabel htmlFor={`${id}-doel-${i}`}>Wat willen we bereiken?</FormLabel>
              <VeldFout fout={fout} veld={`doelen[${i}].omschrijving`} id={`${id}-doel-${i}-fout`} />
              <Textbox id={`${id}-doel-${i}`} value={d.omschrijving} aria-describedby={`${id}-doel-${i}-fout`} onChange={(e) => zetDoel(i, { omschrijving: e.target.value })} />
            </FormField>
            <FormField>
              <FormLabel htmlFor={`${id}-streef-${i}`}>Wanneer bereikt?</FormLabel>
              <Textbox id={`${id}-streef-${i}`} type="date" value={d.streefdatum} onChange={(e) => zetDoel(i, { streefdatum: e.target.value })} />
            </FormField>
            {d.acties.map((a, k) => (
              <Fieldset key={a.id ?? `nieuw-${k}`}>
                <FieldsetLegend>Actie {k + 1} van doel {i + 1}</FieldsetLegend>
                <FormField>
                  <FormLabel htmlFor={`${id}-actie-${i}-${k}`}>Wat gaan we doen?</FormLabel>
                  <VeldFout fout={fout} veld={`doelen[${i}].acties[${k}].omschrijving`} id={`${id}-actie-${i}-${k}-fout`} />
                  <Textbox id={`${id}-actie-${i}-${k}`} value={a.omschrijving} aria-describedby={`${id}-actie-${i}-${k}-fout`} onChange={(e) => zetActie(i, k, { omschrijving: e.target.value })} />
                </FormField>
                <FormField>
                  <FormLabel htmlFor={`${id}-wie-${i}-${k}`}>Wie doet het?</FormLabel>
                  <VeldFout fout={fout} veld={`doelen[${i}].acties[${k}].eigenaar`} id={`${id}-wie-${i}-${k}-fout`} />
                  <Select id={`${id}-wie-${i}-${k}`} value={a.eigenaar} aria-describedby={`${id}-wie-${i}-${k}-fout`} onChange={(e) => zetActie(i, k, { eigenaar: e.target.value })}>
                    <SelectOption value="">Nog niet afgesproken</SelectOption>
                    {plan.mogelijkeEigenaren.map((p) => <SelectOption key={p.id} value={`${p.soort}:${p.id}`}>{p.naam}</SelectOption>)}
                    {/* A professional a regisseur gave the action to stays its owner. */}
                    {a.eigenaar && !plan.mogelijkeEigenaren.some((p) => `${p.soort}:${p.id}` === a.eigenaar) && (
                      <SelectOption value={a.eigenaar}>{a.wie ?? "een hulpverlener"}</SelectOption>
                    )}
                  </Select>
                </FormField>
                <FormField>
                  <FormLabel htmlFor={`${id}-wanneer-${i}-${k}`}>Uiterlijk</FormLabel>
                  <Textbox id={`${id}-wanneer-${i}-${k}`} type="date" value={a.uiterlijk} onChange={(e) => zetActie(i, k, { uiterlijk: e.target.value })} />
                </FormField>
                <Button appearance="subtle-button" onClick={() => zetDoel(i, { acties: d.acties.filter((_, j) => j !== k) })}>
                  Actie {k + 1} van doel {i + 1} weghalen
                </Button>
              </Fieldset>
            ))}
            <Button appearance="secondary-action-button" onClick={() => zetDoel(i, { acties: [...d.acties, leegActie()] })}>Actie toevoegen</Button>{" "}
            <Button appearance="subtle-button" onClick={() => { setGewijzigd(true); setDoelen((ds) => ds.filter((_, j) => j !== i)); }}>Doel {i + 1} weghalen</Button>
          </Fieldset>
        ))}
        <p><Button appearance="secondary-action-button" onClick={() => { setGewijzigd(true); setDoelen((ds) => [...ds, leegDoel()]); }}>Doel toevoegen</Button></p>
        <FormField>
          <FormLabel htmlFor={`${id}-evaluatie`}>Wanneer kijken we samen terug?</FormLabel>
          <VeldFout fout={fout} veld="evaluatiedatum" id={`${id}-evaluatie-fout`} />
          <Textbox id={`${id}-evaluatie`} type="date" value={evaluatie} aria-describedby={`${id}-evaluatie-fout`} onChange={(e) => { setEvaluatie(e.target.value); setGewijzigd(true); }} />
        </FormField>
        <Button type="submit" appearance="primary-action-button">Plan opslaan</Button>
      </form>
    </section>
  );
}
