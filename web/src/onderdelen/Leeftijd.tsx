import type { Gezinslid } from "../typen";
import { datum } from "../teksten";

/** Age as people say it: unborn with the expected date, months under two, years after. */
export function leeftijdTekst(lid: Gezinslid): string {
  const l = lid.leeftijd;
  if (l.ongeboren) {
    const verwacht = lid.verwachteGeboortedatum ? `, verwacht ${datum(lid.verwachteGeboortedatum)}` : "";
    return l.uitgerekendVoorbij ? `ongeboren${verwacht} (datum verstreken: geboorte vastleggen)` : `ongeboren${verwacht}`;
  }
  if (l.maanden < 24) return l.maanden === 1 ? "1 maand" : `${l.maanden} maanden`;
  return `${l.jaren} jaar`;
}
