// The beheerder connects his gemeente's own identity provider (OpenID Connect, ADR 0021): where it is, how
// Regie identifies itself there (its own key, whose public half he registers at the IdP, or a client secret
// where the IdP can do no better), which claim names the account, the assurance level required, and whether
// an unknown colleague gets an account at his first login (where, with which roles for which group).

import { useId, useState, type FormEvent } from "react";
import {
  Button, Checkbox, FormField, FormFieldDescription, FormLabel, Heading2, Paragraph, Select, SelectOption, Textarea,
} from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import type { InlogdienstInstelling, Organisaties, Teams } from "../typen";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Keuze } from "../onderdelen/Keuze";
import { TekstVeld } from "../onderdelen/TekstVeld";
import { VeldFout } from "../onderdelen/VeldFout";
import { kRollen, useGeladen, type Terugmelding } from "./beheerDelen";

const kTerugkeerPad = "/api/v1/inlogdiensten/terugkeer";

/** "waarde=iets" per line, as the beheerder types it, and back. */
function paren(tekst: string): [string, string][] {
  return tekst.split("\n").map((r) => r.trim()).filter(Boolean).map((r) => {
    const is = r.indexOf("=");
    return [is < 0 ? r : r.slice(0, is).trim(), is < 0 ? "" : r.slice(is + 1).trim()];
  });
}
function rollenTekst(i: InlogdienstInstelling | null): string {
  return (i?.rollen ?? []).map((r) => `${r.waarde}=${r.rol}`).join("\n");
}
const rollenLijst = (tekst: string) => paren(tekst).map(([waarde, rol]) => ({ waarde, rol }));
/** Teams by name in the form, by id in the API; a name no team has goes as it is and the server names it. */
function teamsTekst(i: InlogdienstInstelling | null, teams: Teams | null): string {
  return (i?.teams ?? []).map((t) => `${t.waarde}=${teams?.items.find((x) => x.id === t.teamId)?.naam ?? t.teamId}`).join("\n");
}
function teamsLijst(tekst: string, teams: Teams | null) {
  return paren(tekst).map(([waarde, naam]) => ({ waarde, teamId: teams?.items.find((t) => t.naam === naam)?.id ?? naam }));
}

