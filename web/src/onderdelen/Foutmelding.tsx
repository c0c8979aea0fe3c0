import { Alert, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { ApiFout } from "../api";

/** An API error as the user reads it: the message, and per field (by its label) what is wrong. The same
 *  message also stands at the field itself (VeldFout). */
export function Foutmelding({ fout, velden = {} }: { fout: ApiFout; velden?: Record<string, string> }) {
  return (
    <Alert type="error" role="alert">
      <Paragraph>{fout.detail}</Paragraph>
      {fout.velden.length > 0 && (
        <UnorderedList>
          {fout.velden.map((v) => (
            <UnorderedListItem key={v.name}>
              {velden[v.name] ? `${velden[v.name]}: ` : ""}
              {v.reason}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </Alert>
  );
}
