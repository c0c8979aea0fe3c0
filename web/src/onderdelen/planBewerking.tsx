// What the two plan editors share: load the household and the current version (none yet is fine), save a
// new version on top of the one read, and after a conflict take the newest as the base while keeping
// everything typed.

import { useCallback, useEffect, useState, type FormEvent } from "react";
import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import type { Huishouden } from "../typen";

export function usePlanBewerking<Antwoord extends { versie: number }, Plan>(
  huishoudenId: string, soort: "ondersteuningsplan" | "veiligheidsplan", leeg: Plan, uit: (a: Antwoord) => Plan,
) {
  const pad = `/huishoudens/${huishoudenId}/${soort}`;
  const [h, setH] = useState<Huishouden | null>(null);
  const [opgeslagen, setOpgeslagen] = useState<Antwoord | null>(null);
  const [plan, setPlan] = useState<Plan>(leeg);
  // The plan as the server last gave it: anything else on screen is unsaved work.
  const [serverPlan, setServerPlan] = useState<Plan>(leeg);
  const vanServer = (p: Plan) => {
    setPlan(p);
    setServerPlan(p);
  };
  const [geladen, setGeladen] = useState(false);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [melding, setMelding] = useState("");

  const laadPlan = useCallback(async () => {
    try {
      return await api<Antwoord>("GET", pad);
    } catch (e) {
      if (e instanceof ApiFout && e.status === 404) return null;
      throw e;
    }
  }, [pad]);

  useEffect(() => {
    Promise.all([api<Huishouden>("GET", `/huishoudens/${huishoudenId}`), laadPlan()])
      .then(([huis, p]) => {
        setH(huis);
        setOpgeslagen(p);
        if (p) vanServer(uit(p));
        setGeladen(true);
      })
      .catch(setFout);
    // `uit` is a module-level function in both editors: it never changes.
  }, [huishoudenId, laadPlan]);

  /** Saves the form as a new version; `invoer` gets the version it builds on (null for the first). */
  const opslaan = (invoer: (basisVersie: number | null) => object) => async (e: FormEvent) => {
    e.preventDefault();
    setMelding("");
    try {
      const p = await api<Antwoord>("PUT", pad, invoer(opgeslagen?.versie ?? null));
      setOpgeslagen(p);
      vanServer(uit(p));
      setFout(null);
      setMelding(`Versie ${p.versie} is opgeslagen.`);
    } catch (err) {
      setFout(err as ApiFout);
    }
  };

  const basisVerversen = async () => {
    const p = await laadPlan();
    setOpgeslagen(p);
    setFout(null);
    setMelding(p ? `U werkt nu verder op versie ${p.versie}. Uw tekst is bewaard; controleer en sla opnieuw op.` : "");
  };

  const gewijzigd = plan !== serverPlan;
  return { h, opgeslagen, setOpgeslagen, plan, setPlan, gewijzigd, geladen, fout, melding, laadPlan, opslaan, basisVerversen };
}

/** After a 409: someone saved a newer version. Nothing typed is lost. */
export function ConflictMelding({ fout, onVerversen }: { fout: ApiFout | null; onVerversen: () => Promise<void> }) {
  if (fout?.status !== 409) return null;
  return (
    <Alert type="warning">
      <Paragraph>Iemand anders heeft intussen een nieuwe versie opgeslagen. Uw tekst blijft staan.</Paragraph>
      <Button appearance="secondary-action-button" onClick={() => void onVerversen()}>
        Nieuwste versie als basis nemen, mijn tekst houden
      </Button>
    </Alert>
  );
}
