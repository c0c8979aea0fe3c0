// The household's plan in plain words: what we want to reach, who does what and when, when we look back
// together, and who our regisseur is. One's own actions can be ticked off.

import { useId, useState } from "react";
import { Button, Checkbox, FormField, FormLabel, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import type { PortaalPlan, PortaalProfiel } from "../typen";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { AppLink } from "../navigatie";
import { PlanBijhouden } from "./PlanBijhouden";
import { usePortaalPlan } from "./portaalPlan";
import { datum, leefgebiedNaam, tijdstip } from "../teksten";

type Actie = PortaalPlan["doelen"][number]["acties"][number];

const statusWoord: Record<Actie["status"], string> = { open: "nog te doen", bezig: "bezig", gedaan: "gedaan", gestopt: "gestopt" };

function EigenActie({ actie, onGewijzigd, onFout }: { actie: Actie; onGewijzigd: () => Promise<void>; onFout: (f: ApiFout | null) => void }) {
  const id = useId();
  const [gedaan, setGedaan] = useState(actie.status === "gedaan");
  const zet = async (aan: boolean) => {
    setGedaan(aan);
    try {
      await api<void>("POST", `/portaal/acties/${actie.id}/_afvinken`, { gedaan: aan, statusVersie: actie.statusVersie });
      onFout(null);
      await onGewijzigd();
    } catch (e) {
      setGedaan(!aan);
      onFout(e instanceof ApiFout ? e : null);
    }
  };
  return (
    <FormField type="checkbox">
      <Checkbox id={id} checked={gedaan} onChange={(e) => void zet(e.target.checked)} />
      <FormLabel htmlFor={id} type="checkbox">
        {actie.omschrijving} (door u{actie.uiterlijk ? `, uiterlijk ${datum(actie.uiterlijk)}` : ""})
      </FormLabel>
    </FormField>
  );
}

export function OnsPlan({ ik }: { ik: PortaalProfiel }) {
  const [fout, setFout] = useState<ApiFout | null>(null);
  const { plan, herlaad } = usePortaalPlan(ik, setFout);
  // Kept here: a save remounts PlanBijhouden (keyed by version), and its confirmation must outlive that.
  const [planMelding, setPlanMelding] = useState("");
  const mag = (recht: string) => ik.rechten.includes(recht as PortaalProfiel["rechten"][number]);
  const ondertekenen = async (versie: number) => {
    try {
      await api<void>("POST", "/portaal/plan/_ondertekenen", { versie });
      setFout(null);
      await herlaad();
    } catch (e) {
      setFout(e instanceof ApiFout ? e : null);
    }
  };

  return (
    <>
      <Heading1>Ons plan</Heading1>
      <Paragraph>Welkom, {ik.naam}. Dit is het plan van {ik.huishouden}.</Paragraph>
      <nav aria-label="In het portaal" className="regie-portaal-nav">
        <AppLink href="/portaal/reageren">Reageren of iets laten verbeteren</AppLink>
        {ik.soort === "gezinslid" && <AppLink href="/portaal/inzage">Wie keek in ons dossier</AppLink>}
        <AppLink href="/portaal/toegang">Mijn toegang</AppLink>
      </nav>
      {fout && <Foutmelding fout={fout} />}
      {!mag("plan_lezen") && <Paragraph>U kunt het plan niet lezen. Vraag het huishouden of de regisseur als dat wel zou moeten.</Paragraph>}
      {plan && !plan.vrijgegeven && (
        <Paragraph>Uw regisseur bespreekt het plan met u. Hier is het nog niet te lezen.</Paragraph>
      )}
      {plan && plan.vrijgegeven && plan.versie === null && !plan.ikHoudHetPlanBij && <Paragraph>Er is nog geen plan. Uw regisseur maakt het samen met u.</Paragraph>}
      {plan && plan.vrijgegeven && plan.versie !== null && (
        <>
          {plan.eigenWoorden && (
            <section aria-labelledby="ons-wens">
              <Heading2 id="ons-wens">Wat wij willen</Heading2>
              <Paragraph>{plan.eigenWoorden}</Paragraph>
            </section>
          )}
          <section aria-labelledby="ons-doelen">
            <Heading2 id="ons-doelen">Onze doelen</Heading2>
            {plan.doelen.map((d) => (
              <article key={d.id} className="regie-blok">
                <h3>{d.omschrijving}</h3>
                <Paragraph>
                  {d.leefgebied ? `${leefgebiedNaam[d.leefgebied] ?? d.leefgebied}. ` : ""}
                  {d.streefdatum ? `Bereikt op ${datum(d.streefdatum)}.` : ""}
                </Paragraph>
                <UnorderedList>
                  {d.acties.map((a) => (
                    <UnorderedListItem key={a.id} className={a.vanMij && mag("eigen_acties") ? "regie-eigen-actie" : undefined}>
                      {a.vanMij && mag("eigen_acties")
                        ? <EigenActie actie={a} onGewijzigd={herlaad} onFout={setFout} />
                        : <>{a.omschrijving} — {a.wie}{a.uiterlijk ? `, uiterlijk ${datum(a.uiterlijk)}` : ""} ({statusWoord[a.status]})</>}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
                {mag("reageren") && <Paragraph><AppLink href={`/portaal/reageren?doel=${d.id}`}>Reageer op dit doel</AppLink></Paragraph>}
              </article>
            ))}
          </section>
          {plan.evaluatiedatum && <Paragraph>Op {datum(plan.evaluatiedatum)} kijken we samen hoe het gaat.</Paragraph>}
          <Paragraph><a href="/api/v1/portaal/plan/pdf" download="ons-plan.pdf">Het plan downloaden als PDF</a> (om te bewaren of te printen)</Paragraph>
          <section aria-labelledby="ons-ondertekenen">
            <Heading2 id="ons-ondertekenen">Ondertekenen</Heading2>
            {plan.ondertekeningen.length === 0 && <Paragraph>Niemand heeft deze versie (versie {plan.versie}) al ondertekend.</Paragraph>}
            <UnorderedList>
              {plan.ondertekeningen.map((o) => (
                <UnorderedListItem key={`${o.naam}-${o.op}`}>
                  {o.naam} ondertekende versie {plan.versie} op {tijdstip(o.op)} ({o.wijze === "papier" ? "op papier" : "hier in het portaal"}).
                </UnorderedListItem>
              ))}
            </UnorderedList>
            {ik.soort === "gezinslid" && !plan.ondertekendDoorMij && (
              <>
                <Paragraph>
                  Bent u het eens met dit plan? Met ondertekenen zegt u ja tegen deze versie. Verandert het plan later,
                  dan vragen we u opnieuw te tekenen.
                </Paragraph>
                <Button appearance="primary-action-button" onClick={() => void ondertekenen(plan.versie ?? 0)}>
                  Ik onderteken versie {plan.versie}
                </Button>
              </>
            )}
            {plan.ondertekendDoorMij && <Paragraph role="status">U heeft deze versie ondertekend.</Paragraph>}
          </section>
          <section aria-labelledby="ons-regisseur">
            <Heading2 id="ons-regisseur">Uw regisseur</Heading2>
            {plan.regisseurs.length === 0 && <Paragraph>Er is nog geen regisseur.</Paragraph>}
            <UnorderedList>
              {plan.regisseurs.map((r) => (
                <UnorderedListItem key={`${r.rol}-${r.naam}`}>
                  {r.naam}{r.organisatie ? `, ${r.organisatie}` : ""}
                  {r.telefoon && <> · <a href={`tel:${r.telefoon}`}>{r.telefoon}</a></>}
                  {r.email && <> · <a href={`mailto:${r.email}`}>{r.email}</a></>}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </section>
        </>
      )}
      {plan && plan.ikHoudHetPlanBij && <PlanBijhouden key={plan.versie ?? 0} plan={plan} melding={planMelding} setMelding={setPlanMelding} onOpgeslagen={herlaad} />}
    </>
  );
}
