// Who is logged in. On start the app asks the server for the current session; without one it shows the
// login screen. When a session expires while someone works, a login dialog opens over the screen: the
// screen and whatever was typed in it stay as they are, and the request that found the session gone is
// sent again after logging in.

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { api, ApiFout, bijSessieVerloop, zetCsrfToken } from "./api";
import type { Ik, SessieInfo } from "./typen";
import { InlogFormulier } from "./schermen/Inloggen";
import { Inlogdiensten } from "./schermen/Inlogdiensten";

interface SessieWaarde {
  ik: Ik;
  // False only where the gemeente turned the second factor off (the demo): the app says so on every page.
  tweedeFactorVerplicht: boolean;
  uitloggen: () => Promise<void>;
}

const SessieContext = createContext<SessieWaarde | null>(null);

export function useSessie(): SessieWaarde {
  const s = useContext(SessieContext);
  if (!s) throw new Error("useSessie buiten SessieProvider");
  return s;
}

type Stand =
  | { soort: "laden" }
  | { soort: "uit" }
  | { soort: "in"; ik: Ik; tweedeFactorVerplicht: boolean }
  | { soort: "fout"; melding: string };

export function SessieProvider({ children }: { children: ReactNode }) {
  const [stand, setStand] = useState<Stand>({ soort: "laden" });
  const [verlopen, setVerlopen] = useState(false);
  const wachtenden = useRef<(() => void)[]>([]);

  const aanmelden = useCallback(async (sessie: SessieInfo) => {
    zetCsrfToken(sessie.csrfToken);
    const ik = await api<Ik>("GET", "/mij");
    setStand({ soort: "in", ik, tweedeFactorVerplicht: sessie.tweedeFactorVerplicht });
  }, []);

  useEffect(() => {
    api<SessieInfo>("GET", "/sessies/huidig", undefined, false)
      .then(aanmelden)
      .catch((e) => {
        if (e instanceof ApiFout && e.status === 401) setStand({ soort: "uit" });
        else setStand({ soort: "fout", melding: e instanceof ApiFout ? e.detail : String(e) });
      });
  }, [aanmelden]);

  useEffect(() => {
    if (stand.soort !== "in") return;
    bijSessieVerloop(
      () =>
        new Promise<void>((klaar) => {
          wachtenden.current.push(klaar);
          setVerlopen(true);
        }),
    );
    return () => bijSessieVerloop(null);
  }, [stand.soort]);

  const opnieuwIngelogd = async (sessie: SessieInfo) => {
    zetCsrfToken(sessie.csrfToken);
    setVerlopen(false);
    const klaar = wachtenden.current;
    wachtenden.current = [];
    klaar.forEach((k) => k());
  };

  const uitloggen = useCallback(async () => {
    let bijInlogdienst: string | undefined;
    try {
      bijInlogdienst = (await api<{ uitloggenBijInlogdienst: string } | undefined>("DELETE", "/sessies/huidig", undefined, false))
        ?.uitloggenBijInlogdienst;
    } finally {
      zetCsrfToken("");
      setStand({ soort: "uit" });
      history.replaceState(null, "", "/");
    }
    // Logged in through the gemeente's IdP: log out there too, or its session would log him straight in again.
    if (bijInlogdienst) window.location.assign(bijInlogdienst);
  }, []);

  if (stand.soort === "laden") return <p className="regie-laden" role="status">Regie wordt geladen…</p>;
  if (stand.soort === "fout") {
    return (
      <main className="regie-los">
        <h1 className="utrecht-heading-1">Regie is nu niet bereikbaar</h1>
        <p className="utrecht-paragraph">{stand.melding}</p>
      </main>
    );
  }
  if (stand.soort === "uit") {
    return (
      <main className="regie-los" id="inhoud">
        <InlogFormulier titel="Inloggen bij Regie" onIngelogd={aanmelden} />
        <Inlogdiensten />
      </main>
    );
  }
  return (
    <SessieContext.Provider value={{ ik: stand.ik, tweedeFactorVerplicht: stand.tweedeFactorVerplicht, uitloggen }}>
      {children}
      {verlopen && (
        <div className="regie-dialoog-achtergrond">
          <div className="regie-dialoog" role="dialog" aria-modal="true" aria-labelledby="sessie-verlopen-titel">
            <InlogFormulier
              titel="Uw sessie is verlopen"
              titelId="sessie-verlopen-titel"
              uitleg="Log opnieuw in om verder te gaan. Wat u invulde, blijft staan."
              onIngelogd={opnieuwIngelogd}
            />
          </div>
        </div>
      )}
    </SessieContext.Provider>
  );
}
