// The one integral support plan: per leefgebied what goes well and what worries, goals with target dates
// and actions (who, when, status), the household's own words, the kindcheck per child and the evaluation
// date. Quality findings come back with every save and stand next to what they concern. A conflict with
// someone else's save keeps everything typed here: reload the base and save again. Then the household
// signs the version.

import { useEffect, useId, useState, type FormEvent } from "react";
import {
  Alert, Button, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, Heading3, Paragraph, Select,
  SelectOption, Textarea, Textbox, UnorderedList, UnorderedListItem,
} from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import type { Huishouden } from "../typen";
import { AppLink } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { VolgendeStap } from "../onderdelen/WatNuAandachtVraagt";
import { ConflictSamenvoegen, usePlanBewerking, type Samenvoegen } from "../onderdelen/planBewerking";
import { Samenvoeger, tekstOfLeeg } from "../onderdelen/samenvoegen";
import { VeldFout } from "../onderdelen/VeldFout";
import { actieStatusNaam, datum, leefgebiedNaam, naamVan, lidNaam, tijdstip } from "../teksten";

interface Eigenaar { soort: string; id: string }
interface Actie { id?: string; omschrijving: string; eigenaar: Eigenaar | null; uiterlijk: string; status: string }
interface Doel { id?: string; omschrijving: string; leefgebied: string; streefdatum: string; acties: Actie[] }
interface Leefgebied { leefgebied: string; krachten: string; zorgen: string }
interface Kindcheck { gezinslidId: string; toelichting: string }
interface Plan {
  leefgebieden: Leefgebied[];
  doelen: Doel[];
  kindcheck: Kindcheck[];
  eigenWoorden: string;
  evaluatiedatum: string;
}
interface Bevinding { code: string; verwijzing: string; tekst: string }
interface PlanAntwoord extends Plan {
  versie: number;
  variant: string;
  ondertekendDoor: string | null;
  ondertekendOp: string | null;
  ondertekeningen?: Ondertekening[];  // read only
  vrijgegevenOp?: string | null;  // read only: under restricted sharing, released to the household's portal
  bevindingen: Bevinding[];
}
interface Ondertekening { gezinslidId: string; op: string; wijze: "portaal" | "papier"; zekerheid: string }
const zekerheidWoord: Record<string, string> = { "wachtwoord+totp": "met wachtwoord en de app", "wachtwoord+herstelcode": "met wachtwoord en een herstelcode" };

const leegPlan: Plan = { leefgebieden: [], doelen: [], kindcheck: [], eigenWoorden: "", evaluatiedatum: "" };
// What a new goal or action starts with, all changeable: the goal's target date and the action's date are
// the plan's evaluation date; the action is the regisseur's.
interface Voorinvulling { datum: string; eigenaar: Eigenaar | null }
const nieuweActie = (v: Voorinvulling): Actie => ({ omschrijving: "", eigenaar: v.eigenaar, uiterlijk: v.datum, status: "open" });
const nieuwDoel = (v: Voorinvulling): Doel => ({ omschrijving: "", leefgebied: "", streefdatum: v.datum, acties: [nieuweActie(v)] });

/** The household's own regisseur as the default owner: the casusregisseur, else the procesregisseur. */
function standaardEigenaar(h: Huishouden): Eigenaar | null {
  const professioneel = h.regisseurs.filter((r) => r.persoonSoort === "medewerker" && h.betrokkenen.some((b) => b.medewerkerId === r.persoonId));
  const r = professioneel.find((x) => x.rol === "casus") ?? professioneel[0];
  return r ? { soort: "medewerker", id: r.persoonId } : null;
}

/** A first plan starts with the evaluation date the norm for the household's level gives. */
function eerstePlan(h: Huishouden): Plan {
  if (!h.evaluatieTermijnDagen) return leegPlan;
  const d = new Date(Date.now() + h.evaluatieTermijnDagen * 864e5).toISOString().slice(0, 10);
  return { ...leegPlan, evaluatiedatum: d };
}

