// Where one is logged in, and ending what one does not recognise; for a member of 16 or older also who of the
// network looks on, and withdrawing that at once.

import { useCallback, useState } from "react";
import { Button, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { api, ApiFout, haal } from "../api";
import { useLaden } from "../laden";
import type { PortaalNetwerk, PortaalProfiel, PortaalSessies } from "../typen";
import { AppLink } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { tijdstip } from "../teksten";

const rechtWoord: Record<string, string> = { plan_lezen: "het plan lezen", reageren: "reageren", eigen_acties: "eigen acties afvinken" };

export function MijnToegang({ ik }: { ik: PortaalProfiel }) {
  const [sessies, setSessies] = useState<PortaalSessies | null>(null);
  const [netwerk, setNetwerk] = useState<PortaalNetwerk | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [gedaan, setGedaan] = useState("");
  const laad = useCallback(async (signaal: AbortSignal) => {
    try {
      setSessies(await haal<PortaalSessies>("/portaal/sessies", signaal));
      if (ik.soort === "gezinslid") {
        try {
          setNetwerk(await haal<PortaalNetwerk>("/portaal/netwerk", signaal));
        } catch (e) {
          if (!(e instanceof ApiFout && e.status === 403)) throw e;  // a member of 12 to 15 does not manage it
        }
      }
    } catch (e) {
      if (!signaal.aborted) setFout(e as ApiFout);
    }
  }, [ik.soort]);
  const herlaad = useLaden(laad);
  const doe = async (pad: string, klaar: string) => {
    try {
      await api("POST", pad, {});
      setFout(null);
      setGedaan(klaar);
      await herlaad();
    } catch (e) {
      setFout(e as ApiFout);
    }
  };
  const anderen = sessies?.items.filter((s) => !s.huidig) ?? [];

  return (
    <>
      <p className="regie-terug"><AppLink href="/portaal">← Ons plan</AppLink></p>
      <Heading1>Mijn toegang</Heading1>
      {fout && <Foutmelding fout={fout} />}
      {gedaan && <Paragraph role="status">{gedaan}</Paragraph>}
      <section aria-labelledby="toegang-sessies">
        <Heading2 id="toegang-sessies">Waar u bent ingelogd</Heading2>
        <Paragraph>Herkent u een van deze niet? Log die dan hier uit en verander uw wachtwoord bij uw regisseur.</Paragraph>
        {sessies && (
          <UnorderedList className="regie-sessies">
            {sessies.items.map((s) => (
              <UnorderedListItem key={s.id}>
                Ingelogd op {tijdstip(s.aangemaaktOp)} met {s.zekerheid === "wachtwoord+totp" ? "de app" : "een herstelcode"},
                laatst gebruikt {tijdstip(s.laatstGebruiktOp)}.
                {s.huidig
                  ? <strong> Dit is uw sessie van nu.</strong>
                  : <> <Button appearance="secondary-action-button" onClick={() => void doe(`/portaal/sessies/${s.id}/_beeindigen`, "Die sessie is uitgelogd.")}>Uitloggen</Button></>}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        {anderen.length > 1 && (
          <Button appearance="secondary-action-button" onClick={() => void doe("/portaal/andere-sessies/_beeindigen", "Alle andere sessies zijn uitgelogd.")}>
            Overal anders uitloggen
          </Button>
        )}
      </section>
      {netwerk && (
        <section aria-labelledby="toegang-netwerk">
          <Heading2 id="toegang-netwerk">Wie uit uw netwerk meekijkt</Heading2>
          {netwerk.items.length === 0 && <Paragraph>Niemand uit uw netwerk kijkt mee.</Paragraph>}
          <UnorderedList>
            {netwerk.items.map((n) => (
              <UnorderedListItem key={n.persoonId}>
                <strong>{n.naam}</strong>: {n.rechten.map((r) => rechtWoord[r] ?? r).join(", ")}
                {n.uitgenodigd ? " (uitgenodigd, nog niet begonnen)" : n.sinds ? ` (sinds ${tijdstip(n.sinds)})` : ""}.{" "}
                <Button
                  appearance="secondary-action-button"
                  onClick={() => {
                    if (window.confirm(`${n.naam} kan daarna niet meer meekijken. Doorgaan?`))
                      void doe(`/portaal/netwerk/${n.persoonId}/_intrekken`, `${n.naam} kijkt niet meer mee.`);
                  }}
                >
                  Toegang intrekken
                </Button>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
    </>
  );
}
