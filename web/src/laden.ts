// A screen's loading: `laad` runs when the screen opens and again when its inputs change, with a signal
// that calls the request off when the screen is left or loads again, so that an older answer never replaces
// a newer one. The function returned loads again, e.g. after a change the screen made.

import { useCallback, useEffect, useRef } from "react";
import { Afgebroken } from "./api";

export function useLaden(laad: (signaal: AbortSignal) => Promise<void>): () => Promise<void> {
  const lopend = useRef<AbortController | null>(null);
  const opnieuw = useCallback(async () => {
    lopend.current?.abort();
    const stop = new AbortController();
    lopend.current = stop;
    try {
      await laad(stop.signal);
    } catch (e) {
      if (!(e instanceof Afgebroken)) throw e;
    }
  }, [laad]);
  useEffect(() => {
    void opnieuw();
    return () => lopend.current?.abort();
  }, [opnieuw]);
  return opnieuw;
}
