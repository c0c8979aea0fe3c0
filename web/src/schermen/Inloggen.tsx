// Logging in: name and password; after a start password from the beheerder, a password of one's own; where
// the gemeente asks a second factor, then the code from the app (or a recovery code). The first time, the app
// is set up here: the key to type over or open, the first code to prove it, and recovery codes to keep, shown
// once. Each step sends the same login again with what was asked; nothing counts until the last succeeds.

import { useId, useState, type FormEvent } from "react";
import {
  Button, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, OrderedList, OrderedListItem, Paragraph, Textbox,
} from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import type { InlogVervolg, SessieInfo } from "../typen";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { VeldFout } from "../onderdelen/VeldFout";

interface Props {
  titel: string;
  titelId?: string;
  uitleg?: string;
  onIngelogd: (sessie: SessieInfo) => void | Promise<void>;
}

function AppInstellen({ vervolg }: { vervolg: InlogVervolg }) {
  return (
    <>
      <Heading2>Stel eerst een app voor inlogcodes in</Heading2>
      <Paragraph>Uw gemeente vraagt bij het inloggen naast uw wachtwoord een code uit een app op uw telefoon.</Paragraph>
      <OrderedList>
        <OrderedListItem>Open een app voor inlogcodes (een authenticator-app).</OrderedListItem>
        <OrderedListItem>
          Voeg een account toe met deze sleutel: <code className="regie-sleutel">{vervolg.totpGeheim}</code>{" "}
          of <a href={vervolg.totpAdres}>open de link op uw telefoon</a>.
        </OrderedListItem>
        <OrderedListItem>Vul hieronder de code van zes cijfers in die de app nu toont.</OrderedListItem>
      </OrderedList>
    </>
  );
}

