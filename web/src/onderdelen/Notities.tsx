// Short notes on the household by the professionals involved: newest first, paged.

import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { Button, FormField, FormLabel, Heading2, Paragraph, Textarea, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import type { Notities as NotitiePagina } from "../typen";
import { datum } from "../teksten";
import { Foutmelding } from "./Foutmelding";
import { Paginering } from "./Paginering";
import { VeldFout } from "./VeldFout";
import { useOnopgeslagenWijzigingen } from "../navigatie";

export function Notities({ huishoudenId, open }: { huishoudenId: string; open: boolean }) {
  const id = useId();
  const [pagina, setPagina] = useState(1);
  const [lijst, setLijst] = useState<NotitiePagina | null>(null);
  const [tekst, setTekst] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  useOnopgeslagenWijzigingen(tekst.trim() !== "");
  const laad = useCallback((signaal?: AbortSignal) => {
    api<NotitiePagina>("GET", `/huishoudens/${huishoudenId}/notities?pagina=${pagina}&paginaGrootte=10`, undefined, true, signaal)
      .then((l) => !signaal?.aborted && setLijst(l)).catch((e) => !signaal?.aborted && setFout(e));
  }, [huishoudenId, pagina]);
  useEffect(() => {
    const stop = new AbortController();  // another page, or the household left: the old page is not awaited
    laad(stop.signal);
    return () => stop.abort();
  }, [laad]);
  const voegToe = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("POST", `/huishoudens/${huishoudenId}/notities`, { tekst });
      setTekst("");
      setFout(null);
      if (pagina === 1) laad();
      else setPagina(1);
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <section aria-labelledby={`${id}-titel`}>
      <Heading2 id={`${id}-titel`}>Notities</Heading2>
      {lijst && lijst.items.length === 0 && <Paragraph>Nog geen notities.</Paragraph>}
      {lijst && lijst.items.length > 0 && (
        <UnorderedList className="regie-notities">
          {lijst.items.map((n) => (
            <UnorderedListItem key={n.id}><strong>{datum(n.aangemaaktOp)}, {n.auteur}:</strong> {n.tekst}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {lijst && <Paginering pagina={lijst.pagina} aantalPaginas={lijst.aantalPaginas} totaal={lijst.totaal} naar={setPagina} />}
      {open && (
        <form onSubmit={voegToe} className="regie-blok regie-klein-formulier" aria-label="Notitie toevoegen" noValidate>
          {fout && <Foutmelding fout={fout} velden={{ tekst: "Notitie" }} />}
          <FormField>
            <FormLabel htmlFor={`${id}-tekst`}>Nieuwe notitie</FormLabel>
            <VeldFout fout={fout} veld="tekst" id={`${id}-tekst-fout`} />
            <Textarea id={`${id}-tekst`} value={tekst} aria-describedby={`${id}-tekst-fout`} onChange={(e) => setTekst(e.target.value)} />
          </FormField>
          <Button type="submit" appearance="secondary-action-button">Notitie toevoegen</Button>
        </form>
      )}
    </section>
  );
}
