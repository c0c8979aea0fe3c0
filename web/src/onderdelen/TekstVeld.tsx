// One text field of a form: its label, an optional explanation, the server's message for it, and the input
// described by both.

import { useId } from "react";
import { FormField, FormFieldDescription, FormLabel, Textbox } from "@utrecht/component-library-react";
import type { ApiFout } from "../api";
import { VeldFout } from "./VeldFout";

interface Props {
  label: string;
  veld: string;  // the API field, for the server's message
  waarde: string;
  onChange: (waarde: string) => void;
  fout: ApiFout | null;
  uitleg?: string;
  type?: string;
  inputMode?: "numeric" | "text";
}

export function TekstVeld({ label, veld, waarde, onChange, fout, uitleg, type = "text", inputMode }: Props) {
  const id = useId();
  return (
    <FormField>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {uitleg && <FormFieldDescription id={`${id}-uitleg`}>{uitleg}</FormFieldDescription>}
      <VeldFout fout={fout} veld={veld} id={`${id}-fout`} />
      <Textbox id={id} type={type} inputMode={inputMode} value={waarde} invalid={!!fout?.veld(veld)}
        aria-describedby={`${uitleg ? `${id}-uitleg ` : ""}${id}-fout`} onChange={(e) => onChange(e.target.value)} />
    </FormField>
  );
}