function uitAntwoord(p: PlanAntwoord): Plan {
  return {
    leefgebieden: p.leefgebieden.map((l) => ({ leefgebied: l.leefgebied, krachten: l.krachten ?? "", zorgen: l.zorgen ?? "" })),
    doelen: p.doelen.map((d) => ({
      id: d.id, omschrijving: d.omschrijving, leefgebied: d.leefgebied ?? "", streefdatum: d.streefdatum ?? "",
      acties: d.acties.map((a) => ({ id: a.id, omschrijving: a.omschrijving, eigenaar: a.eigenaar, uiterlijk: a.uiterlijk ?? "", status: a.status })),
    })),
    kindcheck: p.kindcheck.map((k) => ({ gezinslidId: k.gezinslidId, toelichting: k.toelichting ?? "" })),
    eigenWoorden: p.eigenWoorden ?? "",
    evaluatiedatum: p.evaluatiedatum ?? "",
  };
}

/** After a conflict: the colleague's version merged with the user's, per leefgebied, goal, action and child. */
const samenvoegen: Samenvoegen<Plan> = (basis, mijn, hun, keuzes, h) => {
  const s = new Samenvoeger(keuzes);
  const wie = (e: Eigenaar | null) => (e ? `, ${eigenaarNaam(h, e)}` : "");
  const kind = (id: string) => { const l = h.gezinsleden.find((x) => x.id === id); return l ? lidNaam(l) : "een kind"; };
  const actieTekst = (a?: Actie) => (a ? `${a.omschrijving || "(zonder omschrijving)"}${wie(a.eigenaar)}${a.uiterlijk ? `, uiterlijk ${datum(a.uiterlijk)}` : ""}, ${naamVan(actieStatusNaam, a.status)}` : "(weggehaald)");
  const doelKop = ({ acties: _, ...d }: Doel) => d;
  const doelTekst = (d?: Doel) => (d ? `${d.omschrijving || "(zonder omschrijving)"}${d.leefgebied ? ` (${naamVan(leefgebiedNaam, d.leefgebied)})` : ""}${d.streefdatum ? `, streefdatum ${datum(d.streefdatum)}` : ""}${d.acties.length ? `, ${d.acties.length} actie(s)` : ""}` : "(weggehaald)");
  const plan: Plan = {
    leefgebieden: s.lijst("leefgebied", basis.leefgebieden, mijn.leefgebieden, hun.leefgebieden, (l) => l.leefgebied,
      (l) => `Leefgebied ${naamVan(leefgebiedNaam, l.leefgebied)}`,
      (l) => (l ? `krachten: ${tekstOfLeeg(l.krachten)}; zorgen: ${tekstOfLeeg(l.zorgen)}` : "(weggehaald)")),
    doelen: s.lijst("doel", basis.doelen, mijn.doelen, hun.doelen, (d) => d.id, (d) => `Doel "${d.omschrijving}"`, doelTekst,
      (b, m, h, k) => {
        const kop = s.waarde(k, `Doel "${m.omschrijving}"`, b && doelKop(b), doelKop(m), doelKop(h),
          (d) => (d ? doelTekst({ ...d, acties: [] }) : "(weggehaald)"))!;
        const acties = s.lijst(k, b?.acties ?? [], m.acties, h.acties, (a) => a.id,
          (a) => `Actie "${a.omschrijving}" bij doel "${m.omschrijving}"`, actieTekst);
        return { ...kop, acties };
      }),
    kindcheck: s.lijst("kind", basis.kindcheck, mijn.kindcheck, hun.kindcheck, (k) => k.gezinslidId,
      (k) => `Kindcheck ${kind(k.gezinslidId)}`, (k) => tekstOfLeeg(k?.toelichting)),
    eigenWoorden: s.waarde("eigenWoorden", "In de woorden van het huishouden", basis.eigenWoorden, mijn.eigenWoorden, hun.eigenWoorden, tekstOfLeeg)!,
    evaluatiedatum: s.waarde("evaluatiedatum", "Evaluatiedatum", basis.evaluatiedatum, mijn.evaluatiedatum, hun.evaluatiedatum,
      (d) => (d ? datum(d) : "(leeg)"))!,
  };
  return { plan, conflicten: s.conflicten, doorCollega: s.doorCollega };
};

