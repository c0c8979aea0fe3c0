// One household: who belongs to it, who helps, who holds regie, its regiekaart level and what the level
// asks, and the phase with what still stands in the way of the next one.

import { useCallback, useId, useState } from "react";
import {
  Alert, Checkbox, DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem,
} from "@utrecht/component-library-react";
import { Tabel } from "../onderdelen/Tabel";
import { api, ApiFout, haal } from "../api";
import { useLaden } from "../laden";
import type { Betrokkene, Huishouden as HuishoudenData, InzetVastgelegd } from "../typen";
import { AppLink, useLocatie } from "../navigatie";
import {
  datum, faseNaam, grondslagNaam, inzetCriteriumNaam, kaderNaam, naamVan, relatieNaam, regieRolNaam, lidNaam,
} from "../teksten";
import { leeftijdTekst } from "../onderdelen/Leeftijd";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { NoodtoegangAanvragen } from "../onderdelen/Noodtoegang";
import { RegiekaartKaart } from "../onderdelen/RegiekaartKaart";
import { Notities } from "../onderdelen/Notities";
import { ReactiesHuishouden } from "../onderdelen/ReactiesHuishouden";
import { ToegangHuishouden } from "../onderdelen/ToegangHuishouden";
import { WatNuAandachtVraagt } from "../onderdelen/WatNuAandachtVraagt";
import {
  FaseWisselen, GeboorteVastleggen, GezagVastleggen, gezagTekst, GezinslidToevoegen, NetwerkToevoegen, ProfessionalBetrekken, RegisseurAanwijzen, RegisseurActies, useMedewerkers,
} from "../onderdelen/Samenstelling";

/** Under restricted sharing: whether the printed plan may show this professional's organisation and phone. */
function ContactDelen({ h, b, open, herlaad }: { h: HuishoudenData; b: Betrokkene; open: boolean; herlaad: () => Promise<void> }) {
  const id = useId();
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [aan, setAan] = useState(b.contactDeelbaar);  // at once; back when the server refuses
  if (!open) return <>{b.contactDeelbaar ? "Organisatie en telefoon" : "Alleen de naam"}</>;
  const zet = async (deelbaar: boolean) => {
    setAan(deelbaar);
    try {
      await api("PATCH", `/huishoudens/${h.id}/betrokkenen/${b.id}`, { contactDeelbaar: deelbaar });
      setFout(null);
      await herlaad();
    } catch (err) {
      setAan(!deelbaar);
      setFout(err as ApiFout);
    }
  };
  return (
    <>
      {fout && <Foutmelding fout={fout} />}
      <Checkbox id={`${id}-delen`} checked={aan} onChange={(e) => void zet(e.target.checked)} />{" "}
      <label htmlFor={`${id}-delen`}>Organisatie en telefoon van {b.naam} tonen</label>
    </>
  );
}

/** What the registration recorded about deploying the method, in one line. */
function inzetTekst(inzet: InzetVastgelegd | null): string {
  if (!inzet) return "niet vastgelegd bij de aanmelding";
  const delen = inzet.criteria.map((c) => naamVan(inzetCriteriumNaam, c).toLowerCase());
  if (inzet.acuutGevaar) delen.push("acuut gevaar bij de aanmelding");
  if (inzet.basiszorgOnvoldoende) delen.push("de basiszorg schoot tekort");
  const tekst = delen.join("; ");
  return inzet.contraIndicatie ? `${tekst} (contra-indicatie gezien en bewust gestart)` : tekst;
}

