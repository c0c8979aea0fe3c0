// The gemeenten whose professionals log in through their own identity provider, as buttons that go there (a
// navigation of the whole page: the IdP's own login, then back to Regie), and why a login there did not
// succeed, read from the address Regie sent the browser back to.

import { useEffect, useState } from "react";
import { Alert, ButtonLink, Heading2, Paragraph } from "@utrecht/component-library-react";
import { api } from "../api";
import type { InlogdienstLijst } from "../typen";

const kRedenen: Record<string, string> = {
  verlopen: "Het inloggen via de inlogdienst duurde te lang, of begon in een ander venster. Probeer het opnieuw.",
  geweigerd: "De inlogdienst liet u niet inloggen, of u brak het inloggen daar af.",
  onbereikbaar: "De inlogdienst was niet bereikbaar of weigerde Regie. Probeer het zo opnieuw, of log hierboven in met uw wachtwoord.",
  token: "Het antwoord van de inlogdienst klopte niet, dus u bent niet ingelogd. Blijft dit gebeuren, meld het dan bij uw beheerder.",
  account: "Er is voor u geen actief account in Regie bij deze gemeente. Neem contact op met uw beheerder.",
  wachten: "Er mislukten te veel inlogpogingen vanaf dit adres. Wacht een paar minuten en probeer het opnieuw.",
};

export function Inlogdiensten() {
  const [lijst, setLijst] = useState<InlogdienstLijst["items"]>([]);
  const reden = new URLSearchParams(window.location.search).get("inlogfout");
  useEffect(() => {
    api<InlogdienstLijst>("GET", "/inlogdiensten", undefined, false).then((l) => setLijst(l.items), () => setLijst([]));
  }, []);
  return (
    <>
      {reden && (
        <Alert type="error" role="alert">
          <Paragraph>{kRedenen[reden] ?? kRedenen.verlopen}</Paragraph>
        </Alert>
      )}
      {lijst.length > 0 && (
        <section aria-label="Inloggen via uw gemeente" className="regie-inlogdiensten">
          <Heading2>Of log in via uw gemeente</Heading2>
          {lijst.map((d) => (
            <ButtonLink key={d.gemeenteId} appearance="secondary-action-button"
              href={`/api/v1/inlogdiensten/${encodeURIComponent(d.gemeenteId)}/_inloggen`}>
              {d.naam}
            </ButtonLink>
          ))}
        </section>
      )}
    </>
  );
}
