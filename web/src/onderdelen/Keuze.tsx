// A question with one answer from a short list, as radio buttons with a plain explanation per answer.

import { useId } from "react";
import { Fieldset, FieldsetLegend, FormFieldDescription, RadioButton } from "@utrecht/component-library-react";
import type { ApiFout } from "../api";
import { VeldFout } from "./VeldFout";

export interface Optie<T extends string> {
  waarde: T;
  label: string;
  uitleg?: string;
}

interface Props<T extends string> {
  vraag: string;
  uitleg?: string;
  naam: string;  // the API field, for the server's message at this question
  opties: Optie<T>[];
  waarde: T | "";
  onChange: (w: T) => void;
  fout?: ApiFout | null;
}

export function Keuze<T extends string>({ vraag, uitleg, naam, opties, waarde, onChange, fout }: Props<T>) {
  const id = useId();
  return (
    <Fieldset className="regie-keuze" aria-describedby={`${id}-fout`} invalid={!!fout?.veld(naam)}>
      <FieldsetLegend>{vraag}</FieldsetLegend>
      {uitleg && <FormFieldDescription>{uitleg}</FormFieldDescription>}
      <VeldFout fout={fout ?? null} veld={naam} id={`${id}-fout`} />
      {opties.map((o) => (
        <div key={o.waarde} className="regie-keuze__optie">
          <RadioButton
            id={`${id}-${o.waarde}`}
            name={`${id}-${naam}`}
            value={o.waarde}
            checked={waarde === o.waarde}
            onChange={() => onChange(o.waarde)}
            aria-describedby={o.uitleg ? `${id}-${o.waarde}-uitleg` : undefined}
          />
          <label htmlFor={`${id}-${o.waarde}`}>
            {o.label}
            {o.uitleg && (
              <span id={`${id}-${o.waarde}-uitleg`} className="regie-keuze__uitleg">
                {o.uitleg}
              </span>
            )}
          </label>
        </div>
      ))}
    </Fieldset>
  );
}

/** Yes/no as two radio buttons: clearer than a lone checkbox for an assessment question. */
export function JaNee(props: Omit<Props<"ja" | "nee">, "opties" | "waarde" | "onChange"> & {
  waarde: boolean | null;
  onChange: (w: boolean) => void;
}) {
  return (
    <Keuze
      {...props}
      opties={[{ waarde: "ja", label: "Ja" }, { waarde: "nee", label: "Nee" }]}
      waarde={props.waarde === null ? "" : props.waarde ? "ja" : "nee"}
      onChange={(w) => props.onChange(w === "ja")}
    />
  );
}
