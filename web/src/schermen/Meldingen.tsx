// "Meldingen": what Regie has to tell this professional — who searched a shielded household, who became
// involved or took emergency access there, what to review, an escalation. Newest first; opening one marks it
// read. The page and the filter live in the URL. Below, whether he is also told by e-mail.

import { useCallback, useEffect, useId, useState } from "react";
import { Button, Checkbox, FormField, FormLabel, Heading1, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import type { Melding, MeldingenPagina } from "../typen";
import { AppLink, navigeer, useLocatie } from "../navigatie";
import { tijdstip } from "../teksten";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Paginering } from "../onderdelen/Paginering";
import { meldMeldingenGewijzigd } from "../onderdelen/MeldingenTeller";
import { MailBijMeldingen } from "../onderdelen/MailBijMeldingen";

export function Meldingen() {
  const { zoek } = useLocatie();
  const id = useId();
  const [data, setData] = useState<MeldingenPagina | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const alleenOngelezen = zoek.get("ongelezen") === "true";
  const pagina = Number(zoek.get("pagina") ?? "1") || 1;

  const laad = useCallback(async (signaal?: AbortSignal) => {
    const q = new URLSearchParams({ pagina: String(pagina), paginaGrootte: "20" });
    if (alleenOngelezen) q.set("ongelezen", "true");
    try {
      const antwoord = await api<MeldingenPagina>("GET", `/mij/meldingen?${q}`, undefined, true, signaal);
      if (signaal?.aborted) return;
      setData(antwoord);
      setFout(null);
    } catch (e) {
      if (!signaal?.aborted) setFout(e instanceof ApiFout ? e : null);
    }
  }, [pagina, alleenOngelezen]);

  useEffect(() => {
    const stop = new AbortController();  // another page or filter: the older list is not awaited
    void laad(stop.signal);
    return () => stop.abort();
  }, [laad]);

  const gelezen = async (m: Melding) => {
    if (!m.gelezen) {
      await api<void>("POST", `/mij/meldingen/${m.id}/_gelezen`, {});
      meldMeldingenGewijzigd();
    }
  };
  const allesGelezen = async () => {
    try {
      await api<void>("POST", "/mij/meldingen/_gelezen", {});
      meldMeldingenGewijzigd();
      await laad();
    } catch (e) {
      setFout(e instanceof ApiFout ? e : null);
    }
  };
  const zet = (ongelezen: boolean, p = 1) => {
    const q = new URLSearchParams();
    if (ongelezen) q.set("ongelezen", "true");
    if (p > 1) q.set("pagina", String(p));
    const tekst = q.toString();
    navigeer(`/meldingen${tekst ? `?${tekst}` : ""}`);
  };

  return (
    <>
      <Heading1>Meldingen</Heading1>
      {fout && <Foutmelding fout={fout} />}
      <div className="regie-velden-rij">
        <FormField type="checkbox">
          <Checkbox id={`${id}-ongelezen`} checked={alleenOngelezen} onChange={(e) => zet(e.target.checked)} />
          <FormLabel htmlFor={`${id}-ongelezen`} type="checkbox">Alleen ongelezen</FormLabel>
        </FormField>
        {data && data.ongelezen > 0 && (
          <Button appearance="secondary-action-button" onClick={() => void allesGelezen()}>Alles gelezen</Button>
        )}
      </div>
      {data && (
        <>
          <Paragraph role="status">
            {data.ongelezen === 0 ? "U heeft geen ongelezen meldingen." : `${data.ongelezen} ongelezen.`}
          </Paragraph>
          {data.items.length === 0 ? (
            <Paragraph>Er zijn geen meldingen{alleenOngelezen ? " die u nog niet las" : ""}.</Paragraph>
          ) : (
            <UnorderedList className="regie-meldingen">
              {data.items.map((m) => (
                <UnorderedListItem key={m.id} className={m.gelezen ? "regie-melding" : "regie-melding regie-melding--nieuw"}>
                  {!m.gelezen && <strong className="regie-kenmerk">nieuw</strong>} {m.tekst}{" "}
                  <span className="regie-melding__tijd">{tijdstip(m.aangemaaktOp)}</span>{" "}
                  {m.doel && (
                    <AppLink href={m.doel} onClick={() => void gelezen(m)}>Bekijken</AppLink>
                  )}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          <Paginering pagina={data.pagina} aantalPaginas={data.aantalPaginas} totaal={data.totaal}
            naar={(p) => zet(alleenOngelezen, p)} />
        </>
      )}
      <MailBijMeldingen />
    </>
  );
}
