// The household's own part of Regie (DOMAIN.md §12): plain Dutch, one column, made for a phone first. Apart
// from the professionals' app: its own login with a second factor, its own session.

import { useCallback, useEffect, useState } from "react";
import { Button, SkipLink } from "@utrecht/component-library-react";
import { api, ApiFout, zetCsrfToken } from "../api";
import type { PortaalProfiel } from "../typen";
import { useLocatie } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { PortaalInloggen } from "./PortaalInloggen";
import { Uitnodiging } from "./Uitnodiging";
import { OnsPlan } from "./OnsPlan";
import { Inzage } from "./Inzage";
import { Reageren } from "./Reageren";
import { MijnToegang } from "./MijnToegang";

export function PortaalApp() {
  const { pad } = useLocatie();
  const [ik, setIk] = useState<PortaalProfiel | null>(null);
  const [geladen, setGeladen] = useState(false);
  const [fout, setFout] = useState<ApiFout | null>(null);

  const wieBenIk = useCallback(async () => {
    try {
      const profiel = await api<PortaalProfiel>("GET", "/portaal/mij", undefined, false);
      zetCsrfToken(profiel.csrfToken);
      setIk(profiel);
    } catch (e) {
      if (!(e instanceof ApiFout && e.status === 401)) setFout(e instanceof ApiFout ? e : null);
      setIk(null);
    } finally {
      setGeladen(true);
    }
  }, []);
  useEffect(() => void wieBenIk(), [wieBenIk]);
  useEffect(() => {
    const kop = document.querySelector("#inhoud h1");
    if (kop) document.title = `${kop.textContent} · Regie`;
  });

  const uitloggen = async () => {
    try { await api<void>("DELETE", "/portaal/sessies/huidig", undefined, false); } catch { /* the session ends anyway */ }
    zetCsrfToken("");
    setIk(null);
  };

  let inhoud;
  if (pad === "/portaal/uitnodiging") inhoud = <Uitnodiging />;
  else if (!geladen) inhoud = <p role="status">Laden…</p>;
  else if (!ik) inhoud = <PortaalInloggen onIngelogd={wieBenIk} />;
  else if (pad === "/portaal/inzage") inhoud = <Inzage />;
  else if (pad === "/portaal/reageren") inhoud = <Reageren ik={ik} />;
  else if (pad === "/portaal/toegang") inhoud = <MijnToegang ik={ik} />;
  else inhoud = <OnsPlan ik={ik} />;

  return (
    <div className="regie-pagina regie-portaal">
      <SkipLink href="#inhoud" className="regie-skiplink">Naar de inhoud</SkipLink>
      <header className="regie-kop">
        <span className="regie-kop__merk">Regie · ons plan</span>
        {ik && pad !== "/portaal/uitnodiging" && (
          <Button appearance="secondary-action-button" onClick={() => void uitloggen()}>Uitloggen</Button>
        )}
      </header>
      <main id="inhoud" className="regie-inhoud">
        {fout && <Foutmelding fout={fout} />}
        {inhoud}
      </main>
    </div>
  );
}