export function InlogFormulier({ titel, titelId, uitleg, onIngelogd }: Props) {
  const [naam, setNaam] = useState("");
  const [wachtwoord, setWachtwoord] = useState("");
  const [code, setCode] = useState("");
  const [nieuw, setNieuw] = useState("");
  const [herhaald, setHerhaald] = useState("");
  const [eigenWachtwoord, setEigenWachtwoord] = useState(false);  // asked once; sent with every next step
  const [vervolg, setVervolg] = useState<InlogVervolg | null>(null);
  const [bewaren, setBewaren] = useState<SessieInfo | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [bezig, setBezig] = useState(false);
  const id = useId();

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    if (vervolg?.vervolg === "wachtwoord" && nieuw !== herhaald) {
      setFout(new ApiFout(400, "", "De twee nieuwe wachtwoorden zijn niet gelijk.", [
        { name: "herhaald", reason: "Typ hetzelfde wachtwoord nog eens." }]));
      return;
    }
    setBezig(true);
    setFout(null);
    const metEigen = eigenWachtwoord || vervolg?.vervolg === "wachtwoord";
    try {
      const antwoord = await api<SessieInfo | InlogVervolg>("POST", "/sessies", {
        gebruikersnaam: naam, wachtwoord,
        ...(metEigen ? { nieuwWachtwoord: nieuw } : {}),
        ...(vervolg && vervolg.vervolg !== "wachtwoord" ? { code: code.trim() } : {}),
      }, false);
      setEigenWachtwoord(metEigen);
      if ("vervolg" in antwoord) {
        setVervolg(antwoord);
        return;
      }
      setWachtwoord("");
      setNieuw("");
      setHerhaald("");
      setCode("");
      if (antwoord.herstelcodes?.length) setBewaren(antwoord);
      else await onIngelogd(antwoord);
    } catch (err) {
      setFout(err instanceof ApiFout ? err : new ApiFout(0, "", String(err)));
    } finally {
      setBezig(false);
    }
  };

  if (bewaren) {
    return (
      <div className="regie-inloggen">
        <Heading1 id={titelId}>Bewaar uw herstelcodes</Heading1>
        <Paragraph>
          De app is ingesteld. Raakt u uw telefoon kwijt, dan logt u in met een van deze codes in plaats van de
          code uit de app. Elke code werkt één keer. Bewaar ze op een veilige plek, niet op de telefoon zelf: u
          ziet ze alleen nu.
        </Paragraph>
        <ul className="regie-herstelcodes" aria-label="Herstelcodes">
          {bewaren.herstelcodes?.map((c) => <li key={c}><code>{c}</code></li>)}
        </ul>
        <Button appearance="primary-action-button" onClick={() => void onIngelogd(bewaren)}>
          Ik heb ze bewaard, verder naar Regie
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={verstuur} noValidate className="regie-inloggen">
      <Heading1 id={titelId}>{titel}</Heading1>
      {uitleg && <Paragraph>{uitleg}</Paragraph>}
      {fout && <Foutmelding fout={fout} velden={{ nieuwWachtwoord: "Nieuw wachtwoord", herhaald: "Nieuw wachtwoord nog eens" }} />}
      {vervolg?.vervolg === "wachtwoord" ? (
        <>
          <Paragraph>U logde in met een startwachtwoord van uw beheerder. Kies nu uw eigen wachtwoord.</Paragraph>
          <FormField>
            <FormLabel htmlFor={`${id}-nieuw`}>Nieuw wachtwoord</FormLabel>
            <FormFieldDescription id={`${id}-nieuw-uitleg`}>Minstens 12 tekens, niet het startwachtwoord.</FormFieldDescription>
            <VeldFout fout={fout} veld="nieuwWachtwoord" id={`${id}-nieuw-fout`} />
            <Textbox id={`${id}-nieuw`} type="password" autoComplete="new-password" value={nieuw}
              aria-describedby={`${id}-nieuw-uitleg ${id}-nieuw-fout`} onChange={(e) => setNieuw(e.target.value)} required />
          </FormField>
          <FormField>
            <FormLabel htmlFor={`${id}-herhaald`}>Nieuw wachtwoord nog eens</FormLabel>
            <VeldFout fout={fout} veld="herhaald" id={`${id}-herhaald-fout`} />
            <Textbox id={`${id}-herhaald`} type="password" autoComplete="new-password" value={herhaald}
              aria-describedby={`${id}-herhaald-fout`} onChange={(e) => setHerhaald(e.target.value)} required />
          </FormField>
        </>
      ) : !vervolg ? (
        <>
          <FormField>
            <FormLabel htmlFor={`${id}-naam`}>Gebruikersnaam</FormLabel>
            <Textbox id={`${id}-naam`} name="gebruikersnaam" autoComplete="username" value={naam}
              onChange={(e) => setNaam(e.target.value)} required />
          </FormField>
          <FormField>
            <FormLabel htmlFor={`${id}-wachtwoord`}>Wachtwoord</FormLabel>
            <Textbox id={`${id}-wachtwoord`} name="wachtwoord" type="password" autoComplete="current-password"
              value={wachtwoord} onChange={(e) => setWachtwoord(e.target.value)} required />
          </FormField>
        </>
      ) : (
        <>
          {vervolg.vervolg === "instellen" && <AppInstellen vervolg={vervolg} />}
          <FormField>
            <FormLabel htmlFor={`${id}-code`}>
              {vervolg.vervolg === "instellen" ? "Code uit de app" : "Code uit de app of herstelcode"}
            </FormLabel>
            <FormFieldDescription id={`${id}-code-uitleg`}>
              {vervolg.vervolg === "instellen"
                ? "Zes cijfers; de app toont elke 30 seconden een nieuwe."
                : "De zes cijfers die de app nu toont. Zonder telefoon: een van uw herstelcodes."}
            </FormFieldDescription>
            <Textbox id={`${id}-code`} name="code" autoComplete="one-time-code" value={code}
              aria-describedby={`${id}-code-uitleg`} onChange={(e) => setCode(e.target.value)} required autoFocus />
          </FormField>
        </>
      )}
      <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
        {vervolg ? "Bevestigen" : "Inloggen"}
      </Button>
      {vervolg && (
        <Button appearance="subtle-button" onClick={() => {
          setVervolg(null); setCode(""); setWachtwoord(""); setNieuw(""); setHerhaald(""); setEigenWachtwoord(false); setFout(null);
        }}>
          Opnieuw beginnen
        </Button>
      )}
    </form>
  );
}
