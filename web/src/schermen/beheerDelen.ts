// What the parts of the beheerder's screen share: how they report back, how they load, the roles' names.

import { useCallback, useState } from "react";
import type { ApiFout } from "../api";
import { haal } from "../api";
import { useLaden } from "../laden";

/** How a part of the screen reports back: what it did, or what went wrong (null: nothing any more). */
export interface Terugmelding {
  onMelding: (m: string) => void;
  onFout: (f: ApiFout | null) => void;
}

/** What `pad` answers: loaded when the part opens, when `pad` changes and on request after a change; a
 *  failure goes to `onFout`. */
export function useGeladen<T>(pad: string, onFout: (f: ApiFout) => void): [T | null, () => Promise<void>, (t: T) => void] {
  const [gegevens, setGegevens] = useState<T | null>(null);
  const laad = useCallback(async (signaal: AbortSignal) => {
    try {
      setGegevens(await haal<T>(pad, signaal));
    } catch (e) {
      if (!signaal.aborted) onFout(e as ApiFout);
    }
  }, [pad, onFout]);
  return [gegevens, useLaden(laad), setGegevens];
}

export const kRollen: [string, string][] = [
  ["regisseur", "Regisseur"], ["manager", "Manager"], ["aandachtsfunctionaris", "Aandachtsfunctionaris"],
  ["agendahouder", "Agendahouder"], ["beheerder", "Beheerder"], ["privacyfunctionaris", "Functionaris gegevensbescherming"],
];
