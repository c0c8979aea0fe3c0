// The fields of one household member, for a new household and for a member added later. An unborn child
// gets an expected birth date instead of a birth date, and no BSN yet.

import { Checkbox, FormField, FormLabel, Select, SelectOption, Textbox } from "@utrecht/component-library-react";
import type { ApiFout } from "../api";
import { relatieNaam } from "../teksten";
import { VeldFout } from "./VeldFout";

export interface Lid {
  voornaam: string;
  achternaam: string;
  relatie: string;
  ongeboren: boolean;
  datum: string;
  bsn: string;
}

/** A new member row: the surname carried over from the first, and the likeliest relation already chosen
 *  (the first member a parent, the next ones children); both can be changed. */
export const nieuwLid = (achternaam = "", relatie = ""): Lid => ({ voornaam: "", achternaam, relatie, ongeboren: false, datum: "", bsn: "" });

const datumVeld = (l: Lid) => (l.ongeboren ? "verwachteGeboortedatum" : "geboortedatum");

/** The body for POST …/gezinsleden. */
export function lidInvoer(l: Lid) {
  return {
    voornaam: l.voornaam,
    achternaam: l.achternaam,
    ...(l.relatie ? { relatie: l.relatie } : {}),
    [datumVeld(l)]: l.datum,
    ...(!l.ongeboren && l.bsn.trim() ? { bsn: l.bsn.trim() } : {}),
  };
}

export function LidVelden({ lid: l, zet, fout, id: p }: { lid: Lid; zet: (w: Partial<Lid>) => void; fout: ApiFout | null; id: string }) {
  const tekstveld = (veld: "voornaam" | "achternaam" | "bsn" | "datum", label: string, apiVeld: string, extra = {}) => (
    <FormField>
      <FormLabel htmlFor={`${p}-${veld}`}>{label}</FormLabel>
      <VeldFout fout={fout} veld={apiVeld} id={`${p}-${veld}-fout`} />
      <Textbox id={`${p}-${veld}`} value={l[veld]} aria-describedby={`${p}-${veld}-fout`} invalid={!!fout?.veld(apiVeld)}
        onChange={(e) => zet({ [veld]: e.target.value })} {...extra} />
    </FormField>
  );
  return (
    <>
      <div className="regie-velden-rij">
        {tekstveld("voornaam", l.ongeboren ? "Voornaam (als die er al is)" : "Voornaam", "voornaam")}
        {tekstveld("achternaam", "Achternaam", "achternaam")}
        <FormField>
          <FormLabel htmlFor={`${p}-relatie`}>Relatie</FormLabel>
          <Select id={`${p}-relatie`} value={l.relatie} onChange={(e) => zet({ relatie: e.target.value })}>
            <SelectOption value="">Kies…</SelectOption>
            {Object.entries(relatieNaam).map(([code, n]) => <SelectOption key={code} value={code}>{n}</SelectOption>)}
          </Select>
        </FormField>
      </div>
      <div className="regie-vinkje">
        <Checkbox id={`${p}-ongeboren`} checked={l.ongeboren}
          onChange={(e) => zet({ ongeboren: e.target.checked, ...(e.target.checked && !l.relatie ? { relatie: "kind" } : {}) })} />
        <label htmlFor={`${p}-ongeboren`}>Nog niet geboren</label>
      </div>
      <div className="regie-velden-rij">
        {tekstveld("datum", l.ongeboren ? "Verwachte geboortedatum" : "Geboortedatum", datumVeld(l), { type: "date" })}
        {!l.ongeboren && tekstveld("bsn", "BSN (niet verplicht)", "bsn", { inputMode: "numeric" })}
      </div>
    </>
  );
}
