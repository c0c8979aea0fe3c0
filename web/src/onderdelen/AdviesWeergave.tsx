// The advice in plain words: the level with its reasons, then the safety measures (acute police contact
// first and unmissable), then the warnings to re-check.

import { Alert, Heading2, Heading3, OrderedList, OrderedListItem, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { Advies } from "../typen";
import { naamVan, richtingNaam } from "../teksten";
import { AppLink } from "../navigatie";
import { NiveauLabel } from "./NiveauLabel";
import { RegiekaartKaart } from "./RegiekaartKaart";

export type { Advies } from "../typen";

export function AdviesWeergave({ advies, titelId, huishoudenId }: { advies: Advies; titelId: string; huishoudenId?: string }) {
  const politie = advies.maatregelen.find((m) => m.code === "politie_direct");
  const overige = advies.maatregelen.filter((m) => m.code !== "politie_direct");
  return (
    <>
      <Heading2 id={titelId}>
        Advies: <NiveauLabel niveau={advies.niveau} kleur={advies.kleur} />
        {advies.richting && ` (${naamVan(richtingNaam, advies.richting)})`}
      </Heading2>
      {politie && (
        <Alert type="error" role="alert" className="regie-politie">
          <Paragraph><strong>{politie.tekst}</strong></Paragraph>
        </Alert>
      )}
      {advies.redenen.length > 0 && (
        <>
          <Heading3>Waarom dit niveau</Heading3>
          <UnorderedList>
            {advies.redenen.map((r) => <UnorderedListItem key={r.code}>{r.tekst}</UnorderedListItem>)}
          </UnorderedList>
        </>
      )}
      {advies.nogNietAfschalen && advies.nogNietAfschalen.voorwaarden.length > 0 && (
        <section aria-labelledby={`${titelId}-afschalen`}>
          <Heading3 id={`${titelId}-afschalen`}>Nog niet naar niveau {advies.nogNietAfschalen.naar}</Heading3>
          <Paragraph>Afschalen naar niveau {advies.nogNietAfschalen.naar} kan pas als ook dit geldt:</Paragraph>
          <UnorderedList>
            {advies.nogNietAfschalen.voorwaarden.map((v) => <UnorderedListItem key={v.code}>{v.tekst}</UnorderedListItem>)}
          </UnorderedList>
        </section>
      )}
      {overige.length > 0 && (
        <>
          <Heading3>Extra veiligheidsmaatregelen</Heading3>
          <Paragraph>Deze komen op de checklist van het huishouden zodra u het besluit vastlegt.</Paragraph>
          <OrderedList>
            {overige.map((m) => <OrderedListItem key={m.code}>{m.tekst}</OrderedListItem>)}
          </OrderedList>
        </>
      )}
      {advies.waarschuwingen.length > 0 && (
        <Alert type="warning">
          <Heading3>Let op</Heading3>
          <UnorderedList>
            {advies.waarschuwingen.map((w) => (
              <UnorderedListItem key={w.code}>
                {w.tekst}
                {w.code === "geen_verdere_opschaling" && huishoudenId && (
                  <> <AppLink href={`/huishoudens/${huishoudenId}/kader#dwangbesluiten`}>Dwangbesluit vastleggen</AppLink></>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      {advies.opschalenNaarManager && (
        <Paragraph>De samenwerking loopt vast: betrek uw manager (escalatie).</Paragraph>
      )}
      {advies.nazorgafspraakVereist && (
        <Paragraph>Bij afschalen legt u een nazorgafspraak vast.</Paragraph>
      )}
      <RegiekaartKaart kaart={{ ...advies }} titel="Wat dit niveau vraagt" />
    </>
  );
}
