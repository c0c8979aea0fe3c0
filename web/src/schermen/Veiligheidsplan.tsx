// The safety plan: concerns and dangers, the safety goal, the conditions set, who does what and when with
// supervision, warning signs with what to do and whom to call, monitoring and evaluation. Shielded parts
// are seen only by the professionals named on them; Regie keeps parts this user cannot see exactly as they
// were when he saves.

import { useId } from "react";
import {
  Alert, Button, Checkbox, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, Textarea, Textbox,
  UnorderedList, UnorderedListItem,
} from "@utrecht/component-library-react";
import { AppLink } from "../navigatie";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { VolgendeStap } from "../onderdelen/WatNuAandachtVraagt";
import { ConflictSamenvoegen, usePlanBewerking, type Samenvoegen } from "../onderdelen/planBewerking";
import { Samenvoeger, tekstOfLeeg } from "../onderdelen/samenvoegen";
import { VeldFout } from "../onderdelen/VeldFout";
import { datum, lidNaam } from "../teksten";

interface Deel { id?: string; titel: string; inhoud: string; zichtbaarVoor: string[]; tegen: string[] }
interface Plan {
  zorgenEnGevaren: string;
  veiligheidsdoel: string;
  eigenVoorstellen: string;
  eigenVoorstellenOvergenomen: string;  // "" (not said), "ja", "deels", "nee"
  voorwaarden: { omschrijving: string; gesteldDoor: string }[];
  afspraken: { wie: string; wat: string; wanneer: string; toezicht: string }[];
  signalen: { signaal: string; actie: string; noodcontact: string }[];
  monitoring: string;
  evaluatiedatum: string;
  afgeschermd: Deel[];
  omgevingNorm: string;
  omgevingBetrokken: string;
}
interface Antwoord extends Omit<Plan, "eigenVoorstellenOvergenomen"> {
  eigenVoorstellenOvergenomen: string | null;
  versie: number;
  opgesteldOp: string;
  bevindingen: { code: string; tekst: string }[];
  /** Only right after a save: members newly shielded against whose portal access ended with it. */
  portaaltoegangBeeindigd?: string[];
}

const leeg: Plan = {
  zorgenEnGevaren: "", veiligheidsdoel: "", eigenVoorstellen: "", eigenVoorstellenOvergenomen: "", voorwaarden: [], afspraken: [],
  signalen: [], monitoring: "", evaluatiedatum: "", afgeschermd: [], omgevingNorm: "", omgevingBetrokken: "",
};

const overnameNaam: Record<string, string> = { ja: "Ja, overgenomen", deels: "Deels overgenomen", nee: "Niet overgenomen" };

const uit = (p: Antwoord): Plan => ({
  zorgenEnGevaren: p.zorgenEnGevaren ?? "", veiligheidsdoel: p.veiligheidsdoel ?? "",
  eigenVoorstellen: p.eigenVoorstellen ?? "", eigenVoorstellenOvergenomen: p.eigenVoorstellenOvergenomen ?? "",
  omgevingNorm: p.omgevingNorm ?? "", omgevingBetrokken: p.omgevingBetrokken ?? "",
  voorwaarden: p.voorwaarden.map((v) => ({ omschrijving: v.omschrijving, gesteldDoor: v.gesteldDoor ?? "" })),
  afspraken: p.afspraken.map((a) => ({ wie: a.wie, wat: a.wat, wanneer: a.wanneer ?? "", toezicht: a.toezicht ?? "" })),
  signalen: p.signalen.map((s) => ({ signaal: s.signaal, actie: s.actie, noodcontact: s.noodcontact ?? "" })),
  monitoring: p.monitoring ?? "", evaluatiedatum: p.evaluatiedatum ?? "",
  afgeschermd: p.afgeschermd.map((d) => ({ id: d.id, titel: d.titel, inhoud: d.inhoud, zichtbaarVoor: d.zichtbaarVoor, tegen: d.tegen ?? [] })),
});

