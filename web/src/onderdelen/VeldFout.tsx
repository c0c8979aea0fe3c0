import { FormFieldErrorMessage } from "@utrecht/component-library-react";
import type { ApiFout } from "../api";

/** The server's message for one field, shown right at that field. Give the input aria-describedby={id}. */
export function VeldFout({ fout, veld, id }: { fout: ApiFout | null; veld: string; id: string }) {
  const melding = fout?.veld(veld);
  if (!melding) return null;
  return <FormFieldErrorMessage id={id}>{melding}</FormFieldErrorMessage>;
}
