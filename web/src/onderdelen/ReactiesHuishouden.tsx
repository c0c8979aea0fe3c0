// What members and network members wrote in the portal (DOMAIN.md §12): remarks on goals, proposals, requests
// to correct data. Open ones first; a regisseur answers each once. "Taken over" needs a newer plan version
// first: the plan is changed on its own page.

import { useCallback, useId, useState, type FormEvent } from "react";
import { Button, FormField, FormLabel, Heading2, Paragraph, Textarea, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { api, ApiFout, haal } from "../api";
import { useLaden } from "../laden";
import type { Huishouden, Reactie, Reacties } from "../typen";
import { tijdstip } from "../teksten";
import { AppLink } from "../navigatie";
import { Foutmelding } from "./Foutmelding";
import { Keuze, type Optie } from "./Keuze";
import { Paginering } from "./Paginering";
import { VeldFout } from "./VeldFout";

type Uitkomst = NonNullable<Reactie["uitkomst"]>;

const soortNaam: Record<Reactie["soort"], string> = {
  opmerking: "Opmerking op een doel", voorstel: "Voorstel voor het plan", correctie: "Verzoek om verbetering (AVG)",
};
const uitkomstNaam: Record<Uitkomst, string> = {
  beantwoord: "Beantwoord", overgenomen: "Overgenomen in het plan", gecorrigeerd: "Verbeterd", afgewezen: "Afgewezen, met reden",
};
// The same outcomes per kind as the server allows (domain/reacties.cpp).
const uitkomsten: Record<Reactie["soort"], Uitkomst[]> = {
  opmerking: ["beantwoord"], voorstel: ["overgenomen", "beantwoord"], correctie: ["gecorrigeerd", "afgewezen"],
};
const uitkomstUitleg: Partial<Record<Uitkomst, string>> = {
  overgenomen: "Kan pas als u het voorstel in een nieuwe versie van het plan heeft opgenomen.",
  afgewezen: "Leg uit waarom de gegevens blijven zoals ze zijn.",
};

function Beantwoorden({ h, r, onKlaar }: { h: Huishouden; r: Reactie; onKlaar: () => Promise<void> }) {
  const id = useId();
  const [uitkomst, setUitkomst] = useState<Uitkomst | "">(uitkomsten[r.soort].length === 1 ? uitkomsten[r.soort][0] : "");
  const [antwoord, setAntwoord] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  const opties: Optie<Uitkomst>[] = uitkomsten[r.soort].map((u) => ({ waarde: u, label: uitkomstNaam[u], uitleg: uitkomstUitleg[u] }));
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api<void>("POST", `/huishoudens/${h.id}/reacties/${r.id}/_beantwoorden`, { uitkomst, antwoord });
      setFout(null);
      await onKlaar();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <form onSubmit={verstuur} className="regie-klein-formulier" aria-label={`Antwoord aan ${r.van}`} noValidate>
      {fout && <Foutmelding fout={fout} velden={{ uitkomst: "Uitkomst", antwoord: "Antwoord" }} />}
      {opties.length > 1 && <Keuze vraag="Uitkomst" naam="uitkomst" opties={opties} waarde={uitkomst} onChange={setUitkomst} fout={fout} />}
      <FormField>
        <FormLabel htmlFor={`${id}-antwoord`}>Uw antwoord (leest het huishouden in het portaal)</FormLabel>
        <VeldFout fout={fout} veld="antwoord" id={`${id}-antwoord-fout`} />
        <Textarea id={`${id}-antwoord`} value={antwoord} aria-describedby={`${id}-antwoord-fout`} onChange={(e) => setAntwoord(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="secondary-action-button">Antwoord versturen</Button>
    </form>
  );
}

export function ReactiesHuishouden({ h }: { h: Huishouden }) {
  const id = useId();
  const [pagina, setPagina] = useState(1);
  const [lijst, setLijst] = useState<Reacties | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const laad = useCallback(async (signaal: AbortSignal) => {
    try {
      setLijst(await haal<Reacties>(`/huishoudens/${h.id}/reacties?pagina=${pagina}&paginaGrootte=10`, signaal));
    } catch (e) {
      if (!signaal.aborted) setFout(e as ApiFout);
    }
  }, [h.id, pagina]);
  const herlaad = useLaden(laad);
  const beantwoordbaar = h.mag.regie && h.fase !== "afgesloten";

  return (
    <section aria-labelledby={`${id}-titel`} id="reacties">
      <Heading2 id={`${id}-titel`}>Reacties uit het portaal</Heading2>
      {fout && <Foutmelding fout={fout} />}
      {lijst && lijst.items.length === 0 && <Paragraph>Nog geen reacties van het huishouden of het netwerk.</Paragraph>}
      {lijst && lijst.items.length > 0 && (
        <UnorderedList className="regie-reacties">
          {lijst.items.map((r) => (
            <UnorderedListItem key={r.id}>
              <strong>{soortNaam[r.soort]}</strong> van {r.van}, {tijdstip(r.ingediendOp)}
              {r.planVersie !== null && <> (bij versie {r.planVersie})</>}
              {r.doel && <Paragraph>Doel: {r.doel}</Paragraph>}
              <Paragraph>{r.tekst}</Paragraph>
              {r.uitkomst && (
                <Paragraph>
                  <strong>{uitkomstNaam[r.uitkomst]}{r.inVersie ? ` in versie ${r.inVersie}` : ""}</strong>
                  {r.beantwoordOp ? ` op ${tijdstip(r.beantwoordOp)}` : ""}: {r.antwoord}
                </Paragraph>
              )}
              {!r.uitkomst && r.soort === "voorstel" && beantwoordbaar && (
                <Paragraph><AppLink href={`/huishoudens/${h.id}/ondersteuningsplan`}>Neem het voorstel op in het plan</AppLink></Paragraph>
              )}
              {!r.uitkomst && beantwoordbaar && <Beantwoorden h={h} r={r} onKlaar={herlaad} />}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {lijst && <Paginering pagina={lijst.pagina} aantalPaginas={lijst.aantalPaginas} totaal={lijst.totaal} naar={setPagina} />}
    </section>
  );
}