/** After a conflict: texts per field, conditions, agreements and signals as sets, shielded parts by id. */
const samenvoegen: Samenvoegen<Plan> = (basis, mijn, hun, keuzes, h) => {
  const s = new Samenvoeger(keuzes);
  const tekst = (k: "zorgenEnGevaren" | "veiligheidsdoel" | "eigenVoorstellen" | "monitoring" | "omgevingNorm" | "omgevingBetrokken", wat: string) =>
    s.waarde(k, wat, basis[k], mijn[k], hun[k], tekstOfLeeg)!;
  const namen = (ids: string[]) => ids.map((i) => h.betrokkenen.find((b) => b.medewerkerId === i)?.naam ?? "een professional").join(", ");
  const plan: Plan = {
    zorgenEnGevaren: tekst("zorgenEnGevaren", "Zorgen en gevaren"),
    veiligheidsdoel: tekst("veiligheidsdoel", "Veiligheidsdoel"),
    eigenVoorstellen: tekst("eigenVoorstellen", "Eigen voorstellen van huishouden en netwerk"),
    eigenVoorstellenOvergenomen: s.waarde("eigenVoorstellenOvergenomen", "Eigen voorstellen overgenomen", basis.eigenVoorstellenOvergenomen,
      mijn.eigenVoorstellenOvergenomen, hun.eigenVoorstellenOvergenomen, (o) => (o ? overnameNaam[o] : undefined) ?? "(niet gezegd)")!,
    omgevingNorm: tekst("omgevingNorm", "Geen overlast voor de omgeving"),
    omgevingBetrokken: tekst("omgevingBetrokken", "Hoe de omgeving wordt betrokken"),
    voorwaarden: s.verzameling("Voorwaarde", basis.voorwaarden, mijn.voorwaarden, hun.voorwaarden, (v) => v.omschrijving),
    afspraken: s.verzameling("Afspraak", basis.afspraken, mijn.afspraken, hun.afspraken, (a) => `${a.wie}: ${a.wat}`),
    signalen: s.verzameling("Signaal", basis.signalen, mijn.signalen, hun.signalen, (x) => `${x.signaal} → ${x.actie}`),
    monitoring: tekst("monitoring", "Volgen van de veiligheid"),
    evaluatiedatum: s.waarde("evaluatiedatum", "Evaluatiedatum", basis.evaluatiedatum, mijn.evaluatiedatum, hun.evaluatiedatum,
      (d) => (d ? datum(d) : "(leeg)"))!,
    afgeschermd: s.lijst("afgeschermd", basis.afgeschermd, mijn.afgeschermd, hun.afgeschermd, (d) => d.id,
      (d) => `Afgeschermd deel "${d.titel}"`,
      (d) => (d ? `${d.titel}: ${d.inhoud} (zichtbaar voor ${namen(d.zichtbaarVoor)})` : "(weggehaald)")),
  };
  return { plan, conflicten: s.conflicten, doorCollega: s.doorCollega };
};

/** Drops empty optional texts, so the server's validation speaks only of what was filled in. */
function zonderLeeg<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => !(typeof v === "string" && v.trim() === ""))) as Partial<T>;
}