function eigenaarNaam(h: Huishouden, e: Eigenaar): string {
  if (e.soort === "gezinslid") {
    const l = h.gezinsleden.find((x) => x.id === e.id);
    return l ? lidNaam(l) : "een gezinslid";
  }
  if (e.soort === "netwerklid") return h.netwerk.find((n) => n.id === e.id)?.naam ?? "iemand uit het netwerk";
  return h.betrokkenen.find((b) => b.medewerkerId === e.id)?.naam ?? "een professional";
}

// Findings point at a goal or action by its id. A draft's new goals and actions get a temporary one for the
// check only, so that their findings find their way back to them.
const doelSleutel = (d: Doel, i: number) => d.id ?? `concept-d${i}`;
const actieSleutel = (a: Actie, i: number, k: number) => a.id ?? `concept-d${i}-a${k}`;

function naarInvoer(p: Plan, variant: string, basisVersie: number | null, voorToets = false) {
  const tekst = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    variant,
    leefgebieden: p.leefgebieden.map((l) => ({ leefgebied: l.leefgebied, krachten: tekst(l.krachten), zorgen: tekst(l.zorgen) })),
    doelen: p.doelen.map((d, i) => ({
      ...(d.id || voorToets ? { id: doelSleutel(d, i) } : {}),
      omschrijving: d.omschrijving,
      ...(d.leefgebied ? { leefgebied: d.leefgebied } : {}),
      ...(d.streefdatum ? { streefdatum: d.streefdatum } : {}),
      acties: d.acties.map((a, k) => ({
        ...(a.id || voorToets ? { id: actieSleutel(a, i, k) } : {}),
        omschrijving: a.omschrijving,
        ...(a.eigenaar ? { eigenaar: a.eigenaar } : {}),
        ...(a.uiterlijk ? { uiterlijk: a.uiterlijk } : {}),
        status: a.status,
      })),
    })),
    kindcheck: p.kindcheck.filter((k) => k.toelichting.trim()).map((k) => ({ gezinslidId: k.gezinslidId, toelichting: k.toelichting.trim() })),
    ...(tekst(p.eigenWoorden) ? { eigenWoorden: p.eigenWoorden.trim() } : {}),
    ...(p.evaluatiedatum ? { evaluatiedatum: p.evaluatiedatum } : {}),
    ...(basisVersie ? { basisVersie } : {}),
  };
}

