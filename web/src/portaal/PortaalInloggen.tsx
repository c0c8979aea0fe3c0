// Logging in to the household's portal: name, password and the code from the app (or a recovery code).

import { useId, useState, type FormEvent } from "react";
import { Button, FormField, FormFieldDescription, FormLabel, Heading1, Paragraph, Textbox } from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import { AppLink } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";

export function PortaalInloggen({ onIngelogd }: { onIngelogd: () => Promise<void> }) {
  const id = useId();
  const [naam, setNaam] = useState("");
  const [wachtwoord, setWachtwoord] = useState("");
  const [code, setCode] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [bezig, setBezig] = useState(false);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setBezig(true);
    setFout(null);
    try {
      await api("POST", "/portaal/sessies", { gebruikersnaam: naam, wachtwoord, code: code.trim() }, false);
      setWachtwoord("");
      setCode("");
      await onIngelogd();
    } catch (err) {
      setFout(err instanceof ApiFout ? err : null);
    } finally {
      setBezig(false);
    }
  };

  return (
    <form onSubmit={verstuur} noValidate className="regie-inloggen">
      <Heading1>Inloggen op ons plan</Heading1>
      <Paragraph>Hier leest u het plan van uw gezin en vinkt u uw eigen afspraken af.</Paragraph>
      {fout && <Foutmelding fout={fout} />}
      <FormField>
        <FormLabel htmlFor={`${id}-naam`}>Gebruikersnaam</FormLabel>
        <Textbox id={`${id}-naam`} autoComplete="username" value={naam} onChange={(e) => setNaam(e.target.value)} />
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${id}-ww`}>Wachtwoord</FormLabel>
        <Textbox id={`${id}-ww`} type="password" autoComplete="current-password" value={wachtwoord}
          onChange={(e) => setWachtwoord(e.target.value)} />
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${id}-code`}>Code uit de app</FormLabel>
        <FormFieldDescription id={`${id}-code-uitleg`}>Zes cijfers. Geen telefoon bij de hand? Gebruik een van uw herstelcodes.</FormFieldDescription>
        <Textbox id={`${id}-code`} autoComplete="one-time-code" inputMode="text" value={code}
          aria-describedby={`${id}-code-uitleg`} onChange={(e) => setCode(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>Inloggen</Button>
      <Paragraph>Kreeg u een uitnodigingscode? <AppLink href="/portaal/uitnodiging">Maak dan eerst uw account</AppLink>.</Paragraph>
    </form>
  );
}
