// The link to the notifications in the header, with the number not yet read. It asks again on every
// navigation and when a screen marks notifications read; never on a timer, so an idle session stays idle.

import { useEffect, useState } from "react";
import { api } from "../api";
import { AppLink, useLocatie } from "../navigatie";

const kGewijzigd = "regie-meldingen-gewijzigd";

export function meldMeldingenGewijzigd() {
  window.dispatchEvent(new Event(kGewijzigd));
}

export function MeldingenTeller() {
  const { pad } = useLocatie();
  const [aantal, setAantal] = useState(0);
  const [teller, setTeller] = useState(0);

  useEffect(() => {
    const opnieuw = () => setTeller((t) => t + 1);
    window.addEventListener(kGewijzigd, opnieuw);
    return () => window.removeEventListener(kGewijzigd, opnieuw);
  }, []);

  useEffect(() => {
    let actueel = true;
    api<{ ongelezen: number }>("GET", "/mij/meldingen/aantal")
      .then((a) => actueel && setAantal(a.ongelezen))
      .catch(() => undefined);
    return () => {
      actueel = false;
    };
  }, [pad, teller]);

  return (
    <AppLink href="/meldingen" aria-current={pad === "/meldingen" ? "page" : undefined}>
      Meldingen
      {aantal > 0 && (
        <>
          <span className="regie-teller" aria-hidden="true">{aantal}</span>
          <span className="regie-verborgen"> ({aantal} ongelezen)</span>
        </>
      )}
    </AppLink>
  );
}
