// The beheerder's screen (issue "identity and administration"): whether his gemeente asks a second factor
// and whether its professionals log in through its own IdP (BeheerInlogdienst);
// the accounts of his gemeente (block, unblock, end sessions, reset a lost app); failed logins per account and
// per address they came from, and lifting a lock the throttle set; API tokens for integrations; professionals
// (new ones with an account, changing team, manager, contact and roles) and start passwords (a new account, a
// forgotten password); organisations and teams. He sees no household here.

import { useId, useState, type FormEvent } from "react";
import {
  Alert, Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, Heading3,
  Paragraph, Select, SelectOption, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox,
} from "@utrecht/component-library-react";
import { api, ApiFout } from "../api";
import type {
  AccountsPagina, ApiTokensPagina, Inlogbeleid, Medewerker, Medewerkers, MislukteInlogpogingen, NieuwAccount, NieuwApiToken,
  Organisaties, Teams,
} from "../typen";
import { Paginering } from "../onderdelen/Paginering";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Tabel } from "../onderdelen/Tabel";
import { VeldFout } from "../onderdelen/VeldFout";
import { datum, partijNaam, tijdstip } from "../teksten";
import { kRollen, useGeladen, type Terugmelding } from "./beheerDelen";
import { InlogdienstBeheer } from "./BeheerInlogdienst";
import { OrganisatieWijzigen } from "./BeheerOrganisatie";

type Regel = MislukteInlogpogingen["accounts"][number];

