// What waits in a household, each with a link to where it is seen to: the day-to-day work first (the server
// orders it, safety first), then what the level asks. The household page opens with it; after saving a
// plan the next of them is offered, so nobody has to go back to look.

import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { Huishouden } from "../typen";
import { AppLink } from "../navigatie";

// Where each requirement is met: a part of the household's pages, or a section of its page ("#…").
const eisDoel: Record<string, [string, string]> = {
  ondersteuningsplan_vereist: ["/ondersteuningsplan", "Naar het ondersteuningsplan"],
  veiligheidsplan_vereist: ["/veiligheidsplan", "Naar het veiligheidsplan"],
  casusregisseur_vereist: ["#regie-titel", "Naar de regisseurs"],
  procesregisseur_vereist: ["#regie-titel", "Naar de regisseurs"],
  regisseur_met_knelpunt: ["#regie-titel", "Naar de regisseurs"],
  schakel_ivz_oov_vereist: ["/crisislaag", "Naar de crisislaag"],
  grondslag_vereist: ["#regie-titel", "Naar de regisseurs"],
};

const onderdeelLink: Record<string, string> = {
  veiligheid: "Naar signalen, maatregelen en meldcode",
  escalaties: "Naar de escalaties",
  ondersteuningsplan: "Naar het ondersteuningsplan",
};

interface Punt { code: string; tekst: string; doel?: [string, string] }

function punten(h: Huishouden): Punt[] {
  return [
    ...h.aandacht.map((a) => ({ code: a.code, tekst: a.tekst, doel: [`/${a.onderdeel}`, onderdeelLink[a.onderdeel]] as [string, string] })),
    ...h.eisen.map((e) => ({ code: e.code, tekst: e.tekst, doel: eisDoel[e.code] })),
  ];
}

function Link({ h, doel }: { h: Huishouden; doel: [string, string] }) {
  const [pad, tekst] = doel;
  return <AppLink href={pad.startsWith("#") ? pad : `/huishoudens/${h.id}${pad}`}>{tekst}</AppLink>;
}

export function WatNuAandachtVraagt({ h }: { h: Huishouden }) {
  const lijst = punten(h);
  return (
    <section aria-labelledby="aandacht-titel" className="regie-taken">
      <Heading2 id="aandacht-titel">Wat nu aandacht vraagt</Heading2>
      {lijst.length === 0 ? (
        <Paragraph>Er wacht nu niets in dit huishouden.</Paragraph>
      ) : (
        <UnorderedList>
          {lijst.map((p) => (
            <UnorderedListItem key={p.code} data-aandacht={p.code}>
              {p.tekst} {p.doel && <Link h={h} doel={p.doel} />}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

/** After saving on one part (`hier`, e.g. "/ondersteuningsplan"): the next thing that waits elsewhere. */
export function VolgendeStap({ h, hier }: { h: Huishouden; hier: string }) {
  const volgende = punten(h).find((p) => p.doel && p.doel[0] !== hier && !p.doel[0].startsWith("#"));
  if (!volgende?.doel) return null;
  return (
    <Paragraph>
      Volgende stap: {volgende.tekst} <Link h={h} doel={volgende.doel} />
    </Paragraph>
  );
}
