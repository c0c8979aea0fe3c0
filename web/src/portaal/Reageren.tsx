// Saying something back: a remark on one goal, a proposal to change the plan in one's own words, or "this
// about me is not right" (a correction request). Below, one's own messages with the regisseur's answer.

import { useCallback, useId, useState, type FormEvent } from "react";
import { Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, Textarea, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { api, ApiFout, haal } from "../api";
import { useLaden } from "../laden";
import type { PortaalProfiel, Reactie, Reacties } from "../typen";
import { usePortaalPlan } from "./portaalPlan";
import { AppLink, useLocatie, useOnopgeslagenWijzigingen } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Keuze, type Optie } from "../onderdelen/Keuze";
import { Paginering } from "../onderdelen/Paginering";
import { VeldFout } from "../onderdelen/VeldFout";
import { tijdstip } from "../teksten";

type Soort = Reactie["soort"];

const soortWoord: Record<Soort, string> = { opmerking: "Over een doel", voorstel: "Voorstel", correctie: "Iets klopt niet" };
const uitkomstWoord: Record<NonNullable<Reactie["uitkomst"]>, string> = {
  beantwoord: "Beantwoord",
  overgenomen: "Overgenomen in het plan",
  gecorrigeerd: "Verbeterd",
  afgewezen: "Niet veranderd",
};

export function Reageren({ ik }: { ik: PortaalProfiel }) {
  const id = useId();
  const { zoek } = useLocatie();
  const magReageren = ik.rechten.includes("reageren");
  const [soort, setSoort] = useState<Soort | "">(zoek.get("doel") ? "opmerking" : magReageren ? "" : "correctie");
  const [doel, setDoel] = useState(zoek.get("doel") ?? "");
  const [tekst, setTekst] = useState("");
  const [pagina, setPagina] = useState(1);
  const [lijst, setLijst] = useState<Reacties | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [verstuurd, setVerstuurd] = useState(false);
  useOnopgeslagenWijzigingen(tekst.trim() !== "");

  // The plan once (for the goals to choose from); the messages again for each page and after sending.
  const { plan } = usePortaalPlan(ik, setFout);
  const laad = useCallback(async (signaal: AbortSignal) => {
    try {
      setLijst(await haal<Reacties>(`/portaal/reacties?pagina=${pagina}&paginaGrootte=10`, signaal));
    } catch (e) {
      if (!signaal.aborted) setFout(e as ApiFout);
    }
  }, [pagina]);
  const herlaad = useLaden(laad);

  const opties: Optie<Soort>[] = [
    ...(magReageren && plan?.vrijgegeven && plan.versie !== null
      ? [
          { waarde: "opmerking" as const, label: "Ik wil iets zeggen over een doel" },
          { waarde: "voorstel" as const, label: "Ik wil iets veranderen aan het plan", uitleg: "Schrijf in uw eigen woorden wat er anders moet." },
        ]
      : []),
    { waarde: "correctie", label: "Iets over mij klopt niet", uitleg: "Bijvoorbeeld een naam, een datum of iets wat over u is opgeschreven. U heeft het recht dat te laten verbeteren." },
  ];

  const versturen = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("POST", "/portaal/reacties", { soort, tekst, ...(soort !== "correctie" && doel ? { doelId: doel } : {}) });
      setTekst("");
      setFout(null);
      setVerstuurd(true);
      if (pagina === 1) await herlaad();
      else setPagina(1);
    } catch (err) {
      setVerstuurd(false);
      setFout(err as ApiFout);
    }
  };

  return (
    <>
      <p className="regie-terug"><AppLink href="/portaal">← Ons plan</AppLink></p>
      <Heading1>Reageren</Heading1>
      <Paragraph>
        Uw regisseur leest wat u hier schrijft en geeft u antwoord. Het antwoord ziet u onderaan deze pagina.
      </Paragraph>
      <form onSubmit={versturen} className="regie-blok" aria-label="Bericht aan uw regisseur" noValidate>
        {fout && <Foutmelding fout={fout} velden={{ soort: "Waarover", doelId: "Doel", tekst: "Uw bericht" }} />}
        {verstuurd && <Paragraph role="status">Verstuurd. Uw regisseur krijgt er bericht van.</Paragraph>}
        <Keuze vraag="Waarover gaat het?" naam="soort" opties={opties} waarde={soort} onChange={(s) => { setSoort(s); setVerstuurd(false); }} fout={fout} />
        {soort === "opmerking" && plan && (
          <FormField>
            <FormLabel htmlFor={`${id}-doel`}>Welk doel?</FormLabel>
            <VeldFout fout={fout} veld="doelId" id={`${id}-doel-fout`} />
            <Select id={`${id}-doel`} value={doel} aria-describedby={`${id}-doel-fout`} onChange={(e) => setDoel(e.target.value)}>
              <SelectOption value="">Kies een doel</SelectOption>
              {plan.doelen.map((d) => <SelectOption key={d.id} value={d.id}>{d.omschrijving}</SelectOption>)}
            </Select>
          </FormField>
        )}
        <FormField>
          <FormLabel htmlFor={`${id}-tekst`}>Uw bericht</FormLabel>
          <VeldFout fout={fout} veld="tekst" id={`${id}-tekst-fout`} />
          <Textarea id={`${id}-tekst`} value={tekst} aria-describedby={`${id}-tekst-fout`} onChange={(e) => { setTekst(e.target.value); setVerstuurd(false); }} />
        </FormField>
        <Button type="submit" appearance="primary-action-button">Versturen</Button>
      </form>
      <section aria-labelledby={`${id}-mijn`}>
        <Heading2 id={`${id}-mijn`}>Uw berichten</Heading2>
        {lijst && lijst.items.length === 0 && <Paragraph>U heeft nog niets gestuurd.</Paragraph>}
        {lijst && lijst.items.length > 0 && (
          <UnorderedList className="regie-reacties">
            {lijst.items.map((r) => (
              <UnorderedListItem key={r.id}>
                <strong>{soortWoord[r.soort]}{r.doel ? `: ${r.doel}` : ""}</strong>{r.van !== "u" && ` van ${r.van}`} ({tijdstip(r.ingediendOp)})
                <Paragraph>{r.tekst}</Paragraph>
                {r.uitkomst
                  ? <Paragraph><strong>{uitkomstWoord[r.uitkomst]}{r.inVersie ? ` (versie ${r.inVersie})` : ""}:</strong> {r.antwoord}</Paragraph>
                  : <Paragraph>Nog geen antwoord.</Paragraph>}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        {lijst && <Paginering pagina={lijst.pagina} aantalPaginas={lijst.aantalPaginas} totaal={lijst.totaal} naar={setPagina} />}
      </section>
    </>
  );
}
