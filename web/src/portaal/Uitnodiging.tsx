// Accepting an invitation: the code the regisseur handed over, then an app for the second step (any
// authenticator app reads the secret), a name and password of one's own, and recovery codes to keep.

import { useId, useState, type FormEvent } from "react";
import {
  Button, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, OrderedList, OrderedListItem, Paragraph, Textbox,
} from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import { AppLink } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { VeldFout } from "../onderdelen/VeldFout";

interface Inrichting { totpGeheim: string; totpAdres: string; controlecodeNodig: boolean }

export function Uitnodiging() {
  const id = useId();
  const [code, setCode] = useState("");
  const [inrichting, setInrichting] = useState<Inrichting | null>(null);
  const [naam, setNaam] = useState("");
  const [wachtwoord, setWachtwoord] = useState("");
  const [totp, setTotp] = useState("");
  const [controlecode, setControlecode] = useState("");
  const [herstelcodes, setHerstelcodes] = useState<string[] | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);

  const inrichten = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    try {
      setInrichting(await api<Inrichting>("POST", "/portaal/uitnodiging/_inrichten", { code }, false));
    } catch (err) {
      setFout(err instanceof ApiFout ? err : null);
    }
  };
  const aannemen = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    try {
      const r = await api<{ herstelcodes: string[] }>("POST", "/portaal/uitnodiging/_accepteren",
        { code, gebruikersnaam: naam, wachtwoord, totpCode: totp.trim(), ...(inrichting?.controlecodeNodig ? { controlecode } : {}) }, false);
      setWachtwoord("");
      setHerstelcodes(r.herstelcodes);
    } catch (err) {
      setFout(err instanceof ApiFout ? err : null);
    }
  };

  if (herstelcodes) {
    return (
      <>
        <Heading1>Uw account is klaar</Heading1>
        <Paragraph>
          Bewaar deze herstelcodes op papier, op een veilige plek. Kwijt u uw telefoon, dan logt u met één
          van deze codes in. Elke code werkt één keer. U ziet ze alleen nu.
        </Paragraph>
        <ul className="regie-herstelcodes" aria-label="Herstelcodes">
          {herstelcodes.map((c) => <li key={c}><code>{c}</code></li>)}
        </ul>
        <Paragraph><AppLink href="/portaal">Naar inloggen</AppLink></Paragraph>
      </>
    );
  }
  if (!inrichting) {
    return (
      <form onSubmit={inrichten} noValidate>
        <Heading1>Uw uitnodiging</Heading1>
        <Paragraph>Uw regisseur gaf u een code. Daarmee maakt u een eigen account voor het plan van uw gezin.</Paragraph>
        {fout && <Foutmelding fout={fout} />}
        <FormField>
          <FormLabel htmlFor={`${id}-code`}>Uitnodigingscode</FormLabel>
          <FormFieldDescription id={`${id}-code-uitleg`}>Vier groepen van vier tekens, zoals ABCD-EFGH-JKLM-NPQR.</FormFieldDescription>
          <VeldFout fout={fout} veld="code" id={`${id}-code-fout`} />
          <Textbox id={`${id}-code`} value={code} autoComplete="off" aria-describedby={`${id}-code-uitleg ${id}-code-fout`}
            onChange={(e) => setCode(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="primary-action-button">Verder</Button>
      </form>
    );
  }
  return (
    <form onSubmit={aannemen} noValidate>
      <Heading1>Maak uw account</Heading1>
      {fout && <Foutmelding fout={fout} velden={{ totpCode: "Code uit de app", controlecode: "Controlecode" }} />}
      <Heading2>1. Zet Regie in een app op uw telefoon</Heading2>
      <OrderedList>
        <OrderedListItem>Open een app voor inlogcodes (bijvoorbeeld een authenticator-app).</OrderedListItem>
        <OrderedListItem>
          Kies &lsquo;account toevoegen&rsquo; en typ deze sleutel over: <code className="regie-sleutel">{inrichting.totpGeheim}</code>{" "}
          of <a href={inrichting.totpAdres}>open de link op uw telefoon</a>.
        </OrderedListItem>
        <OrderedListItem>De app toont nu elke 30 seconden een nieuwe code van zes cijfers.</OrderedListItem>
      </OrderedList>
      <Heading2>2. Kies uw naam en wachtwoord</Heading2>
      <FormField>
        <FormLabel htmlFor={`${id}-naam`}>Gebruikersnaam</FormLabel>
        <VeldFout fout={fout} veld="gebruikersnaam" id={`${id}-naam-fout`} />
        <Textbox id={`${id}-naam`} autoComplete="username" value={naam} aria-describedby={`${id}-naam-fout`}
          onChange={(e) => setNaam(e.target.value)} />
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${id}-ww`}>Wachtwoord</FormLabel>
        <FormFieldDescription id={`${id}-ww-uitleg`}>Ten minste 12 tekens.</FormFieldDescription>
        <VeldFout fout={fout} veld="wachtwoord" id={`${id}-ww-fout`} />
        <Textbox id={`${id}-ww`} type="password" autoComplete="new-password" value={wachtwoord}
          aria-describedby={`${id}-ww-uitleg ${id}-ww-fout`} onChange={(e) => setWachtwoord(e.target.value)} />
      </FormField>
      {inrichting.controlecodeNodig && (
        <FormField>
          <FormLabel htmlFor={`${id}-controle`}>Controlecode van uw regisseur</FormLabel>
          <FormFieldDescription id={`${id}-controle-uitleg`}>
            Uw uitnodiging kwam per e-mail. De controlecode van zes cijfers krijgt u van uw regisseur zelf.
          </FormFieldDescription>
          <VeldFout fout={fout} veld="controlecode" id={`${id}-controle-fout`} />
          <Textbox id={`${id}-controle`} inputMode="numeric" autoComplete="off" value={controlecode}
            aria-describedby={`${id}-controle-uitleg ${id}-controle-fout`} onChange={(e) => setControlecode(e.target.value)} />
        </FormField>
      )}
      <Heading2>3. Bevestig met de code uit de app</Heading2>
      <FormField>
        <FormLabel htmlFor={`${id}-totp`}>Code uit de app</FormLabel>
        <VeldFout fout={fout} veld="totpCode" id={`${id}-totp-fout`} />
        <Textbox id={`${id}-totp`} inputMode="numeric" autoComplete="one-time-code" value={totp}
          aria-describedby={`${id}-totp-fout`} onChange={(e) => setTotp(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="primary-action-button">Account maken</Button>
    </form>
  );
}