export function Ondersteuningsplan({ id }: { id: string }) {
  const { h, opgeslagen, setOpgeslagen, plan, setPlan, gewijzigd, geladen, fout, melding, laadPlan, opslaan, conflict } =
    usePlanBewerking<PlanAntwoord, Plan>(id, "ondersteuningsplan", leegPlan, uitAntwoord, samenvoegen, eerstePlan);
  const uid = useId();
  const variant = opgeslagen?.variant ?? (h?.regiekaart?.plannen.variant || "regulier");
  const [concept, setConcept] = useState<Bevinding[] | null>(null);

  // While writing: a second after the last change the server checks the draft (nothing is saved), so the
  // findings follow the text. A draft the server cannot read yet keeps the previous findings.
  useEffect(() => {
    if (!gewijzigd) {
      setConcept(null);
      return;
    }
    const wacht = setTimeout(() => {
      api<{ bevindingen: Bevinding[] }>("POST", `/huishoudens/${id}/ondersteuningsplan/_toetsen`, naarInvoer(plan, variant, null, true))
        .then((r) => setConcept(r.bevindingen))
        .catch(() => {});
    }, 1000);
    return () => clearTimeout(wacht);
  }, [id, plan, variant, gewijzigd]);

  if (!h || !geladen) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;

  const kinderen = h.gezinsleden.filter((l) => l.relatie === "kind" || l.relatie === "pleegkind" || l.leeftijd.ongeboren || l.leeftijd.jaren < 18);
  const eigenaren = [
    ...h.gezinsleden.filter((l) => !l.leeftijd.ongeboren).map((l) => ({ soort: "gezinslid", id: l.id, naam: lidNaam(l) })),
    ...h.netwerk.map((n) => ({ soort: "netwerklid", id: n.id, naam: `${n.naam} (netwerk)` })),
    ...h.betrokkenen.map((b) => ({ soort: "medewerker", id: b.medewerkerId, naam: `${b.naam} (${b.organisatie})` })),
  ];
  // The findings of the draft while writing, else those of the saved version; by what they point at.
  const bevindingenBij = (verwijzing: string, codes?: string[]) =>
    (concept ?? opgeslagen?.bevindingen ?? []).filter((b) => b.verwijzing === verwijzing && (!codes || codes.includes(b.code)));
  const voor: Voorinvulling = { datum: plan.evaluatiedatum, eigenaar: standaardEigenaar(h) };
  const zetDoel = (i: number, w: Partial<Doel>) =>
    setPlan((p) => ({ ...p, doelen: p.doelen.map((d, j) => (j === i ? { ...d, ...w } : d)) }));
  const zetActie = (i: number, k: number, w: Partial<Actie>) =>
    zetDoel(i, { acties: plan.doelen[i].acties.map((a, j) => (j === k ? { ...a, ...w } : a)) });

  return (
    <>
      <p className="regie-terug"><AppLink href={`/huishoudens/${id}`}>← {h.naam}</AppLink></p>
      <Heading1>Ondersteuningsplan: {h.naam}</Heading1>
      <Paragraph>
        {opgeslagen ? `Versie ${opgeslagen.versie}` : "Nog geen plan: dit wordt versie 1."}
        {opgeslagen?.ondertekendOp && ` · door het huishouden ondertekend op ${datum(opgeslagen.ondertekendOp)}`}
        {opgeslagen && <> · <a href={`/api/v1/huishoudens/${id}/ondersteuningsplan/pdf`} download="ons-plan.pdf">PDF voor het huishouden</a></>}
      </Paragraph>
      {melding && (
        <Alert type="ok" role="status">
          <Paragraph>{melding}</Paragraph>
          <VolgendeStap h={h} hier="/ondersteuningsplan" />
        </Alert>
      )}
      <form onSubmit={opslaan((basis) => naarInvoer(plan, variant, basis))} noValidate aria-label="Ondersteuningsplan">
        {fout && fout.status !== 409 && <Foutmelding fout={fout} />}
        <ConflictSamenvoegen conflict={conflict} />
        <Bevindingen lijst={bevindingenBij("", ["veiligheidsplan_ontbreekt", "veiligheidsplan_verouderd"])} />

        <Heading2>Leefgebieden</Heading2>
        <Paragraph>Wat gaat goed en wat zijn de zorgen, per leefgebied waar het om gaat.</Paragraph>
        {plan.leefgebieden.map((l, i) => {
          const p = `${uid}-lg${i}`;
          const zet = (w: Partial<Leefgebied>) =>
            setPlan((x) => ({ ...x, leefgebieden: x.leefgebieden.map((y, j) => (j === i ? { ...y, ...w } : y)) }));
          return (
            <fieldset key={i} className="regie-blok">
              <legend>{naamVan(leefgebiedNaam, l.leefgebied)}</legend>
              <Bevindingen lijst={bevindingenBij(l.leefgebied)} />
              <FormField>
                <FormLabel htmlFor={`${p}-krachten`}>Wat gaat goed (krachten)</FormLabel>
                <Textarea id={`${p}-krachten`} value={l.krachten} onChange={(e) => zet({ krachten: e.target.value })} />
              </FormField>
              <FormField>
                <FormLabel htmlFor={`${p}-zorgen`}>Zorgen</FormLabel>
                <Textarea id={`${p}-zorgen`} value={l.zorgen} onChange={(e) => zet({ zorgen: e.target.value })} />
              </FormField>
              <Button appearance="subtle-button"
                onClick={() => setPlan((x) => ({ ...x, leefgebieden: x.leefgebieden.filter((_, j) => j !== i) }))}>
                {naamVan(leefgebiedNaam, l.leefgebied)} weghalen
              </Button>
            </fieldset>
          );
        })}
        <LeefgebiedKiezer bestaand={plan.leefgebieden.map((l) => l.leefgebied)}
          onKies={(lg) => setPlan((x) => ({ ...x, leefgebieden: [...x.leefgebieden, { leefgebied: lg, krachten: "", zorgen: "" }] }))} />

        <Heading2>Doelen en acties</Heading2>
        {plan.doelen.map((d, i) => {
          const p = `${uid}-d${i}`;
          return (
            <fieldset key={i} className="regie-blok regie-doel">
              <legend>Doel {i + 1}</legend>
              <Bevindingen lijst={bevindingenBij(doelSleutel(d, i))} />
              <VeldFout fout={fout} veld={`doelen[${i}].omschrijving`} id={`${p}-oms-fout`} />
              <FormField>
                <FormLabel htmlFor={`${p}-oms`}>Wat wil het huishouden bereiken?</FormLabel>
                <Textarea id={`${p}-oms`} value={d.omschrijving} aria-describedby={`${p}-oms-fout`}
                  invalid={!!fout?.veld(`doelen[${i}].omschrijving`)} onChange={(e) => zetDoel(i, { omschrijving: e.target.value })} />
              </FormField>
              <div className="regie-velden-rij">
                <FormField>
                  <FormLabel htmlFor={`${p}-lg`}>Leefgebied</FormLabel>
                  <Select id={`${p}-lg`} value={d.leefgebied} onChange={(e) => zetDoel(i, { leefgebied: e.target.value })}>
                    <SelectOption value="">Kies…</SelectOption>
                    {Object.entries(leefgebiedNaam).map(([c, n]) => <SelectOption key={c} value={c}>{n}</SelectOption>)}
                  </Select>
                </FormField>
                <FormField>
                  <FormLabel htmlFor={`${p}-streef`}>Streefdatum</FormLabel>
                  <VeldFout fout={fout} veld={`doelen[${i}].streefdatum`} id={`${p}-streef-fout`} />
                  <Textbox id={`${p}-streef`} type="date" value={d.streefdatum} aria-describedby={`${p}-streef-fout`}
                    onChange={(e) => zetDoel(i, { streefdatum: e.target.value })} />
                </FormField>
              </div>
              <Heading3>Acties</Heading3>
              {d.acties.map((a, k) => {
                const q = `${p}-a${k}`;
                const eigenaarWaarde = a.eigenaar ? `${a.eigenaar.soort}:${a.eigenaar.id}` : "";
                return (
                  <div key={k} className="regie-actie" role="group" aria-label={`Doel ${i + 1}, actie ${k + 1}`}>
                    <Bevindingen lijst={bevindingenBij(actieSleutel(a, i, k))} />
                    <FormField>
                      <FormLabel htmlFor={`${q}-oms`}>Actie {k + 1}: wat gebeurt er?</FormLabel>
                      <VeldFout fout={fout} veld={`doelen[${i}].acties[${k}].omschrijving`} id={`${q}-oms-fout`} />
                      <Textbox id={`${q}-oms`} value={a.omschrijving} aria-describedby={`${q}-oms-fout`}
                        onChange={(e) => zetActie(i, k, { omschrijving: e.target.value })} />
                    </FormField>
                    <div className="regie-velden-rij">
                      <FormField>
                        <FormLabel htmlFor={`${q}-wie`}>Wie</FormLabel>
                        <Select id={`${q}-wie`} value={eigenaarWaarde} onChange={(e) => {
                          const [soort, eid] = e.target.value.split(":");
                          zetActie(i, k, { eigenaar: e.target.value ? { soort, id: eid } : null });
                        }}>
                          <SelectOption value="">Kies…</SelectOption>
                          {eigenaren.map((o) => <SelectOption key={`${o.soort}:${o.id}`} value={`${o.soort}:${o.id}`}>{o.naam}</SelectOption>)}
                        </Select>
                      </FormField>
                      <FormField>
                        <FormLabel htmlFor={`${q}-wanneer`}>Uiterlijk</FormLabel>
                        <Textbox id={`${q}-wanneer`} type="date" value={a.uiterlijk}
                          onChange={(e) => zetActie(i, k, { uiterlijk: e.target.value })} />
                      </FormField>
                      <FormField>
                        <FormLabel htmlFor={`${q}-status`}>Status</FormLabel>
                        <Select id={`${q}-status`} value={a.status} onChange={(e) => zetActie(i, k, { status: e.target.value })}>
                          {Object.entries(actieStatusNaam).map(([c, n]) => <SelectOption key={c} value={c}>{n}</SelectOption>)}
                        </Select>
                      </FormField>
                    </div>
                    <Button appearance="subtle-button" onClick={() => zetDoel(i, { acties: d.acties.filter((_, j) => j !== k) })}>
                      Actie {k + 1} van doel {i + 1} weghalen
                    </Button>
                  </div>
                );
              })}
              <div className="regie-knoppen">
                <Button appearance="secondary-action-button" onClick={() => zetDoel(i, { acties: [...d.acties, nieuweActie(voor)] })}>
                  Actie toevoegen aan doel {i + 1}
                </Button>
                <Button appearance="subtle-button"
                  onClick={() => setPlan((x) => ({ ...x, doelen: x.doelen.filter((_, j) => j !== i) }))}>
                  Doel {i + 1} weghalen
                </Button>
              </div>
            </fieldset>
          );
        })}
        <Button appearance="secondary-action-button" onClick={() => setPlan((x) => ({ ...x, doelen: [...x.doelen, nieuwDoel(voor)] }))}>
          Doel toevoegen
        </Button>

        {kinderen.length > 0 && (
          <>
            <Heading2>Kindcheck</Heading2>
            <Paragraph>Beschrijf per kind hoe het met het kind gaat en wat het plan voor het kind betekent.</Paragraph>
            {kinderen.map((k) => {
              const waarde = plan.kindcheck.find((c) => c.gezinslidId === k.id)?.toelichting ?? "";
              return (
                <FormField key={k.id}>
                  <FormLabel htmlFor={`${uid}-kind-${k.id}`}>{lidNaam(k)}</FormLabel>
                  <Bevindingen lijst={bevindingenBij(k.id)} />
                  <Textarea id={`${uid}-kind-${k.id}`} value={waarde} onChange={(e) => setPlan((x) => ({
                    ...x,
                    kindcheck: [...x.kindcheck.filter((c) => c.gezinslidId !== k.id), { gezinslidId: k.id, toelichting: e.target.value }],
                  }))} />
                </FormField>
              );
            })}
          </>
        )}

        <Heading2>In de woorden van het huishouden</Heading2>
        <FormField>
          <FormLabel htmlFor={`${uid}-eigen`}>Wat het huishouden zelf zegt over het plan</FormLabel>
          <Bevindingen lijst={bevindingenBij("", ["eigen_woorden_ontbreken"])} />
          <Textarea id={`${uid}-eigen`} value={plan.eigenWoorden} onChange={(e) => setPlan((x) => ({ ...x, eigenWoorden: e.target.value }))} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${uid}-evaluatie`}>Evaluatiedatum</FormLabel>
          <FormFieldDescription id={`${uid}-evaluatie-uitleg`}>Wanneer bekijkt u samen of het plan werkt?</FormFieldDescription>
          <Bevindingen lijst={bevindingenBij("", ["evaluatiedatum_ontbreekt", "evaluatiedatum_verstreken", "evaluatiedatum_te_ver"])} />
          <VeldFout fout={fout} veld="evaluatiedatum" id={`${uid}-evaluatie-fout`} />
          <Textbox id={`${uid}-evaluatie`} type="date" value={plan.evaluatiedatum}
            aria-describedby={`${uid}-evaluatie-uitleg ${uid}-evaluatie-fout`}
            onChange={(e) => setPlan((x) => ({ ...x, evaluatiedatum: e.target.value }))} />
        </FormField>
        {h.mag.regie && h.fase !== "afgesloten" ? (
          <div className="regie-knoppen">
            <Button type="submit" appearance="primary-action-button">Plan opslaan als nieuwe versie</Button>
          </div>
        ) : (
          <Paragraph>Alleen de regisseurs van een lopend huishouden slaan een nieuwe versie op; u leest mee.</Paragraph>
        )}
      </form>
      {opgeslagen && h.afgeschermd && <Vrijgave huishouden={h} plan={opgeslagen} onVrijgegeven={(p) => setOpgeslagen(p)} laad={laadPlan} />}
      {opgeslagen && h.mag.regie && h.fase !== "afgesloten" && <Ondertekenen huishouden={h} plan={opgeslagen} onGetekend={(p) => setOpgeslagen(p)} laad={laadPlan} />}
    </>
  );
}

function Bevindingen({ lijst }: { lijst: Bevinding[] }) {
  if (lijst.length === 0) return null;
  return (
    <div className="regie-bevindingen" role="note">
      <strong>Kwaliteit:</strong>
      <UnorderedList>
        {lijst.map((b) => <UnorderedListItem key={b.code + b.verwijzing}>{b.tekst}</UnorderedListItem>)}
      </UnorderedList>
    </div>
  );
}

function LeefgebiedKiezer({ bestaand, onKies }: { bestaand: string[]; onKies: (lg: string) => void }) {
  const id = useId();
  const [keuze, setKeuze] = useState("");
  const vrij = Object.entries(leefgebiedNaam).filter(([c]) => !bestaand.includes(c));
  if (vrij.length === 0) return null;
  return (
    <div className="regie-velden-rij regie-onderaan">
      <FormField>
        <FormLabel htmlFor={id}>Leefgebied toevoegen</FormLabel>
        <Select id={id} value={keuze} onChange={(e) => setKeuze(e.target.value)}>
          <SelectOption value="">Kies…</SelectOption>
          {vrij.map(([c, n]) => <SelectOption key={c} value={c}>{n}</SelectOption>)}
        </Select>
      </FormField>
      <Button appearance="secondary-action-button" disabled={!keuze} onClick={() => { onKies(keuze); setKeuze(""); }}>
        Toevoegen
      </Button>
    </div>
  );
}

/** Under restricted sharing the household sees in the portal only a version its regisseur released. */
function Vrijgave({ huishouden, plan, onVrijgegeven, laad }: {
  huishouden: Huishouden; plan: PlanAntwoord; onVrijgegeven: (p: PlanAntwoord) => void; laad: () => Promise<PlanAntwoord | null>;
}) {
  const id = useId();
  const [fout, setFout] = useState<ApiFout | null>(null);
  const vrijgeven = async () => {
    try {
      await api("POST", `/huishoudens/${huishouden.id}/ondersteuningsplan/_vrijgeven`, { versie: plan.versie });
      const p = await laad();
      if (p) onVrijgegeven(p);
      setFout(null);
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <section aria-labelledby={`${id}-titel`} className="regie-blok">
      <Heading2 id={`${id}-titel`}>Wat het huishouden in het portaal ziet</Heading2>
      {fout && <Foutmelding fout={fout} />}
      {plan.vrijgegevenOp ? (
        <Paragraph>Versie {plan.versie} is vrijgegeven op {tijdstip(plan.vrijgegevenOp)}: het huishouden leest deze versie in het portaal.</Paragraph>
      ) : (
        <>
          <Paragraph>
            Dit huishouden valt onder afgeschermde regie. In het portaal ziet het nog niets van versie {plan.versie}.
            Geef deze versie vrij als alles erin met het huishouden gedeeld mag worden. Namen van hulpverleners
            staan er alleen in als hun contactgegevens gedeeld mogen worden.
          </Paragraph>
          {huishouden.mag.regie && huishouden.fase !== "afgesloten" && (
            <Button appearance="secondary-action-button" onClick={() => void vrijgeven()}>Versie {plan.versie} vrijgeven voor het huishouden</Button>
          )}
        </>
      )}
    </section>
  );
}

function Ondertekenen({ huishouden, plan, onGetekend, laad }: {
  huishouden: Huishouden; plan: PlanAntwoord; onGetekend: (p: PlanAntwoord) => void; laad: () => Promise<PlanAntwoord | null>;
}) {
  const id = useId();
  const [wie, setWie] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  const getekend = plan.ondertekeningen ?? [];
  const nogNiet = huishouden.gezinsleden.filter((l) => !l.leeftijd.ongeboren && !getekend.some((t) => t.gezinslidId === l.id));
  const naam = (lid: string) => { const l = huishouden.gezinsleden.find((x) => x.id === lid); return l ? lidNaam(l) : "een gezinslid"; };
  const teken = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("POST", `/huishoudens/${huishouden.id}/ondersteuningsplan/_ondertekenen`, { versie: plan.versie, gezinslidId: wie });
      const p = await laad();
      if (p) onGetekend(p);
      setWie("");
      setFout(null);
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <section aria-labelledby={`${id}-titel`} className="regie-ondertekenen">
      <Heading2 id={`${id}-titel`}>Ondertekenen door het huishouden</Heading2>
      {getekend.length === 0 && <Paragraph>Niemand heeft versie {plan.versie} ondertekend.</Paragraph>}
      {getekend.length > 0 && (
        <UnorderedList aria-label="Handtekeningen">
          {getekend.map((t) => (
            <UnorderedListItem key={t.gezinslidId}>
              {naam(t.gezinslidId)} ondertekende versie {plan.versie} op {tijdstip(t.op)}{" "}
              {t.wijze === "papier" ? "op papier (door u vastgelegd)" : `in het portaal, ${zekerheidWoord[t.zekerheid] ?? t.zekerheid}`}.
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {nogNiet.length > 0 && (
        <form onSubmit={teken} noValidate aria-label="Ondertekenen">
          {fout && <Foutmelding fout={fout} />}
          <Paragraph>Tekende iemand versie {plan.versie} op papier? Leg dat hier vast.</Paragraph>
          <FormField>
            <FormLabel htmlFor={`${id}-wie`}>Gezinslid</FormLabel>
            <Select id={`${id}-wie`} value={wie} onChange={(e) => setWie(e.target.value)}>
              <SelectOption value="">Kies…</SelectOption>
              {nogNiet.map((l) => <SelectOption key={l.id} value={l.id}>{lidNaam(l)}</SelectOption>)}
            </Select>
          </FormField>
          <Button type="submit" appearance="primary-action-button" disabled={!wie}>Versie {plan.versie} ondertekenen</Button>
        </form>
      )}
    </section>
  );
}
