import { Alert, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { ApiFout } from "../api";

const enkelvoud: Record<string, string> = {
  doelen: "doel", acties: "actie", signalen: "signaal", leefgebieden: "leefgebied", afspraken: "afspraak",
  voorwaarden: "voorwaarde", afgeschermd: "afgeschermd deel", kindcheck: "kindcheck", aandachtsgebied: "aandachtsgebied", gezinsleden: "gezinslid",
};

/** The server's field path in words: "doelen[0].acties[1].omschrijving" → "Doel 1, actie 2, omschrijving". */
export function veldLabel(pad: string): string {
  const delen = pad.split(".").map((deel) => {
    const m = /^(\w+)\[(\d+)\]$/.exec(deel);
    if (m) return `${enkelvoud[m[1]] ?? m[1]} ${Number(m[2]) + 1}`;
    return deel.replace(/([A-Z])/g, " $1").toLowerCase();
  });
  const tekst = delen.join(", ");
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

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
              {`${velden[v.name] ?? veldLabel(v.name)}: `}
              {v.reason}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </Alert>
  );
}
