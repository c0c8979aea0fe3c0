// The household's current plan as the portal shows it, loaded only for someone with the right to read it.
// Shared by "Ons plan" and "Reageren".

import { useCallback, useState } from "react";
import { ApiFout, haal } from "../api";
import { useLaden } from "../laden";
import type { PortaalPlan, PortaalProfiel } from "../typen";

export function usePortaalPlan(ik: PortaalProfiel, setFout: (f: ApiFout) => void) {
  const [plan, setPlan] = useState<PortaalPlan | null>(null);
  const laad = useCallback(async (signaal: AbortSignal) => {
    if (!ik.rechten.includes("plan_lezen")) return;
    try {
      setPlan(await haal<PortaalPlan>("/portaal/plan", signaal));
    } catch (e) {
      if (!signaal.aborted) setFout(e as ApiFout);
    }
  }, [ik.rechten, setFout]);
  const herlaad = useLaden(laad);
  return { plan, herlaad };
}
