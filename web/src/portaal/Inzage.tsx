// "Who viewed our file": the household's access log in plain words, newest first — organisation and role,
// never a professional's name.

import { useCallback, useState } from "react";
import { Heading1, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { ApiFout, haal } from "../api";
import { useLaden } from "../laden";
import type { Inzage as InzagePagina } from "../typen";
import { AppLink } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Paginering } from "../onderdelen/Paginering";
import { tijdstip } from "../teksten";

export function Inzage() {
  const [pagina, setPagina] = useState(1);
  const [log, setLog] = useState<InzagePagina | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const laad = useCallback(async (signaal: AbortSignal) => {
    try {
      setLog(await haal<InzagePagina>(`/portaal/inzage?pagina=${pagina}&paginaGrootte=20`, signaal));
    } catch (e) {
      if (!signaal.aborted) setFout(e as ApiFout);
    }
  }, [pagina]);
  useLaden(laad);

  return (
    <>
      <p className="regie-terug"><AppLink href="/portaal">← Ons plan</AppLink></p>
      <Heading1>Wie keek in ons dossier</Heading1>
      <Paragraph>
        Elke keer dat iemand uw gegevens bekijkt of iets vastlegt, houdt Regie dat bij. Hier ziet u wie dat was
        (de organisatie en de rol), wanneer en waarom. Klopt er iets niet? Vraag uw regisseur ernaar.
      </Paragraph>
      {fout && <Foutmelding fout={fout} />}
      {log && (
        <>
          <UnorderedList className="regie-inzage">
            {log.items.map((r, i) => (
              <UnorderedListItem key={`${r.tijdstip}-${i}`}>
                <strong>{tijdstip(r.tijdstip)}</strong>: {r.wie} {r.wat}, {r.waarom}.
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <Paginering pagina={log.pagina} aantalPaginas={log.aantalPaginas} totaal={log.totaal} naar={setPagina} />
        </>
      )}
    </>
  );
}