export function Huishouden({ id }: { id: string }) {
  const besloten = useLocatie().zoek.get("besloten");
  const [h, setH] = useState<HuishoudenData | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);

  const medewerkers = useMedewerkers();
  const laad = useCallback(async (signaal: AbortSignal) => {
    try {
      setH(await haal<HuishoudenData>(`/huishoudens/${id}`, signaal));
    } catch (e) {
      if (!signaal.aborted) setFout(e as ApiFout);
    }
  }, [id]);

  const herlaad = useLaden(laad);

  if (fout) return <GeenToegang fout={fout} huishoudenId={id} onVerleend={() => { setFout(null); void herlaad(); }} />;
  if (!h) return <p className="regie-laden" role="status">Het huishouden wordt geladen…</p>;
  // Changes only where the server allows them: a closed household is read only, and only its regisseurs do
  // regie (an involved professional adds notes, a manager handles escalations).
  const open = h.fase !== "afgesloten" && h.mag.regie;

  return (
    <>
      <p className="regie-terug">
        <AppLink href="/">← Mijn huishoudens</AppLink>
      </p>
      <Heading1>{h.naam}</Heading1>
      {besloten && (
        <Alert type="ok" role="status">
          <Paragraph>Het besluit is vastgelegd: niveau {besloten}. Hieronder staat wat dat nu vraagt.</Paragraph>
        </Alert>
      )}
      <WatNuAandachtVraagt h={h} />
      <nav aria-label="Werken aan dit huishouden" className="regie-knoppen">
        {open && (
          <AppLink href={`/huishoudens/${h.id}/taxatie`} className="utrecht-button-link utrecht-button-link--primary-action">
            Taxatie doen
          </AppLink>
        )}
        <AppLink href={`/huishoudens/${h.id}/ondersteuningsplan`} className="utrecht-button-link utrecht-button-link--secondary-action">
          Ondersteuningsplan
        </AppLink>
        <AppLink href={`/huishoudens/${h.id}/veiligheidsplan`} className="utrecht-button-link utrecht-button-link--secondary-action">
          Veiligheidsplan
        </AppLink>
        <AppLink href={`/huishoudens/${h.id}/veiligheid`} className="utrecht-button-link utrecht-button-link--secondary-action">
          Signalen, maatregelen en meldcode
        </AppLink>
        <AppLink href={`/huishoudens/${h.id}/escalaties`} className="utrecht-button-link utrecht-button-link--secondary-action">
          Escalaties
        </AppLink>
        {h.crisislaag && (
          <AppLink href={`/huishoudens/${h.id}/crisislaag`} className="utrecht-button-link utrecht-button-link--secondary-action">
            Crisislaag
          </AppLink>
        )}
        <AppLink href={`/huishoudens/${h.id}/kader`} className="utrecht-button-link utrecht-button-link--secondary-action">
          Kader en dwangbesluiten
        </AppLink>
        <AppLink href={`/huishoudens/${h.id}/geschiedenis`} className="utrecht-button-link utrecht-button-link--secondary-action">
          Geschiedenis
        </AppLink>
        <AppLink href={`/huishoudens/${h.id}/afdrukken`} className="utrecht-button-link utrecht-button-link--secondary-action">
          Plan afdrukken
        </AppLink>
      </nav>
      {h.kader !== "vrijwillig" && (
        <Paragraph>
          Kader van de hulp: <strong>{naamVan(kaderNaam, h.kader)}</strong>.{" "}
          <AppLink href={`/huishoudens/${h.id}/kader`}>Kader en dwangbesluiten</AppLink>
        </Paragraph>
      )}
      {h.afgeschermd && (
        <Alert type="warning">
          <Paragraph>Dit dossier is afgeschermd. Deel niets zonder overleg met de regisseur.</Paragraph>
        </Alert>
      )}
      <DataList className="regie-kop-gegevens">
        <DataListItem>
          <DataListKey>Fase</DataListKey>
          <DataListValue>{naamVan(faseNaam, h.fase)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Niveau sinds</DataListKey>
          <DataListValue>{h.niveauSinds ? datum(h.niveauSinds) : "nog geen niveau vastgesteld"}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Waarom deze aanpak</DataListKey>
          <DataListValue>{inzetTekst(h.inzet)}</DataListValue>
        </DataListItem>
      </DataList>

      {h.regiekaart ? (
        <RegiekaartKaart kaart={h.regiekaart} />
      ) : (
        <Paragraph>Er is nog geen niveau vastgesteld. Doe eerst een taxatie.</Paragraph>
      )}

      <section aria-labelledby="leden-titel">
        <Heading2 id="leden-titel">Gezinsleden</Heading2>
        {h.gezinsleden.length === 0 ? <Paragraph>Nog geen gezinsleden vastgelegd.</Paragraph> : (
        <Tabel>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Relatie</TableHeaderCell>
              <TableHeaderCell scope="col">Leeftijd</TableHeaderCell>
              <TableHeaderCell scope="col">Geboortedatum</TableHeaderCell>
              <TableHeaderCell scope="col">Gezag</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {h.gezinsleden.map((l) => (
              <TableRow key={l.id}>
                <TableCell>{lidNaam(l)}</TableCell>
                <TableCell>{naamVan(relatieNaam, l.relatie)}</TableCell>
                <TableCell>{leeftijdTekst(l)}</TableCell>
                <TableCell>{l.geboortedatum ? datum(l.geboortedatum) : "—"}</TableCell>
                <TableCell>{gezagTekst(h, l)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
        )}
        {open && h.gezinsleden.filter((l) => l.leeftijd.ongeboren).map((l) => (
          <GeboorteVastleggen key={l.id} h={h} lid={l} herlaad={herlaad} />
        ))}
        {open && <GezinslidToevoegen h={h} herlaad={herlaad} />}
        {open && <GezagVastleggen h={h} herlaad={herlaad} />}
      </section>

      <section aria-labelledby="netwerk-titel">
        <Heading2 id="netwerk-titel">Netwerk</Heading2>
        {h.netwerk.length === 0 ? (
          <Paragraph>Nog niemand uit het netwerk vastgelegd.</Paragraph>
        ) : (
          <UnorderedList>
            {h.netwerk.map((n) => (
              <UnorderedListItem key={n.id}>
                {n.naam} ({n.relatie}){n.contact ? `, ${n.contact}` : ""}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        {open && <NetwerkToevoegen h={h} herlaad={herlaad} />}
      </section>

      <section aria-labelledby="regie-titel">
        <Heading2 id="regie-titel">Regisseurs</Heading2>
        {h.regisseurs.length === 0 ? (
          <Paragraph>Er is nog geen regisseur aangewezen.</Paragraph>
        ) : (
          <UnorderedList>
            {h.regisseurs.map((r) => (
              <UnorderedListItem key={r.id}>
                <strong>{naamVan(regieRolNaam, r.rol)}:</strong> {r.naam}, sinds {datum(r.van)}
                {r.aandachtsgebied.length > 0 &&
                  ` (aandachtsgebied: ${r.aandachtsgebied.map((a) => a.leefgebied?.replaceAll("_", " ") ?? "een gezinslid").join(", ")})`}
                {r.grondslag && `; op grond van: ${naamVan(grondslagNaam, r.grondslag)}${r.grondslagKenmerk ? ` (${r.grondslagKenmerk})` : ""}`}
                {r.knelpunt && (
                  <span className="regie-kenmerk regie-kenmerk--profiel_onvoldoende">
                    profiel past niet bij het niveau
                  </span>
                )}
                {open && <RegisseurActies h={h} r={r} herlaad={herlaad} medewerkers={medewerkers} />}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        {open && <RegisseurAanwijzen h={h} herlaad={herlaad} medewerkers={medewerkers} />}
      </section>

      <section aria-labelledby="betrokken-titel">
        <Heading2 id="betrokken-titel">Betrokken professionals</Heading2>
        <Tabel>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
              <TableHeaderCell scope="col">Rol</TableHeaderCell>
              <TableHeaderCell scope="col">Contact</TableHeaderCell>
              {h.afgeschermd && <TableHeaderCell scope="col">In documenten voor het huishouden</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {h.betrokkenen.map((b) => (
              <TableRow key={b.id}>
                <TableCell>{b.naam}</TableCell>
                <TableCell>{b.organisatie}</TableCell>
                <TableCell>{b.rol}</TableCell>
                <TableCell>{[b.telefoon, b.email].filter(Boolean).join(" · ")}</TableCell>
                {h.afgeschermd && (
                  <TableCell>
                    <ContactDelen h={h} b={b} open={open} herlaad={herlaad} />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
        {open && <ProfessionalBetrekken h={h} herlaad={herlaad} medewerkers={medewerkers} />}
      </section>

      <section aria-labelledby="fase-titel">
        <Heading2 id="fase-titel">Volgende fase</Heading2>
        <UnorderedList>
          {h.volgendeFasen.map((f) => (
            <UnorderedListItem key={f.fase}>
              <strong>{naamVan(faseNaam, f.fase)}</strong>:{" "}
              {f.drempels.length === 0 ? "kan nu" : `eerst nog: ${f.drempels.map((d) => d.tekst ?? d.code).join("; ")}`}
            </UnorderedListItem>
          ))}
        </UnorderedList>
        {open && <FaseWisselen h={h} herlaad={herlaad} />}
      </section>

      <ReactiesHuishouden h={h} />

      <ToegangHuishouden h={h} />

      <Notities huishoudenId={h.id} open={h.fase !== "afgesloten" && h.mag.notitie} />
    </>
  );
}

function GeenToegang({ fout, huishoudenId, onVerleend }: { fout: ApiFout; huishoudenId: string; onVerleend: () => void }) {
  const titel =
    fout.status === 403 ? "U hebt geen toegang tot dit huishouden"
    : fout.status === 404 ? "Dit huishouden bestaat niet"
    : "Het huishouden kon niet worden geladen";
  return (
    <>
      <Heading1>{titel}</Heading1>
      <Foutmelding fout={fout} />
      {fout.status === 403 && (
        <>
          <Paragraph>
            Alleen wie bij het huishouden betrokken is, kan het dossier openen. Zoek het huishouden op naam om te
            zien wie de regie heeft, en neem contact met die persoon op. Is er spoed en is de regisseur niet
            bereikbaar, vraag dan noodtoegang.
          </Paragraph>
          <NoodtoegangAanvragen huishoudenId={huishoudenId} onVerleend={onVerleend} />
        </>
      )}
      <Paragraph>
        <AppLink href="/">Terug naar mijn huishoudens</AppLink>
      </Paragraph>
    </>
  );
}