function Pogingen({ titel, kolom, regels, soort, opheffen }: {
  titel: string; kolom: string; regels: Regel[]; soort: "account" | "adres";
  opheffen: (soort: "account" | "adres", waarde: string) => Promise<void>;
}) {
  return (
    <section aria-label={titel}>
      <Heading3>{titel}</Heading3>
      {regels.length === 0 ? <Paragraph>Geen mislukte pogingen in de laatste 7 dagen.</Paragraph> : (
        <Tabel>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{kolom}</TableHeaderCell>
              <TableHeaderCell scope="col">Laatste 24 uur</TableHeaderCell>
              <TableHeaderCell scope="col">Laatste 7 dagen</TableHeaderCell>
              <TableHeaderCell scope="col">Laatste poging</TableHeaderCell>
              <TableHeaderCell scope="col">Geblokkeerd</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {regels.map((r) => (
              <TableRow key={r.sleutel}>
                <TableCell>{r.sleutel}</TableCell>
                <TableCell>{r.aantalDag}</TableCell>
                <TableCell>{r.aantalWeek}</TableCell>
                <TableCell>{tijdstip(r.laatsteOp)}</TableCell>
                <TableCell>
                  {r.geblokkeerdTot ? (
                    <>
                      tot {tijdstip(r.geblokkeerdTot)}{" "}
                      <Button appearance="secondary-action-button" onClick={() => void opheffen(soort, r.sleutel)}>
                        Blokkade van {r.sleutel} opheffen
                      </Button>
                    </>
                  ) : "nee"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
    </section>
  );
}

/** A start password, shown to the beheerder once: he passes it on himself; it only lets its holder choose his own. */
function Startwachtwoord({ wie, wachtwoord }: { wie: string; wachtwoord: string }) {
  return (
    <Alert type="ok" role="status">
      <Paragraph>
        Startwachtwoord voor {wie} (alleen nu te zien; geef het zelf door): <code className="regie-sleutel">{wachtwoord}</code>{" "}
        Bij de eerste inlog kiest {wie} een eigen wachtwoord.
      </Paragraph>
    </Alert>
  );
}


/** A new professional with a login account: his details, then the account with a start password. When the
 *  account fails (a name in use), the professional made stays, and the next try only makes the account. */
function NieuweMedewerker({ onKlaar }: { onKlaar: () => Promise<void> }) {
  const id = useId();
  const [naam, setNaam] = useState("");
  const [email, setEmail] = useState("");
  const [organisatie, setOrganisatie] = useState("");
  const [rollen, setRollen] = useState<string[]>(["regisseur"]);
  const [gebruikersnaam, setGebruikersnaam] = useState("");
  const [medewerkerId, setMedewerkerId] = useState<string | null>(null);
  const [klaar, setKlaar] = useState<{ wie: string; wachtwoord: string } | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [organisaties] = useGeladen<Organisaties>("/organisaties", setFout);
  const eigen = organisaties?.items.filter((o) => !o.gecontracteerd) ?? [];
  const gekozen = organisatie || eigen[0]?.id || "";
  const maken = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    setKlaar(null);
    try {
      let mid = medewerkerId;
      if (!mid) {
        mid = (await api<{ id: string }>("POST", "/medewerkers", { organisatieId: gekozen, naam: naam.trim(), email: email.trim(), rollen })).id;
        setMedewerkerId(mid);
      }
      const account = await api<NieuwAccount>("POST", "/beheer/accounts", { medewerkerId: mid, gebruikersnaam: gebruikersnaam.trim() });
      setKlaar({ wie: gebruikersnaam.trim(), wachtwoord: account.startwachtwoord });
      setMedewerkerId(null);
      setNaam(""); setEmail(""); setGebruikersnaam(""); setRollen(["regisseur"]);
      await onKlaar();
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <section aria-label="Nieuwe medewerker">
      <Heading3>Nieuwe medewerker met account</Heading3>
      {klaar && <Startwachtwoord wie={klaar.wie} wachtwoord={klaar.wachtwoord} />}
      <form onSubmit={maken} noValidate aria-label="Nieuwe medewerker">
        {fout && <Foutmelding fout={fout} velden={{ naam: "Naam", email: "E-mail", organisatieId: "Organisatie", rollen: "Rollen", gebruikersnaam: "Gebruikersnaam" }} />}
        {medewerkerId && <Paragraph>De medewerker is aangemaakt; alleen het account nog. Kies zo nodig een andere gebruikersnaam.</Paragraph>}
        <FormField>
          <FormLabel htmlFor={`${id}-naam`}>Naam</FormLabel>
          <VeldFout fout={fout} veld="naam" id={`${id}-naam-fout`} />
          <Textbox id={`${id}-naam`} value={naam} disabled={!!medewerkerId} aria-describedby={`${id}-naam-fout`} onChange={(e) => setNaam(e.target.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-email`}>E-mail (werk)</FormLabel>
          <VeldFout fout={fout} veld="email" id={`${id}-email-fout`} />
          <Textbox id={`${id}-email`} type="email" value={email} disabled={!!medewerkerId} aria-describedby={`${id}-email-fout`} onChange={(e) => setEmail(e.target.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-org`}>Organisatie</FormLabel>
          <VeldFout fout={fout} veld="organisatieId" id={`${id}-org-fout`} />
          <Select id={`${id}-org`} value={gekozen} disabled={!!medewerkerId} aria-describedby={`${id}-org-fout`} onChange={(e) => setOrganisatie(e.target.value)}>
            {eigen.map((o) => <SelectOption key={o.id} value={o.id}>{o.naam}</SelectOption>)}
          </Select>
        </FormField>
<Rollen id={id} rollen={rollen} setRollen={setRollen} fout={fout} uit={!!medewerkerId} />
        <FormField>
          <FormLabel htmlFor={`${id}-gebruikersnaam`}>Gebruikersnaam</FormLabel>
          <FormFieldDescription id={`${id}-gebruikersnaam-uitleg`}>3 tot 64 kleine letters, cijfers, punten of streepjes.</FormFieldDescription>
          <VeldFout fout={fout} veld="gebruikersnaam" id={`${id}-gebruikersnaam-fout`} />
          <Textbox id={`${id}-gebruikersnaam`} value={gebruikersnaam} autoComplete="off"
            aria-describedby={`${id}-gebruikersnaam-uitleg ${id}-gebruikersnaam-fout`} onChange={(e) => setGebruikersnaam(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="secondary-action-button" disabled={!organisaties}>Medewerker en account maken</Button>
      </form>
    </section>
  );
}

/** Changing one professional: team and manager, name, contact and roles, at the version that was read. */
function MedewerkerWijzigen({ m, onKlaar, onAnnuleer }: { m: Medewerker; onKlaar: (naam: string) => Promise<void>; onAnnuleer: () => void }) {
  const id = useId();
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [organisatie, setOrganisatie] = useState(m.organisatieId);
  const [organisaties] = useGeladen<Organisaties>("/organisaties", setFout);
  const [teams] = useGeladen<Teams>(`/teams?organisatieId=${organisatie}`, setFout);
  const [managers] = useGeladen<Medewerkers>("/medewerkers?rol=manager&paginaGrootte=100", setFout);
  const [naam, setNaam] = useState(m.naam);
  const [email, setEmail] = useState(m.email ?? "");
  const [telefoon, setTelefoon] = useState(m.telefoon ?? "");
  const [team, setTeam] = useState(m.teamId ?? "");
  const [manager, setManager] = useState(m.managerId ?? "");
  const [rollen, setRollen] = useState<string[]>(m.rollen);
  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    try {
      await api<Medewerker>("PUT", `/medewerkers/${m.id}`, {
        naam: naam.trim(), email: email.trim(), telefoon: telefoon.trim(), rollen, versie: m.versie, organisatieId: organisatie,
        ...(team ? { teamId: team } : {}), ...(manager ? { managerId: manager } : {}),
      });
      await onKlaar(naam.trim());
    } catch (err) {
      setFout(err as ApiFout);
    }
  };
  return (
    <form onSubmit={opslaan} noValidate aria-label={`${m.naam} wijzigen`}>
      {fout && <Foutmelding fout={fout} velden={{ naam: "Naam", email: "E-mail", telefoon: "Telefoon", organisatieId: "Organisatie", teamId: "Team", managerId: "Leidinggevende", rollen: "Rollen" }} />}
      <FormField>
        <FormLabel htmlFor={`${id}-naam`}>Naam</FormLabel>
        <VeldFout fout={fout} veld="naam" id={`${id}-naam-fout`} />
        <Textbox id={`${id}-naam`} value={naam} aria-describedby={`${id}-naam-fout`} onChange={(e) => setNaam(e.target.value)} />
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${id}-email`}>E-mail (werk)</FormLabel>
        <VeldFout fout={fout} veld="email" id={`${id}-email-fout`} />
        <Textbox id={`${id}-email`} type="email" value={email} aria-describedby={`${id}-email-fout`} onChange={(e) => setEmail(e.target.value)} />
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${id}-telefoon`}>Telefoon (werk)</FormLabel>
        <VeldFout fout={fout} veld="telefoon" id={`${id}-telefoon-fout`} />
        <Textbox id={`${id}-telefoon`} value={telefoon} aria-describedby={`${id}-telefoon-fout`} onChange={(e) => setTelefoon(e.target.value)} />
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${id}-organisatie`}>Organisatie</FormLabel>
        <FormFieldDescription id={`${id}-organisatie-uitleg`}>Wie nog regie voert, draagt die eerst over.</FormFieldDescription>
        <VeldFout fout={fout} veld="organisatieId" id={`${id}-organisatie-fout`} />
        <Select id={`${id}-organisatie`} value={organisatie} aria-describedby={`${id}-organisatie-uitleg ${id}-organisatie-fout`}
          onChange={(e) => { setOrganisatie(e.target.value); setTeam(""); }}>
          {organisaties?.items.filter((o) => !o.gecontracteerd).map((o) => <SelectOption key={o.id} value={o.id}>{o.naam}</SelectOption>)}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${id}-team`}>Team</FormLabel>
        <VeldFout fout={fout} veld="teamId" id={`${id}-team-fout`} />
        <Select id={`${id}-team`} value={team} aria-describedby={`${id}-team-fout`} onChange={(e) => setTeam(e.target.value)}>
          <SelectOption value="">Geen team</SelectOption>
          {teams?.items.map((t) => <SelectOption key={t.id} value={t.id}>{t.naam}</SelectOption>)}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${id}-manager`}>Leidinggevende</FormLabel>
        <VeldFout fout={fout} veld="managerId" id={`${id}-manager-fout`} />
        <Select id={`${id}-manager`} value={manager} aria-describedby={`${id}-manager-fout`} onChange={(e) => setManager(e.target.value)}>
          <SelectOption value="">Geen manager</SelectOption>
          {managers?.items.filter((x) => x.id !== m.id).map((x) => <SelectOption key={x.id} value={x.id}>{x.naam}</SelectOption>)}
        </Select>
      </FormField>
      <Rollen id={id} rollen={rollen} setRollen={setRollen} fout={fout} />
      <Button type="submit" appearance="primary-action-button">Opslaan</Button>{" "}
      <Button appearance="subtle-button" onClick={onAnnuleer}>Annuleren</Button>
    </form>
  );
}

/** The role checkboxes of a professional. */
function Rollen({ id, rollen, setRollen, fout, uit = false }: {
  id: string; rollen: string[]; setRollen: (f: (r: string[]) => string[]) => void; fout: ApiFout | null; uit?: boolean;
}) {
  return (
    <Fieldset>
      <FieldsetLegend>Rollen</FieldsetLegend>
      <VeldFout fout={fout} veld="rollen" id={`${id}-rollen-fout`} />
      {kRollen.map(([code, label]) => (
        <FormField key={code} type="checkbox">
          <Checkbox id={`${id}-rol-${code}`} checked={rollen.includes(code)} disabled={uit}
            onChange={(e) => setRollen((r) => (e.target.checked ? [...r, code] : r.filter((x) => x !== code)))} />
          <FormLabel htmlFor={`${id}-rol-${code}`} type="checkbox">{label}</FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}

/** The professionals of the gemeente's own organisations, a page at a time; one at a time is changed. */
function MedewerkersLijst({ onMelding, onFout }: Terugmelding) {
  const [pagina, setPagina] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const [lijst, herlaad] = useGeladen<Medewerkers>(`/medewerkers?pagina=${pagina}&paginaGrootte=25`, onFout);
  const [organisaties] = useGeladen<Organisaties>("/organisaties", onFout);
  const eigen = new Set(organisaties?.items.filter((o) => !o.gecontracteerd).map((o) => o.id) ?? []);
  const naamVan = new Map(organisaties?.items.map((o) => [o.id, o.naam]) ?? []);
  return (
    <section aria-label="Medewerkers">
      <Heading2>Medewerkers</Heading2>
      {!lijst ? <p role="status">Laden…</p> : (
        <>
          <Tabel>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Naam</TableHeaderCell>
                <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
                <TableHeaderCell scope="col">Rollen</TableHeaderCell>
                <TableHeaderCell scope="col"><span className="regie-verborgen">Wijzigen</span></TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.items.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>{m.naam}</TableCell>
                  <TableCell>{naamVan.get(m.organisatieId) ?? ""}</TableCell>
                  <TableCell>{m.rollen.join(", ")}</TableCell>
                  <TableCell>
                    {eigen.has(m.organisatieId) && open !== m.id && (
                      <Button appearance="subtle-button" onClick={() => setOpen(m.id)}>{m.naam} wijzigen</Button>
                    )}
                    {open === m.id && (
                      <MedewerkerWijzigen m={m} onAnnuleer={() => setOpen(null)} onKlaar={async (naam) => {
                        setOpen(null);
                        onMelding(`${naam} is gewijzigd.`);
                        onFout(null);
                        await herlaad();
                      }} />
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Tabel>
          <Paginering pagina={lijst.pagina} aantalPaginas={lijst.aantalPaginas} totaal={lijst.totaal} naar={setPagina} />
        </>
      )}
    </section>
  );
}

const kKetens = ["basiszorg", "lokaal_team", "zorgketen", "veiligheidsketen", "civiele_keten"];

/** The gemeente's organisations (and those it contracts) with their chains, caseload norm and teams; a new
 *  organisation of the gemeente, and a new team in one of its own. */
function OrganisatiesEnTeams({ onMelding, onFout }: Terugmelding) {
  const id = useId();
  const [organisaties, herlaadOrganisaties] = useGeladen<Organisaties>("/organisaties", onFout);
  const [teams, herlaadTeams] = useGeladen<Teams>("/teams", onFout);
  const [naam, setNaam] = useState("");
  const [ketens, setKetens] = useState<string[]>(["lokaal_team"]);
  const [norm, setNorm] = useState("");
  const [orgFout, setOrgFout] = useState<ApiFout | null>(null);
  const [teamNaam, setTeamNaam] = useState("");
  const [teamOrg, setTeamOrg] = useState("");
  const [teamFout, setTeamFout] = useState<ApiFout | null>(null);
  const eigen = organisaties?.items.filter((o) => !o.gecontracteerd) ?? [];
  const teamVoor = teamOrg || eigen[0]?.id || "";
  const [wijzigen, setWijzigen] = useState("");
  const gewijzigd = eigen.find((o) => o.id === wijzigen);
  const organisatieMaken = async (e: FormEvent) => {
    e.preventDefault();
    setOrgFout(null);
    const getal = Number(norm);
    try {
      await api<{ id: string }>("POST", "/organisaties", {
        naam: naam.trim(), ketens, ...(norm.trim() === "" ? {} : { caseloadNorm: Number.isInteger(getal) ? getal : 0 }),
      });
      onMelding(`Organisatie ${naam.trim()} is aangemaakt.`);
      setNaam(""); setNorm(""); setKetens(["lokaal_team"]);
      await herlaadOrganisaties();
    } catch (err) {
      setOrgFout(err as ApiFout);
    }
  };
  const teamMaken = async (e: FormEvent) => {
    e.preventDefault();
    setTeamFout(null);
    try {
      await api<{ id: string }>("POST", "/teams", { organisatieId: teamVoor, naam: teamNaam.trim() });
      onMelding(`Team ${teamNaam.trim()} is aangemaakt.`);
      setTeamNaam("");
      await herlaadTeams();
    } catch (err) {
      setTeamFout(err as ApiFout);
    }
  };
  return (
    <section aria-label="Organisaties en teams">
      <Heading2>Organisaties en teams</Heading2>
      {!organisaties ? <p role="status">Laden…</p> : (
        <Tabel>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
              <TableHeaderCell scope="col">Ketens</TableHeaderCell>
              <TableHeaderCell scope="col">Caseloadnorm</TableHeaderCell>
              <TableHeaderCell scope="col">Teams</TableHeaderCell>
              <TableHeaderCell scope="col">Gecontracteerd door</TableHeaderCell>
              <TableHeaderCell scope="col"><span className="regie-verborgen">Wijzigen</span></TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {organisaties.items.map((o) => (
              <TableRow key={o.id}>
                <TableCell>{o.naam}{o.gecontracteerd ? " (gecontracteerd, van een andere gemeente)" : o.regionaal ? " (regionaal)" : ""}</TableCell>
                <TableCell>{o.ketens.map((k) => partijNaam[k] ?? k).join(", ")}</TableCell>
                <TableCell>{o.caseloadNorm}</TableCell>
                <TableCell>{teams?.items.filter((t) => t.organisatieId === o.id).map((t) => t.naam).join(", ") || "geen"}</TableCell>
                <TableCell>
                  {o.gecontracteerd ? "—"
                    : (o.gecontracteerdDoor ?? []).map((c) => `${c.naam} (sinds ${datum(c.sinds)})`).join(", ") || "geen andere gemeente"}
                </TableCell>
                <TableCell>
                  {!o.gecontracteerd && (
                    <Button appearance="subtle-button" onClick={() => setWijzigen(o.id)}>{o.naam} wijzigen</Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
      {gewijzigd && (
        <OrganisatieWijzigen key={gewijzigd.id} organisatie={gewijzigd} onAnnuleren={() => setWijzigen("")} onKlaar={async (o) => {
          setWijzigen("");
          onMelding(`Organisatie ${o.naam} is gewijzigd.`);
          await herlaadOrganisaties();
        }} />
      )}
      <form onSubmit={organisatieMaken} noValidate aria-label="Nieuwe organisatie">
        <Heading3>Nieuwe organisatie</Heading3>
        {orgFout && <Foutmelding fout={orgFout} velden={{ naam: "Naam", ketens: "Ketens", caseloadNorm: "Caseloadnorm" }} />}
        <FormField>
          <FormLabel htmlFor={`${id}-orgnaam`}>Naam</FormLabel>
          <VeldFout fout={orgFout} veld="naam" id={`${id}-orgnaam-fout`} />
          <Textbox id={`${id}-orgnaam`} value={naam} aria-describedby={`${id}-orgnaam-fout`} onChange={(e) => setNaam(e.target.value)} />
        </FormField>
        <Fieldset>
          <FieldsetLegend>Ketens</FieldsetLegend>
          <VeldFout fout={orgFout} veld="ketens" id={`${id}-ketens-fout`} />
          {kKetens.map((k) => (
            <FormField key={k} type="checkbox">
              <Checkbox id={`${id}-keten-${k}`} checked={ketens.includes(k)}
                onChange={(e) => setKetens((r) => (e.target.checked ? [...r, k] : r.filter((x) => x !== k)))} />
              <FormLabel htmlFor={`${id}-keten-${k}`} type="checkbox">{partijNaam[k] ?? k}</FormLabel>
            </FormField>
          ))}
        </Fieldset>
        <FormField>
          <FormLabel htmlFor={`${id}-norm`}>Caseloadnorm</FormLabel>
          <FormFieldDescription id={`${id}-norm-uitleg`}>Punten per regisseur; leeg geeft de standaard (60).</FormFieldDescription>
          <VeldFout fout={orgFout} veld="caseloadNorm" id={`${id}-norm-fout`} />
          <Textbox id={`${id}-norm`} inputMode="numeric" value={norm} aria-describedby={`${id}-norm-uitleg ${id}-norm-fout`}
            onChange={(e) => setNorm(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="secondary-action-button">Organisatie maken</Button>
      </form>
      <form onSubmit={teamMaken} noValidate aria-label="Nieuw team">
        <Heading3>Nieuw team</Heading3>
        {teamFout && <Foutmelding fout={teamFout} velden={{ naam: "Naam van het team", organisatieId: "Organisatie" }} />}
        <FormField>
          <FormLabel htmlFor={`${id}-teamorg`}>Organisatie</FormLabel>
          <Select id={`${id}-teamorg`} value={teamVoor} onChange={(e) => setTeamOrg(e.target.value)}>
            {eigen.map((o) => <SelectOption key={o.id} value={o.id}>{o.naam}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-teamnaam`}>Naam van het team</FormLabel>
          <VeldFout fout={teamFout} veld="naam" id={`${id}-teamnaam-fout`} />
          <Textbox id={`${id}-teamnaam`} value={teamNaam} aria-describedby={`${id}-teamnaam-fout`} onChange={(e) => setTeamNaam(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="secondary-action-button" disabled={!organisaties}>Team maken</Button>
      </form>
    </section>
  );
}

function Accounts({ onMelding, onFout }: Terugmelding) {
  const [pagina, setPagina] = useState(1);
  const [start, setStart] = useState<{ wie: string; wachtwoord: string } | null>(null);
  const [lijst, herlaad] = useGeladen<AccountsPagina>(`/beheer/accounts?pagina=${pagina}&paginaGrootte=25`, onFout);
  const doe = async (id: string, actie: "_blokkeren" | "_deblokkeren" | "_uitloggen" | "tweede-factor", wat: string, vragen: boolean) => {
    if (vragen && !window.confirm(`${wat}?`)) return;
    try {
      if (actie === "tweede-factor") await api<void>("DELETE", `/beheer/accounts/${id}/tweede-factor`);
      else await api<void>("POST", `/beheer/accounts/${id}/${actie}`, {});
      onMelding(`${wat}: gedaan.`);
      onFout(null);
      await herlaad();
    } catch (e) {
      onFout(e as ApiFout);
    }
  };
  const startwachtwoord = async (accountId: string, wie: string) => {
    if (!window.confirm(`${wie} een nieuw startwachtwoord geven? Het huidige wachtwoord vervalt en de sessies eindigen.`)) return;
    try {
      const r = await api<{ startwachtwoord: string }>("POST", `/beheer/accounts/${accountId}/startwachtwoord`, {});
      setStart({ wie, wachtwoord: r.startwachtwoord });
      onFout(null);
      await herlaad();
    } catch (e) {
      onFout(e as ApiFout);
    }
  };
  return (
    <section aria-label="Accounts">
      <Heading2>Accounts</Heading2>
      {start && <Startwachtwoord wie={start.wie} wachtwoord={start.wachtwoord} />}
      {!lijst ? <p role="status">Laden…</p> : (
        <>
          <Tabel>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Gebruikersnaam</TableHeaderCell>
                <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
                <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
                <TableHeaderCell scope="col">Lopende sessies</TableHeaderCell>
                <TableHeaderCell scope="col">Tweede factor</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.items.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>{a.gebruikersnaam}</TableCell>
                  <TableCell>{a.medewerker}</TableCell>
                  <TableCell>{a.organisatie}</TableCell>
                  <TableCell>
                    {a.lopendeSessies}{" "}
                    {a.lopendeSessies > 0 && (
                      <Button appearance="subtle-button" onClick={() => void doe(a.id, "_uitloggen", `Alle sessies van ${a.gebruikersnaam} beëindigen`, true)}>
                        Sessies van {a.gebruikersnaam} beëindigen
                      </Button>
                    )}
                  </TableCell>
                  <TableCell>
                    {a.tweedeFactor ? "ingesteld" : "niet ingesteld"}{" "}
                    {a.tweedeFactor && (
                      <Button appearance="subtle-button" onClick={() => void doe(a.id, "tweede-factor", `De app en herstelcodes van ${a.gebruikersnaam} wissen (de sessies eindigen; bij de volgende inlog stelt hij een nieuwe app in)`, true)}>
                        Tweede factor van {a.gebruikersnaam} wissen
                      </Button>
                    )}
                  </TableCell>
                  <TableCell>
                    {a.geblokkeerd ? "geblokkeerd" : "actief"}{" "}
                    <Button appearance="subtle-button" onClick={() => void startwachtwoord(a.id, a.gebruikersnaam)}>
                      Startwachtwoord voor {a.gebruikersnaam}
                    </Button>{" "}
                    {a.geblokkeerd ? (
                      <Button appearance="subtle-button" onClick={() => void doe(a.id, "_deblokkeren", `${a.gebruikersnaam} deblokkeren`, false)}>
                        {a.gebruikersnaam} deblokkeren
                      </Button>
                    ) : (
                      <Button appearance="subtle-button" onClick={() => void doe(a.id, "_blokkeren", `${a.gebruikersnaam} blokkeren (de sessies eindigen meteen)`, true)}>
                        {a.gebruikersnaam} blokkeren
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Tabel>
          <Paginering pagina={lijst.pagina} aantalPaginas={lijst.aantalPaginas} totaal={lijst.totaal} naar={setPagina} />
        </>
      )}
      <NieuweMedewerker onKlaar={herlaad} />
    </section>
  );
}

function TweedeFactor({ onMelding, onFout }: Terugmelding) {
  const [beleid, , setBeleid] = useGeladen<Inlogbeleid>("/beheer/inlogbeleid", onFout);
  const zetten = async (verplicht: boolean) => {
    if (!verplicht && !window.confirm("Inloggen met alleen een wachtwoord toestaan? Doe dit alleen voor een demo- of oefenomgeving.")) return;
    try {
      setBeleid(await api<Inlogbeleid>("PUT", "/beheer/inlogbeleid", { tweedeFactorVerplicht: verplicht }));
      onMelding(verplicht
        ? "De tweede factor is nu verplicht. Wie nog geen app heeft, stelt die bij de volgende inlog in."
        : "De tweede factor staat uit voor wie nog geen app heeft ingesteld.");
      onFout(null);
    } catch (e) {
      onFout(e as ApiFout);
    }
  };
  return (
    <section aria-label="Tweede factor">
      <Heading2>Tweede factor</Heading2>
      {!beleid ? <p role="status">Laden…</p> : beleid.tweedeFactorVerplicht ? (
        <>
          <Paragraph>
            Verplicht: iedere medewerker logt in met wachtwoord en een code uit een app. Wie nog geen app heeft,
            stelt die bij de volgende inlog in en krijgt dan herstelcodes.
          </Paragraph>
          <Button appearance="secondary-action-button" onClick={() => void zetten(false)}>Tweede factor uitzetten</Button>
        </>
      ) : (
        <>
          <Alert type="warning">
            <Paragraph>
              Uit: medewerkers zonder app loggen in met alleen een wachtwoord. Dat is alleen bedoeld voor een
              demo- of oefenomgeving; de BIO vraagt een tweede factor voor elk account dat van buiten bereikbaar is.
            </Paragraph>
          </Alert>
          <Button appearance="primary-action-button" onClick={() => void zetten(true)}>Tweede factor verplicht maken</Button>
        </>
      )}
    </section>
  );
}

/** Tokens for integrations (scope "adviezen": the stateless regiekaart advice). A new token is shown once;
 *  revoking one ends its access at once. */
function ApiTokens({ onMelding, onFout }: Terugmelding) {
  const id = useId();
  const [pagina, setPagina] = useState(1);
  const [lijst, herlaad] = useGeladen<ApiTokensPagina>(`/beheer/api-tokens?pagina=${pagina}&paginaGrootte=25`, onFout);
  const [naam, setNaam] = useState("");
  const [dagen, setDagen] = useState("90");
  const [nieuw, setNieuw] = useState<NieuwApiToken | null>(null);
  const [formFout, setFormFout] = useState<ApiFout | null>(null);
  const aanmaken = async (e: FormEvent) => {
    e.preventDefault();
    setFormFout(null);
    setNieuw(null);
    const looptijd = Number(dagen);
    try {
      setNieuw(await api<NieuwApiToken>("POST", "/beheer/api-tokens", {
        naam: naam.trim(), scopes: ["adviezen"], ...(dagen.trim() === "" ? {} : { dagen: Number.isInteger(looptijd) ? looptijd : -1 }),
      }));
      setNaam("");
      await herlaad();
    } catch (err) {
      setFormFout(err as ApiFout);
    }
  };
  const intrekken = async (tokenId: string, tokenNaam: string) => {
    if (!window.confirm(`Token ${tokenNaam} intrekken? De koppeling die het gebruikt, heeft dan meteen geen toegang meer.`)) return;
    try {
      await api<void>("DELETE", `/beheer/api-tokens/${tokenId}`);
      onMelding(`Token ${tokenNaam} is ingetrokken.`);
      onFout(null);
      await herlaad();
    } catch (e) {
      onFout(e as ApiFout);
    }
  };
  return (
    <section aria-label="API-tokens">
      <Heading2>API-tokens voor koppelingen</Heading2>
      <Paragraph>
        Een koppeling (bijvoorbeeld het systeem van een wijkteam) vraagt met een token het advies over het niveau van de
        regiekaart op. Een token geeft nooit toegang tot huishoudens.
      </Paragraph>
      {nieuw && (
        <Alert type="ok" role="status">
          <Paragraph>
            Het nieuwe token (alleen nu te zien, kopieer het naar de koppeling): <code className="regie-sleutel">{nieuw.token}</code>{" "}
            Geldig tot {datum(nieuw.verlooptOp)}.
          </Paragraph>
        </Alert>
      )}
      <form onSubmit={aanmaken} noValidate aria-label="Nieuw API-token">
        {formFout && <Foutmelding fout={formFout} velden={{ naam: "Naam", dagen: "Geldig (dagen)", scopes: "Scope" }} />}
        <FormField>
          <FormLabel htmlFor={`${id}-naam`}>Naam</FormLabel>
          <FormFieldDescription id={`${id}-naam-uitleg`}>Voor welke koppeling, zodat u hem later herkent.</FormFieldDescription>
          <VeldFout fout={formFout} veld="naam" id={`${id}-naam-fout`} />
          <Textbox id={`${id}-naam`} value={naam} maxLength={100} aria-describedby={`${id}-naam-uitleg ${id}-naam-fout`}
            onChange={(e) => setNaam(e.target.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-dagen`}>Geldig (dagen)</FormLabel>
          <FormFieldDescription id={`${id}-dagen-uitleg`}>Van 1 tot en met 365 dagen.</FormFieldDescription>
          <VeldFout fout={formFout} veld="dagen" id={`${id}-dagen-fout`} />
          <Textbox id={`${id}-dagen`} inputMode="numeric" value={dagen} aria-describedby={`${id}-dagen-uitleg ${id}-dagen-fout`}
            onChange={(e) => setDagen(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="secondary-action-button">Token aanmaken</Button>
      </form>
      {!lijst ? <p role="status">Laden…</p> : lijst.items.length === 0 ? <Paragraph>Nog geen tokens.</Paragraph> : (
        <>
          <Tabel>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Naam</TableHeaderCell>
                <TableHeaderCell scope="col">Scope</TableHeaderCell>
                <TableHeaderCell scope="col">Aangemaakt</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.items.map((t) => {
                const verlopen = !t.ingetrokkenOp && new Date(t.verlooptOp) <= new Date();
                return (
                  <TableRow key={t.id}>
                    <TableCell>{t.naam}</TableCell>
                    <TableCell>{t.scopes.join(", ")}</TableCell>
                    <TableCell>{datum(t.aangemaaktOp)}</TableCell>
                    <TableCell>
                      {t.ingetrokkenOp ? `ingetrokken ${datum(t.ingetrokkenOp)}` : verlopen ? `verlopen ${datum(t.verlooptOp)}` : (
                        <>
                          geldig tot {datum(t.verlooptOp)}{" "}
                          <Button appearance="subtle-button" onClick={() => void intrekken(t.id, t.naam)}>Token {t.naam} intrekken</Button>
                        </>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Tabel>
          <Paginering pagina={lijst.pagina} aantalPaginas={lijst.aantalPaginas} totaal={lijst.totaal} naar={setPagina} />
        </>
      )}
    </section>
  );
}

export function Beheer() {
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [melding, setMelding] = useState("");
  const [overzicht, herlaad] = useGeladen<MislukteInlogpogingen>("/beheer/mislukte-inlogpogingen", setFout);
  const opheffen = async (soort: "account" | "adres", waarde: string) => {
    try {
      await api<void>("POST", "/beheer/mislukte-inlogpogingen/_opheffen", { soort, waarde });
      setMelding(`De blokkade van ${waarde} is opgeheven.`);
      setFout(null);
      await herlaad();
    } catch (e) {
      setFout(e as ApiFout);
    }
  };
  return (
    <>
      <Heading1>Beheer</Heading1>
      {melding && <Alert type="ok" role="status"><Paragraph>{melding}</Paragraph></Alert>}
      {fout && <Foutmelding fout={fout} />}
      <TweedeFactor onMelding={setMelding} onFout={setFout} />
      <InlogdienstBeheer onMelding={setMelding} onFout={setFout} />
      <Accounts onMelding={setMelding} onFout={setFout} />
      <MedewerkersLijst onMelding={setMelding} onFout={setFout} />
      <OrganisatiesEnTeams onMelding={setMelding} onFout={setFout} />
      <ApiTokens onMelding={setMelding} onFout={setFout} />
      <Heading2>Mislukte inlogpogingen</Heading2>
      <Paragraph>
        Pogingen om in te loggen op accounts van uw gemeente die mislukten, in de laatste 7 dagen. Na een paar
        mislukte pogingen moet men even wachten, na tien is het account een kwartier geblokkeerd. Heeft u
        vastgesteld dat het de medewerker zelf was, dan kunt u de blokkade hier opheffen.
      </Paragraph>
      {!overzicht && !fout && <p role="status">Laden…</p>}
      {overzicht && (
        <>
          <Pogingen titel="Per account" kolom="Gebruikersnaam" regels={overzicht.accounts} soort="account" opheffen={opheffen} />
          <Pogingen titel="Per adres" kolom="Adres" regels={overzicht.adressen} soort="adres" opheffen={opheffen} />
        </>
      )}
    </>
  );
}
