// A professional of an organisation that several gemeenten contract works in one of them at a time: there
// he sees its households, and its rules, figures and audit apply. Switching reloads the app, so that no
// screen of the previous gemeente stays open.

import { useId, useState } from "react";
import { FormLabel, Select, SelectOption } from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import type { Ik } from "../typen";

export function Werkgemeente({ ik }: { ik: Ik }) {
  const id = useId();
  const [bezig, setBezig] = useState(false);
  const [melding, setMelding] = useState("");
  if (ik.werkgemeenten.length < 2) return null;

  const kies = async (gemeenteId: string) => {
    setBezig(true);
    setMelding("");
    try {
      await api("PUT", "/sessies/huidig/werkgemeente", { gemeenteId });
      location.assign("/");
    } catch (e) {
      setMelding(e instanceof ApiFout ? e.detail : "Wisselen van gemeente lukte niet.");
      setBezig(false);
    }
  };

  return (
    <div className="regie-kop__werkgemeente">
      <FormLabel htmlFor={id}>Werkgemeente</FormLabel>
      <Select id={id} value={ik.gemeenteId} disabled={bezig} onChange={(e) => void kies(e.target.value)}>
        {ik.werkgemeenten.map((g) => (
          <SelectOption key={g.id} value={g.id}>
            {g.naam}
            {g.werkrelatie === "gecontracteerd" ? " (op contract)" : ""}
          </SelectOption>
        ))}
      </Select>
      {melding && <span role="alert">{melding}</span>}
    </div>
  );
}
