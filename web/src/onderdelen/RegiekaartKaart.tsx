// The current level as its regiekaart card: colour, number and description; which plans it asks; who holds
// case and process regie with which profile; who is deployed and consulted; who is responsible.

import { useId } from "react";
import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3 } from "@utrecht/component-library-react";
import type { Regiekaart } from "../typen";
import { naamVan, niveauNaam, partijNaam, planNodigNaam } from "../teksten";
import { NiveauLabel } from "./NiveauLabel";

const lijst = (codes: string[]) => (codes.length ? codes.map((c) => naamVan(partijNaam, c)).join(", ") : "—");

/** Without a title: the household's current level, its heading the level itself. */
export function RegiekaartKaart({ kaart, titel }: { kaart: Regiekaart; titel?: string }) {
  const titelId = useId();
  const regie = (r: Regiekaart["casusregie"]) =>
    r.nodig === "niet_van_toepassing"
      ? "niet van toepassing"
      : `${naamVan(planNodigNaam, r.nodig)}${r.profiel ? `, profiel ${r.profiel}` : ""}; door ${lijst(r.door)}`;
  return (
    <section className={`regie-kaart regie-kaart--${kaart.kleur}`} aria-labelledby={titelId}>
      {titel ? (
        <Heading3 id={titelId}>{titel}</Heading3>
      ) : (
        <Heading2 id={titelId}>
          <NiveauLabel niveau={kaart.niveau} kleur={kaart.kleur} />
        </Heading2>
      )}
      <p className="regie-kaart__omschrijving">{niveauNaam[kaart.niveau]}</p>
      <DataList>
        <DataListItem>
          <DataListKey>Waar de hulp op gericht is</DataListKey>
          <DataListValue>{kaart.doel}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Ondersteuningsplan</DataListKey>
          <DataListValue>
            {naamVan(planNodigNaam, kaart.plannen.ondersteuningsplan)}
            {kaart.plannen.variant === "preventief" ? " (lichte, preventieve vorm)" : ""}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Veiligheidsplan</DataListKey>
          <DataListValue>{naamVan(planNodigNaam, kaart.plannen.veiligheidsplan)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Casusregie</DataListKey>
          <DataListValue>{regie(kaart.casusregie)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Procesregie</DataListKey>
          <DataListValue>
            {regie(kaart.procesregie)}
            {kaart.procesregie.extern ? " (extern, uit de veiligheidsketen)" : ""}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Inzet van</DataListKey>
          <DataListValue>{lijst(kaart.inzet)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>In overleg met</DataListKey>
          <DataListValue>{lijst(kaart.overleg)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Operationeel verantwoordelijk</DataListKey>
          <DataListValue>{lijst(kaart.operationeelVerantwoordelijk)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Bestuurlijk verantwoordelijk</DataListKey>
          <DataListValue>{lijst(kaart.bestuurlijkVerantwoordelijk)}</DataListValue>
        </DataListItem>
      </DataList>
    </section>
  );
}
