import { useId, useState, type FormEvent } from "react";
import { Button, FormField, FormLabel, Heading1, Paragraph, Textbox } from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import type { SessieInfo } from "../typen";
import { Foutmelding } from "../onderdelen/Foutmelding";

interface Props {
  titel: string;
  titelId?: string;
  uitleg?: string;
  onIngelogd: (sessie: SessieInfo) => void | Promise<void>;
}

export function InlogFormulier({ titel, titelId, uitleg, onIngelogd }: Props) {
  const [naam, setNaam] = useState("");
  const [wachtwoord, setWachtwoord] = useState("");
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [bezig, setBezig] = useState(false);
  const id = useId();

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setBezig(true);
    setFout(null);
    try {
      const sessie = await api<SessieInfo>("POST", "/sessies", { gebruikersnaam: naam, wachtwoord }, false);
      setWachtwoord("");
      await onIngelogd(sessie);
    } catch (err) {
      setFout(err instanceof ApiFout ? err : new ApiFout(0, "", String(err)));
    } finally {
      setBezig(false);
    }
  };

  return (
    <form onSubmit={verstuur} noValidate className="regie-inloggen">
      <Heading1 id={titelId}>{titel}</Heading1>
      {uitleg && <Paragraph>{uitleg}</Paragraph>}
      {fout && <Foutmelding fout={fout} />}
      <FormField>
        <FormLabel htmlFor={`${id}-naam`}>Gebruikersnaam</FormLabel>
        <Textbox
          id={`${id}-naam`}
          name="gebruikersnaam"
          autoComplete="username"
          value={naam}
          onChange={(e) => setNaam(e.target.value)}
          required
        />
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${id}-wachtwoord`}>Wachtwoord</FormLabel>
        <Textbox
          id={`${id}-wachtwoord`}
          name="wachtwoord"
          type="password"
          autoComplete="current-password"
          value={wachtwoord}
          onChange={(e) => setWachtwoord(e.target.value)}
          required
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
        Inloggen
      </Button>
    </form>
  );
}
