// Emergency access: asking for it (with a reason, on the no-access page and at a search hit) and reviewing it
// (the requester's manager; for someone without one, the managers of his organisation, else its
// aandachtsfunctionaris).

import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { Button, FormField, FormFieldDescription, FormLabel, Heading2, Paragraph, Textarea } from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import { datum } from "../teksten";
import { Foutmelding } from "./Foutmelding";
import { Keuze } from "./Keuze";
import { VeldFout } from "./VeldFout";
import { useOnopgeslagenWijzigingen } from "../navigatie";
import { tijdstip } from "../teksten";

/** The request: why access is needed now. Granted at once for a few hours, logged and reviewed afterwards. */
export function NoodtoegangAanvragen({ huishoudenId, onVerleend }: { huishoudenId: string; onVerleend: () => void }) {
  const id = useId();
  const [reden, setReden] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  useOnopgeslagenWijzigingen(reden.trim() !== "");
  const vraag = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("POST", `/huishoudens/${huishoudenId}/noodtoegang`, { reden });
      onVerleend();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <form onSubmit={vraag} noValidate aria-label="Noodtoegang vragen" className="regie-blok">
      {fout && <Foutmelding fout={fout} velden={{ reden: "Reden" }} />}
      <FormField>
        <FormLabel htmlFor={`${id}-reden`}>Waarom heeft u nu toegang nodig?</FormLabel>
        <FormFieldDescription id={`${id}-uitleg`}>
          Alleen bij spoed, als de regisseur niet bereikbaar is. U kunt het dossier dan vier uur lezen (niet
          wijzigen). Het huishouden ziet dit in zijn toegangslog en uw manager beoordeelt het achteraf.
        </FormFieldDescription>
        <VeldFout fout={fout} veld="reden" id={`${id}-fout`} />
        <Textarea id={`${id}-reden`} value={reden} invalid={!!fout?.veld("reden")}
          aria-describedby={`${id}-uitleg ${id}-fout`} onChange={(e) => setReden(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="primary-action-button">Noodtoegang vragen</Button>
    </form>
  );
}

interface TeBeoordelen {
  id: string; huishoudenId: string; huishoudenNaam: string | null; medewerker?: string; reden: string; van: string; tot: string;
}

/** The emergency accesses waiting for this user's review. */
export function NoodtoegangenBeoordelen() {
  const [lijst, setLijst] = useState<TeBeoordelen[] | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const laad = useCallback(async () => {
    try {
      setLijst((await api<{ items: TeBeoordelen[] }>("GET", "/mij/noodtoegangen")).items);
    } catch (err) {
      setFout(err as ApiFout);
    }
  }, []);
  useEffect(() => void laad(), [laad]);
  return (
    <section aria-labelledby="nood-titel">
      <Heading2 id="nood-titel">Noodtoegang om te beoordelen</Heading2>
      {fout && <Foutmelding fout={fout} />}
      {lijst && lijst.length === 0 && <Paragraph>Niets te beoordelen.</Paragraph>}
      {lijst?.map((n) => <Beoordeling key={n.id} toegang={n} onKlaar={laad} />)}
    </section>
  );
}

function Beoordeling({ toegang: n, onKlaar }: { toegang: TeBeoordelen; onKlaar: () => Promise<void> }) {
  const uid = useId();
  const [oordeel, setOordeel] = useState<"terecht" | "onterecht" | "">("");
  const [toelichting, setToelichting] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  useOnopgeslagenWijzigingen(toelichting.trim() !== "");
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api("POST", `/mij/noodtoegangen/${n.id}/_beoordelen`, { oordeel, ...(toelichting.trim() ? { toelichting } : {}) });
      await onKlaar();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <form onSubmit={verstuur} className="regie-blok" aria-label={`Noodtoegang van ${n.medewerker ?? "een medewerker"}`} noValidate>
      <Paragraph>
        <strong>{n.medewerker}</strong> vroeg op {datum(n.van)} toegang tot{" "}
        {n.huishoudenNaam ?? "een huishouden waarbij u zelf niet betrokken bent"}, van {tijdstip(n.van)} tot {tijdstip(n.tot)}.
      </Paragraph>
      <Paragraph>Reden: “{n.reden}”</Paragraph>
      {fout && <Foutmelding fout={fout} velden={{ oordeel: "Oordeel", toelichting: "Toelichting" }} />}
      <Keuze vraag="Was de noodtoegang terecht?" naam="oordeel" fout={fout} waarde={oordeel} onChange={setOordeel}
        opties={[{ waarde: "terecht", label: "Terecht" }, { waarde: "onterecht", label: "Onterecht (met toelichting)" }]} />
      <FormField>
        <FormLabel htmlFor={`${uid}-toelichting`}>Toelichting</FormLabel>
        <VeldFout fout={fout} veld="toelichting" id={`${uid}-toelichting-fout`} />
        <Textarea id={`${uid}-toelichting`} value={toelichting} aria-describedby={`${uid}-toelichting-fout`} onChange={(e) => setToelichting(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="secondary-action-button">Beoordeling vastleggen</Button>
    </form>
  );
}
