// Whether a professional is told by e-mail that something waits in Regie. The mail itself says nothing
// else, so turning it on shares nothing; it is possible only where the server has a mail server.

import { useEffect, useId, useState } from "react";
import { Checkbox, FormField, FormFieldDescription, FormLabel, Heading2, Paragraph } from "@utrecht/component-library-react";
import { api, ApiFout, haal } from "../api";
import type { MeldingInstellingen } from "../typen";
import { Foutmelding } from "./Foutmelding";

export function MailBijMeldingen() {
  const id = useId();
  const [instellingen, setInstellingen] = useState<MeldingInstellingen | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [bewaard, setBewaard] = useState(false);

  useEffect(() => {
    const stop = new AbortController();
    haal<MeldingInstellingen>("/mij/meldingen/instellingen", stop.signal)
      .then(setInstellingen)
      .catch((e) => { if (!stop.signal.aborted) setFout(e instanceof ApiFout ? e : null); });
    return () => stop.abort();
  }, []);

  const zet = async (aan: boolean) => {
    if (!instellingen) return;
    const vorige = instellingen;
    setBewaard(false);
    setInstellingen({ ...vorige, mailBijMelding: aan });  // the box follows the click; undone if refused
    try {
      setInstellingen(await api<MeldingInstellingen>("PUT", "/mij/meldingen/instellingen", { mailBijMelding: aan }));
      setFout(null);
      setBewaard(true);
    } catch (e) {
      setInstellingen(vorige);
      setFout(e instanceof ApiFout ? e : null);
    }
  };

  if (!instellingen) return fout ? <Foutmelding fout={fout} /> : null;
  return (
    <section aria-labelledby={`${id}-kop`}>
      <Heading2 id={`${id}-kop`}>E-mail</Heading2>
      {fout && <Foutmelding fout={fout} />}
      {!instellingen.mailMogelijk ? (
        <Paragraph>Deze installatie van Regie verstuurt geen e-mail. Nieuwe meldingen ziet u aan het getal bij Meldingen.</Paragraph>
      ) : !instellingen.emailBekend ? (
        <Paragraph>Van u is geen e-mailadres bekend. Wilt u een e-mail krijgen als er iets voor u klaarstaat, vraag dan de beheerder uw adres in te vullen.</Paragraph>
      ) : (
        <FormField type="checkbox">
          <Checkbox id={`${id}-mail`} checked={instellingen.mailBijMelding} aria-describedby={`${id}-uitleg`}
            onChange={(e) => void zet(e.target.checked)} />
          <FormLabel htmlFor={`${id}-mail`} type="checkbox">Stuur mij een e-mail als er iets voor mij klaarstaat</FormLabel>
          <FormFieldDescription id={`${id}-uitleg`}>
            De e-mail noemt geen huishouden, persoon of soort melding, en komt hooguit één keer per uur.
          </FormFieldDescription>
        </FormField>
      )}
      {bewaard && <p role="status">Opgeslagen: {instellingen.mailBijMelding ? "u krijgt e-mail" : "u krijgt geen e-mail"}.</p>}
    </section>
  );
}