export function Veiligheidsplan({ id }: { id: string }) {
  const { h, opgeslagen, plan, setPlan, geladen, fout, melding, opslaan, conflict } =
    usePlanBewerking<Antwoord, Plan>(id, "veiligheidsplan", leeg, uit, samenvoegen);
  const uid = useId();
  const naarInvoer = (basis: number | null) => ({
    ...zonderLeeg({
      zorgenEnGevaren: plan.zorgenEnGevaren, veiligheidsdoel: plan.veiligheidsdoel, eigenVoorstellen: plan.eigenVoorstellen,
      eigenVoorstellenOvergenomen: plan.eigenVoorstellenOvergenomen, monitoring: plan.monitoring, evaluatiedatum: plan.evaluatiedatum,
      omgevingNorm: plan.omgevingNorm, omgevingBetrokken: plan.omgevingBetrokken,
    }),
    voorwaarden: plan.voorwaarden.map(zonderLeeg),
    afspraken: plan.afspraken.map(zonderLeeg),
    signalen: plan.signalen.map(zonderLeeg),
    afgeschermd: plan.afgeschermd.map((d) => ({ ...(d.id ? { id: d.id } : {}), titel: d.titel, inhoud: d.inhoud, zichtbaarVoor: d.zichtbaarVoor, tegen: d.tegen })),
    ...(basis ? { basisVersie: basis } : {}),
  });

  if (!h || !geladen) return fout ? <Foutmelding fout={fout} /> : <p role="status">Laden…</p>;
  const professionals = h.betrokkenen;
  const lijstZetter = <K extends "voorwaarden" | "afspraken" | "signalen" | "afgeschermd">(k: K) =>
    (i: number, w: Partial<Plan[K][number]>) =>
      setPlan((p) => ({ ...p, [k]: (p[k] as Plan[K][number][]).map((x, j) => (j === i ? { ...x, ...w } : x)) }));
  const zetAfspraak = lijstZetter("afspraken");
  const zetSignaal = lijstZetter("signalen");
  const zetVoorwaarde = lijstZetter("voorwaarden");
  const zetDeel = lijstZetter("afgeschermd");
  const weghalen = (k: "voorwaarden" | "afspraken" | "signalen" | "afgeschermd", i: number, wat: string) => (
    <Button appearance="subtle-button" onClick={() => setPlan((p) => ({ ...p, [k]: (p[k] as unknown[]).filter((_, j) => j !== i) }))}>
      {wat} {i + 1} weghalen
    </Button>
  );

  const tekstveld = (label: string, waarde: string, zet: (w: string) => void, veld: string, lang = false) => {
    const fid = `${uid}-${veld.replace(/\W/g, "-")}`;
    return (
      <FormField key={veld}>
        <FormLabel htmlFor={fid}>{label}</FormLabel>
        <VeldFout fout={fout} veld={veld} id={`${fid}-fout`} />
        {lang ? (
          <Textarea id={fid} value={waarde} aria-describedby={`${fid}-fout`} invalid={!!fout?.veld(veld)} onChange={(e) => zet(e.target.value)} />
        ) : (
          <Textbox id={fid} value={waarde} aria-describedby={`${fid}-fout`} invalid={!!fout?.veld(veld)} onChange={(e) => zet(e.target.value)} />
        )}
      </FormField>
    );
  };

  return (
    <>
      <p className="regie-terug"><AppLink href={`/huishoudens/${id}`}>← {h.naam}</AppLink></p>
      <Heading1>Veiligheidsplan: {h.naam}</Heading1>
      <Paragraph>{opgeslagen ? `Versie ${opgeslagen.versie} van ${datum(opgeslagen.opgesteldOp)}` : "Nog geen veiligheidsplan: dit wordt versie 1."}</Paragraph>
      {melding && (
        <Alert type="ok" role="status">
          <Paragraph>{melding}</Paragraph>
          <VolgendeStap h={h} hier="/veiligheidsplan" />
        </Alert>
      )}
      {melding && !!opgeslagen?.portaaltoegangBeeindigd?.length && (
        <Alert type="warning" role="status">
          <Paragraph>
            De toegang tot het portaal van{" "}
            {opgeslagen.portaaltoegangBeeindigd.map((p) => {
              const lid = h.gezinsleden.find((l) => l.id === p);
              return lid ? lidNaam(lid) : "een gezinslid";
            }).join(", ")}{" "}
            is beëindigd, omdat een afgeschermd deel nu tegen hem of haar beschermt. Ook een open uitnodiging is
            ingetrokken. Toegang kan alleen opnieuw met een uitnodiging en uw vastgelegde besluit.
          </Paragraph>
        </Alert>
      )}
      {opgeslagen && opgeslagen.bevindingen.length > 0 && (
        <div className="regie-bevindingen" role="note">
          <strong>Kwaliteit:</strong>
          <UnorderedList>{opgeslagen.bevindingen.map((b) => <UnorderedListItem key={b.code}>{b.tekst}</UnorderedListItem>)}</UnorderedList>
        </div>
      )}
      <form onSubmit={opslaan(naarInvoer)} noValidate aria-label="Veiligheidsplan">
        {fout && fout.status !== 409 && <Foutmelding fout={fout} />}
        <ConflictSamenvoegen conflict={conflict} />
        {tekstveld("Zorgen en gevaren", plan.zorgenEnGevaren, (w) => setPlan((p) => ({ ...p, zorgenEnGevaren: w })), "zorgenEnGevaren", true)}
        {tekstveld("Veiligheidsdoel: wanneer is het veilig genoeg?", plan.veiligheidsdoel, (w) => setPlan((p) => ({ ...p, veiligheidsdoel: w })), "veiligheidsdoel", true)}

        <Heading2>Wat het huishouden en het netwerk zelf voorstellen</Heading2>
        <Paragraph>Vraag eerst hoe zij zelf de veiligheid willen waarborgen, en maak daarna de afspraken.</Paragraph>
        {tekstveld("Hun eigen voorstellen voor de veiligheid", plan.eigenVoorstellen, (w) => setPlan((p) => ({ ...p, eigenVoorstellen: w })), "eigenVoorstellen", true)}
        <FormField>
          <FormLabel htmlFor={`${uid}-overgenomen`}>Overgenomen in dit plan?</FormLabel>
          <VeldFout fout={fout} veld="eigenVoorstellenOvergenomen" id={`${uid}-overgenomen-fout`} />
          <Select id={`${uid}-overgenomen`} value={plan.eigenVoorstellenOvergenomen} aria-describedby={`${uid}-overgenomen-fout`}
            invalid={!!fout?.veld("eigenVoorstellenOvergenomen")}
            onChange={(e) => setPlan((p) => ({ ...p, eigenVoorstellenOvergenomen: e.target.value }))}>
            <SelectOption value="">Nog niet gezegd</SelectOption>
            {Object.entries(overnameNaam).map(([code, naam]) => <SelectOption key={code} value={code}>{naam}</SelectOption>)}
          </Select>
        </FormField>

        <Heading2>Voorwaarden</Heading2>
        {plan.voorwaarden.map((v, i) => (
          <fieldset key={i} className="regie-blok"><legend>Voorwaarde {i + 1}</legend>
            {tekstveld("Wat moet er minimaal gelden?", v.omschrijving, (w) => zetVoorwaarde(i, { omschrijving: w }), `voorwaarden[${i}].omschrijving`)}
            {tekstveld("Gesteld door", v.gesteldDoor, (w) => zetVoorwaarde(i, { gesteldDoor: w }), `voorwaarden[${i}].gesteldDoor`)}
            {weghalen("voorwaarden", i, "Voorwaarde")}
          </fieldset>
        ))}
        <Button appearance="secondary-action-button" onClick={() => setPlan((p) => ({ ...p, voorwaarden: [...p.voorwaarden, { omschrijving: "", gesteldDoor: "" }] }))}>Voorwaarde toevoegen</Button>

        <Heading2>Afspraken</Heading2>
        {plan.afspraken.map((a, i) => (
          <fieldset key={i} className="regie-blok"><legend>Afspraak {i + 1}</legend>
            <div className="regie-velden-rij">
              {tekstveld("Wie", a.wie, (w) => zetAfspraak(i, { wie: w }), `afspraken[${i}].wie`)}
              {tekstveld("Wanneer", a.wanneer, (w) => zetAfspraak(i, { wanneer: w }), `afspraken[${i}].wanneer`)}
              {tekstveld("Wie ziet erop toe", a.toezicht, (w) => zetAfspraak(i, { toezicht: w }), `afspraken[${i}].toezicht`)}
            </div>
            {tekstveld("Wat", a.wat, (w) => zetAfspraak(i, { wat: w }), `afspraken[${i}].wat`)}
            {weghalen("afspraken", i, "Afspraak")}
          </fieldset>
        ))}
        <Button appearance="secondary-action-button" onClick={() => setPlan((p) => ({ ...p, afspraken: [...p.afspraken, { wie: "", wat: "", wanneer: "", toezicht: "" }] }))}>Afspraak toevoegen</Button>

        <Heading2>Signalen en wat dan te doen</Heading2>
        {plan.signalen.map((s, i) => (
          <fieldset key={i} className="regie-blok"><legend>Signaal {i + 1}</legend>
            {tekstveld("Waaraan merkt u dat het misgaat?", s.signaal, (w) => zetSignaal(i, { signaal: w }), `signalen[${i}].signaal`)}
            {tekstveld("Wat doet u dan?", s.actie, (w) => zetSignaal(i, { actie: w }), `signalen[${i}].actie`)}
            {tekstveld("Wie belt u (noodcontact)?", s.noodcontact, (w) => zetSignaal(i, { noodcontact: w }), `signalen[${i}].noodcontact`)}
            {weghalen("signalen", i, "Signaal")}
          </fieldset>
        ))}
        <Button appearance="secondary-action-button" onClick={() => setPlan((p) => ({ ...p, signalen: [...p.signalen, { signaal: "", actie: "", noodcontact: "" }] }))}>Signaal toevoegen</Button>

        <Heading2>Afgeschermde delen</Heading2>
        <Paragraph>
          Een afgeschermd deel ziet alleen wie u erbij aanvinkt; voor anderen bestaat het niet in Regie. Gebruik het
          bijvoorbeeld voor een geheim adres.
        </Paragraph>
        {plan.afgeschermd.map((d, i) => (
          <fieldset key={i} className="regie-blok regie-afgeschermd"><legend>Afgeschermd deel {i + 1}</legend>
            {tekstveld("Titel", d.titel, (w) => zetDeel(i, { titel: w }), `afgeschermd[${i}].titel`)}
            {tekstveld("Inhoud", d.inhoud, (w) => zetDeel(i, { inhoud: w }), `afgeschermd[${i}].inhoud`, true)}
            <fieldset className="regie-keuze" aria-describedby={`${uid}-zicht${i}-uitleg`}>
              <legend>Zichtbaar voor</legend>
              <FormFieldDescription id={`${uid}-zicht${i}-uitleg`}>Minstens één persoon; vink uzelf aan om het deel te blijven zien.</FormFieldDescription>
              <VeldFout fout={fout} veld={`afgeschermd[${i}].zichtbaarVoor`} id={`${uid}-zicht${i}-fout`} />
              {professionals.map((b) => (
                <div key={b.medewerkerId} className="regie-vinkje">
                  <Checkbox id={`${uid}-zicht${i}-${b.medewerkerId}`} checked={d.zichtbaarVoor.includes(b.medewerkerId)}
                    onChange={(e) => zetDeel(i, { zichtbaarVoor: e.target.checked ? [...d.zichtbaarVoor, b.medewerkerId] : d.zichtbaarVoor.filter((x) => x !== b.medewerkerId) })} />
                  <label htmlFor={`${uid}-zicht${i}-${b.medewerkerId}`}>{b.naam} ({b.organisatie})</label>
                </div>
              ))}
            </fieldset>
            <fieldset className="regie-keuze" aria-describedby={`${uid}-tegen${i}-uitleg`}>
              <legend>Afgeschermd tegen</legend>
              <FormFieldDescription id={`${uid}-tegen${i}-uitleg`}>
                Het gezinslid tegen wie dit deel beschermt. Zo iemand krijgt alleen toegang tot het portaal met uw
                vastgelegde besluit.
              </FormFieldDescription>
              <VeldFout fout={fout} veld={`afgeschermd[${i}].tegen`} id={`${uid}-tegen${i}-fout`} />
              {h.gezinsleden.filter((l) => !l.leeftijd.ongeboren).map((l) => (
                <div key={l.id} className="regie-vinkje">
                  <Checkbox id={`${uid}-tegen${i}-${l.id}`} checked={d.tegen.includes(l.id)}
                    onChange={(e) => zetDeel(i, { tegen: e.target.checked ? [...d.tegen, l.id] : d.tegen.filter((x) => x !== l.id) })} />
                  <label htmlFor={`${uid}-tegen${i}-${l.id}`}>{lidNaam(l)}</label>
                </div>
              ))}
            </fieldset>
            {weghalen("afgeschermd", i, "Afgeschermd deel")}
          </fieldset>
        ))}
        <Button appearance="secondary-action-button" onClick={() => setPlan((p) => ({ ...p, afgeschermd: [...p.afgeschermd, { titel: "", inhoud: "", zichtbaarVoor: [], tegen: [] }] }))}>Afgeschermd deel toevoegen</Button>

        {((h.niveau ?? 0) >= 4 || plan.omgevingNorm.trim() !== "" || plan.omgevingBetrokken.trim() !== "") && (
          <>
            <Heading2>De omgeving (niveau 4 en 5)</Heading2>
            {tekstveld("Wanneer is er geen overlast meer voor de omgeving?", plan.omgevingNorm, (w) => setPlan((p) => ({ ...p, omgevingNorm: w })), "omgevingNorm", true)}
            {tekstveld("Hoe worden buren, school en wijk betrokken?", plan.omgevingBetrokken, (w) => setPlan((p) => ({ ...p, omgevingBetrokken: w })), "omgevingBetrokken", true)}
          </>
        )}

        <Heading2>Volgen en evalueren</Heading2>
        {tekstveld("Hoe houden we de veiligheid in de gaten?", plan.monitoring, (w) => setPlan((p) => ({ ...p, monitoring: w })), "monitoring", true)}
        <FormField>
          <FormLabel htmlFor={`${uid}-evaluatie`}>Evaluatiedatum</FormLabel>
          <VeldFout fout={fout} veld="evaluatiedatum" id={`${uid}-evaluatie-fout`} />
          <Textbox id={`${uid}-evaluatie`} type="date" value={plan.evaluatiedatum} aria-describedby={`${uid}-evaluatie-fout`}
            onChange={(e) => setPlan((p) => ({ ...p, evaluatiedatum: e.target.value }))} />
        </FormField>
        {h.mag.regie && h.fase !== "afgesloten" ? (
          <div className="regie-knoppen">
            <Button type="submit" appearance="primary-action-button">Veiligheidsplan opslaan als nieuwe versie</Button>
          </div>
        ) : (
          <Paragraph>Alleen de regisseurs van een lopend huishouden slaan een nieuwe versie op; u leest mee.</Paragraph>
        )}
      </form>
    </>
  );
}