function Formulier({ huidig, onOpgeslagen, onFout }: {
  huidig: InlogdienstInstelling; onOpgeslagen: (i: InlogdienstInstelling) => void; onFout: (f: ApiFout | null) => void;
}) {
  const id = useId();
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [naam, setNaam] = useState(huidig.naam ?? "Inloggen via de gemeente");
  const [issuer, setIssuer] = useState(huidig.issuer ?? "");
  const [clientId, setClientId] = useState(huidig.clientId ?? "");
  const [authenticatie, setAuthenticatie] = useState<"private_key_jwt" | "client_secret_basic">(huidig.authenticatie ?? "private_key_jwt");
  const [geheim, setGeheim] = useState("");
  const [terugkeer, setTerugkeer] = useState(huidig.terugkeerAdres ?? window.location.origin + kTerugkeerPad);
  const [claim, setClaim] = useState(huidig.accountClaim ?? "preferred_username");
  const [acr, setAcr] = useState(huidig.acr ?? "");
  const [aanmaken, setAanmaken] = useState(huidig.aanmakenBijEersteLogin ?? false);
  const [organisatie, setOrganisatie] = useState(huidig.organisatieId ?? "");
  const [rollenClaim, setRollenClaim] = useState(huidig.rollenClaim ?? "");
  const [rollen, setRollen] = useState(rollenTekst(huidig));
  const [organisaties] = useGeladen<Organisaties>("/organisaties", setFout);
  const [teams] = useGeladen<Teams>("/teams", setFout);
  const [teamClaim, setTeamClaim] = useState(huidig.teamClaim ?? "");
  const [teamsInvoer, setTeamsInvoer] = useState<string | null>(null);
  const teamsWaarde = teamsInvoer ?? teamsTekst(huidig, teams);
  const eigen = organisaties?.items.filter((o) => !o.gecontracteerd) ?? [];

  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    try {
      onOpgeslagen(await api<InlogdienstInstelling>("PUT", "/beheer/inlogdienst", {
        naam: naam.trim(), issuer: issuer.trim(), clientId: clientId.trim(), authenticatie,
        ...(authenticatie === "client_secret_basic" && geheim ? { clientSecret: geheim } : {}),
        terugkeerAdres: terugkeer.trim(), accountClaim: claim.trim(), acr: acr.trim(),
        aanmakenBijEersteLogin: aanmaken, organisatieId: aanmaken ? organisatie || eigen[0]?.id || "" : "",
        rollenClaim: rollenClaim.trim(), rollen: rollenLijst(rollen),
        teamClaim: aanmaken ? teamClaim.trim() : "", teams: aanmaken ? teamsLijst(teamsWaarde, teams) : [],
      }));
      setGeheim("");
      onFout(null);
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <form onSubmit={opslaan} noValidate aria-label="Inlogdienst instellen">
      {fout && <Foutmelding fout={fout} velden={{
        naam: "Tekst op de inlogknop", issuer: "Adres van de inlogdienst", clientId: "Client-id", clientSecret: "Clientgeheim",
        terugkeerAdres: "Terugkeeradres", accountClaim: "Claim met de gebruikersnaam", organisatieId: "Organisatie",
        rollenClaim: "Claim met de groepen", teamClaim: "Claim met de afdeling",
        ...Object.fromEntries(paren(teamsWaarde).map(([w], i) => [`teams[${i}].teamId`, `Team voor ${w}`])) }} />}
      {<TekstVeld label="Tekst op de inlogknop" veld="naam" waarde={naam} onChange={setNaam} fout={fout} />}
      {<TekstVeld label="Adres van de inlogdienst (issuer)" veld="issuer" waarde={issuer} onChange={setIssuer} fout={fout}
        uitleg="Zoals de inlogdienst zichzelf noemt, met https." />}
      {<TekstVeld label="Client-id van Regie" veld="clientId" waarde={clientId} onChange={setClientId} fout={fout} />}
      <Keuze<"private_key_jwt" | "client_secret_basic"> vraag="Hoe Regie zich bij de inlogdienst meldt" naam="authenticatie"
        fout={fout} waarde={authenticatie} onChange={setAuthenticatie} opties={[
          { waarde: "private_key_jwt", label: "Met een eigen sleutel (private_key_jwt)", uitleg: "Aanbevolen: Regie maakt de sleutel; u registreert de publieke helft." },
          { waarde: "client_secret_basic", label: "Met een clientgeheim", uitleg: "Alleen als de inlogdienst geen sleutel aankan." },
        ]} />
      {authenticatie === "client_secret_basic" && (
        <TekstVeld label="Clientgeheim" veld="clientSecret" waarde={geheim} onChange={setGeheim} fout={fout} type="password"
          uitleg={huidig.heeftClientSecret ? "Leeg laten houdt het bewaarde geheim." : "Het geheim dat de inlogdienst voor Regie gaf."} />
      )}
      <TekstVeld label="Terugkeeradres (redirect URI)" veld="terugkeerAdres" waarde={terugkeer} onChange={setTerugkeer} fout={fout}
        uitleg={`Het adres van Regie met ${kTerugkeerPad} erachter, precies zoals bij de inlogdienst geregistreerd.`} />
      <TekstVeld label="Claim met de gebruikersnaam" veld="accountClaim" waarde={claim} onChange={setClaim} fout={fout}
        uitleg="Bijvoorbeeld preferred_username of email." />
      <TekstVeld label="Vereist betrouwbaarheidsniveau (acr)" veld="acr" waarde={acr} onChange={setAcr} fout={fout}
        uitleg="Leeg: geen eis. Vraag hier het niveau met een tweede factor." />
      <FormField type="checkbox">
        <Checkbox id={`${id}-aanmaken`} checked={aanmaken} onChange={(e) => setAanmaken(e.target.checked)} />
        <FormLabel htmlFor={`${id}-aanmaken`} type="checkbox">Een onbekende medewerker krijgt bij zijn eerste inlog een account</FormLabel>
      </FormField>
      {aanmaken && (
        <>
          <FormField>
            <FormLabel htmlFor={`${id}-organisatie`}>Organisatie voor nieuwe accounts</FormLabel>
            <VeldFout fout={fout} veld="organisatieId" id={`${id}-organisatie-fout`} />
            <Select id={`${id}-organisatie`} value={organisatie || eigen[0]?.id || ""} aria-describedby={`${id}-organisatie-fout`}
              onChange={(e) => setOrganisatie(e.target.value)}>
              {eigen.map((o) => <SelectOption key={o.id} value={o.id}>{o.naam}</SelectOption>)}
            </Select>
          </FormField>
          <TekstVeld label="Claim met de afdeling" veld="teamClaim" waarde={teamClaim} onChange={setTeamClaim} fout={fout}
            uitleg="Bijvoorbeeld department. Leeg: elk nieuw account komt in de organisatie hierboven." />
          <FormField>
            <FormLabel htmlFor={`${id}-teams`}>Team per afdeling</FormLabel>
            <FormFieldDescription id={`${id}-teams-uitleg`}>
              Per regel waarde=teamnaam; het account komt in dat team en zijn organisatie. Zonder passende waarde geldt
              de organisatie hierboven.
            </FormFieldDescription>
            <Textarea id={`${id}-teams`} value={teamsWaarde} aria-describedby={`${id}-teams-uitleg`}
              onChange={(e) => setTeamsInvoer(e.target.value)} />
          </FormField>
        </>
      )}
      <TekstVeld label="Claim met de groepen" veld="rollenClaim" waarde={rollenClaim} onChange={setRollenClaim} fout={fout}
        uitleg="Bijvoorbeeld groups. Leeg: de rollen worden alleen in Regie beheerd. Met een claim bepaalt de inlogdienst de rollen: bij elke inlog krijgt de medewerker de rollen van zijn groepen, en een groep die hij daar verliest, is hij hier ook kwijt." />
      <FormField>
        <FormLabel htmlFor={`${id}-rollen`}>Rol per groep</FormLabel>
        <FormFieldDescription id={`${id}-rollen-uitleg`}>
          Per regel groep=rol; rollen: {kRollen.map(([code]) => code).join(", ")}.
        </FormFieldDescription>
        <VeldFout fout={fout} veld="rollenClaim" id={`${id}-rollen-fout`} />
        <Textarea id={`${id}-rollen`} value={rollen} aria-describedby={`${id}-rollen-uitleg ${id}-rollen-fout`}
          onChange={(e) => setRollen(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="primary-action-button">Inlogdienst opslaan</Button>
    </form>
  );
}

export function InlogdienstBeheer({ onMelding, onFout }: Terugmelding) {
  const [instelling, herlaad, setInstelling] = useGeladen<InlogdienstInstelling>("/beheer/inlogdienst", onFout);
  const [bewerken, setBewerken] = useState(false);
  const verwijderen = async () => {
    if (!window.confirm("Inloggen via de inlogdienst uitzetten? Medewerkers loggen dan weer met hun wachtwoord in.")) return;
    try {
      await api<void>("DELETE", "/beheer/inlogdienst");
      onMelding("Inloggen via de inlogdienst staat uit.");
      onFout(null);
      await herlaad();
    } catch (e) {
      onFout(e as ApiFout);
    }
  };
  return (
    <section aria-label="Inlogdienst">
      <Heading2>Inloggen via de inlogdienst van de gemeente</Heading2>
      {!instelling ? <p role="status">Laden…</p> : (
        <>
          {instelling.ingesteld ? (
            <Paragraph>
              Medewerkers loggen in via {instelling.issuer} (knop: “{instelling.naam}”). Het account is de medewerker met
              gebruikersnaam gelijk aan de claim {instelling.accountClaim}
              {instelling.aanmakenBijEersteLogin ? "; wie nog geen account heeft, krijgt er een bij de eerste inlog." : "; accounts maakt u zelf vooraf aan."}
            </Paragraph>
          ) : (
            <Paragraph>Niet ingesteld: medewerkers loggen in met gebruikersnaam, wachtwoord en tweede factor.</Paragraph>
          )}
          {instelling.publiekeSleutel && (
            <>
              <Paragraph>Registreer bij de inlogdienst deze publieke sleutel van Regie (of het sleuteladres van Regie):</Paragraph>
              <pre className="regie-sleutel" aria-label="Publieke sleutel">{JSON.stringify(instelling.publiekeSleutel)}</pre>
            </>
          )}
          {bewerken ? (
            <Formulier huidig={instelling} onFout={onFout} onOpgeslagen={(i) => {
              setInstelling(i);
              setBewerken(false);
              onMelding("De inlogdienst is opgeslagen.");
            }} />
          ) : (
            <Button appearance="secondary-action-button" onClick={() => setBewerken(true)}>
              {instelling.ingesteld ? "Inlogdienst wijzigen" : "Inlogdienst instellen"}
            </Button>
          )}
          {instelling.ingesteld && !bewerken && (
            <Button appearance="subtle-button" onClick={() => void verwijderen()}>Inlogdienst uitzetten</Button>
          )}
        </>
      )}
    </section>
  );
}
