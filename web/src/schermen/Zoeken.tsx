// Search by (the start of a word of) a surname or household name, birth date or BSN. The terms go in a POST body, never in the URL. Households I may
// not read show only who to contact.

import { useId, useState, type FormEvent } from "react";
import {
  Button, FormField, FormFieldDescription, FormLabel, Paragraph, Textbox, UnorderedList, UnorderedListItem,
} from "@utrecht/component-library-react";
import type { Zoekresultaat } from "../typen";
import { api, ApiFout } from "../api";
import { AppLink, navigeer } from "../navigatie";
import { NoodtoegangAanvragen } from "../onderdelen/Noodtoegang";
import { faseNaam, naamVan } from "../teksten";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { VeldFout } from "../onderdelen/VeldFout";

type Resultaat = Zoekresultaat;

export function Zoeken() {
  const [achternaam, setAchternaam] = useState("");
  const [geboortedatum, setGeboortedatum] = useState("");
  const [bsn, setBsn] = useState("");
  const [resultaten, setResultaten] = useState<Resultaat[] | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [nood, setNood] = useState<string | null>(null);  // the hit whose emergency-access form is open
  const id = useId();

  const zoek = async (e: FormEvent) => {
    e.preventDefault();
    const vraag: Record<string, string> = {};
    if (achternaam.trim()) vraag.achternaam = achternaam.trim();
    if (geboortedatum) vraag.geboortedatum = geboortedatum;
    if (bsn.trim()) vraag.bsn = bsn.trim();
    try {
      const r = await api<{ items: Resultaat[] }>("POST", "/huishoudens/_zoek", vraag);
      setResultaten(r.items);
      setFout(null);
    } catch (err) {
      setFout(err as ApiFout);
      setResultaten(null);
    }
  };

  return (
    <>
      <form onSubmit={zoek} className="regie-zoeken" aria-label="Huishouden zoeken">
        {fout && <Foutmelding fout={fout} velden={{ achternaam: "Achternaam of naam van het huishouden", geboortedatum: "Geboortedatum", bsn: "BSN" }} />}
        <div className="regie-velden-rij">
          <FormField>
            <FormLabel htmlFor={`${id}-achternaam`}>Achternaam of naam van het huishouden</FormLabel>
            <FormFieldDescription id={`${id}-achternaam-uitleg`}>Het begin van een woord is genoeg: „Boer” vindt „de Boer”</FormFieldDescription>
            <VeldFout fout={fout} veld="achternaam" id={`${id}-achternaam-fout`} />
            <Textbox id={`${id}-achternaam`} value={achternaam} onChange={(e) => setAchternaam(e.target.value)}
              invalid={!!fout?.veld("achternaam")} aria-describedby={`${id}-achternaam-uitleg ${id}-achternaam-fout`} />
          </FormField>
          <FormField>
            <FormLabel htmlFor={`${id}-geboortedatum`}>Geboortedatum</FormLabel>
            <VeldFout fout={fout} veld="geboortedatum" id={`${id}-geboortedatum-fout`} />
            <Textbox id={`${id}-geboortedatum`} type="date" value={geboortedatum}
              onChange={(e) => setGeboortedatum(e.target.value)} invalid={!!fout?.veld("geboortedatum")}
              aria-describedby={`${id}-geboortedatum-fout`} />
          </FormField>
          <FormField>
            <FormLabel htmlFor={`${id}-bsn`}>BSN</FormLabel>
            <FormFieldDescription id={`${id}-bsn-uitleg`}>9 cijfers</FormFieldDescription>
            <VeldFout fout={fout} veld="bsn" id={`${id}-bsn-fout`} />
            <Textbox id={`${id}-bsn`} inputMode="numeric" value={bsn} aria-describedby={`${id}-bsn-uitleg ${id}-bsn-fout`}
              onChange={(e) => setBsn(e.target.value)} invalid={!!fout?.veld("bsn")} />
          </FormField>
        </div>
        <Button type="submit" appearance="secondary-action-button">Zoeken</Button>
        {resultaten && resultaten.length === 0 && <Paragraph role="status">Niets gevonden.</Paragraph>}
        {resultaten && resultaten.length > 0 && (
          <div role="status">
          <Paragraph>{resultaten.length === 1 ? "1 huishouden gevonden." : `${resultaten.length} huishoudens gevonden.`}</Paragraph>
          <UnorderedList>
            {resultaten.map((r) => (
              <UnorderedListItem key={r.id}>
                {r.toegang ? (
                  <>
                    <AppLink href={`/huishoudens/${r.id}`}>{r.naam}</AppLink>
                    {r.fase && ` — ${naamVan(faseNaam, r.fase)}`}
                  </>
                ) : (
                  <>
                    Een huishouden waarbij u niet betrokken bent.
                    {r.afgeschermd && " Het is bij Regie bekend en er wordt afgeschermd gewerkt: de regisseur krijgt direct een melding dat u zocht en neemt zo nodig contact met u op."}
                    {!r.afgeschermd && r.contact?.naam && ` Neem contact op met ${r.contact.naam}` +
                      `${r.contact.organisatie ? ` (${r.contact.organisatie})` : ""}` +
                      `${r.contact.telefoon ? `, ${r.contact.telefoon}` : ""}.`}
                    {" "}
                    <Button appearance="subtle-button" aria-expanded={nood === r.id} onClick={() => setNood(r.id)}>
                      Spoed? Noodtoegang vragen
                    </Button>
                  </>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          </div>
        )}
      </form>
      {/* Outside the search form: a form cannot hold another. */}
      {nood && <NoodtoegangAanvragen huishoudenId={nood} onVerleend={() => navigeer(`/huishoudens/${nood}`)} />}
    </>
  );
}
