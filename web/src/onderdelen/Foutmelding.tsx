import { useEffect, useRef } from "react";
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
 *  message also stands at the field itself (VeldFout). Each new error takes the focus, so that after a
 *  failed submit the keyboard and screen reader start at the summary. */
export function Foutmelding({ fout, velden = {} }: { fout: ApiFout; velden?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [fout]);
  return (
    <div ref={ref} tabIndex={-1} className="regie-foutsamenvatting">
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
    </div>
  );
}
