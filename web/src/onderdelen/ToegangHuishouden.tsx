// Who of the household and its network uses Regie themselves (DOMAIN.md §12): the regisseur invites a member
// (16+, or 12–15 together with a parent) or, with the household's consent, a network member with chosen
// rights. The code is shown once, to hand over in person or by phone; it holds seven days.

import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import {
  Alert, Button, Checkbox, FormField, FormFieldDescription, FormLabel, Heading2, Paragraph, Select, SelectOption, Textarea,
  Textbox, UnorderedList, UnorderedListItem,
} from "@utrecht/component-library-react";
import { api, ApiFout, haal } from "../api";
import { useLaden } from "../laden";
import type { Huishouden, UitgegevenUitnodiging, Uitnodigingen } from "../typen";
import { datum } from "../teksten";
import { Foutmelding } from "./Foutmelding";
import { VeldFout } from "./VeldFout";

const rechtNaam: Record<string, string> = {
  plan_lezen: "het plan lezen", reageren: "reageren en voorstellen doen", eigen_acties: "eigen acties afvinken",
};
const statusNaam: Record<string, string> = { open: "open", gebruikt: "gebruikt", ingetrokken: "ingetrokken", verlopen: "verlopen" };

export function ToegangHuishouden({ h }: { h: Huishouden }) {
  const id = useId();
  const [overzicht, setOverzicht] = useState<Uitnodigingen | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [persoon, setPersoon] = useState("");
  const [ouder, setOuder] = useState("");
  const [rechten, setRechten] = useState<string[]>(["plan_lezen"]);
  const [toestemming, setToestemming] = useState(false);
  const [besluit, setBesluit] = useState("");
  const [uitgegeven, setUitgegeven] = useState<UitgegevenUitnodiging | null>(null);
  const [perMail, setPerMail] = useState(false);
  const [email, setEmail] = useState("");
  const [mailMogelijk, setMailMogelijk] = useState(false);
  useEffect(() => {
    const signaal = new AbortController();
    haal<{ mailMogelijk: boolean }>("/mij/meldingen/instellingen", signaal.signal)
      .then((i) => setMailMogelijk(i.mailMogelijk))
      .catch(() => setMailMogelijk(false));
    return () => signaal.abort();
  }, []);

  const laad = useCallback(async (signaal: AbortSignal) => {
    try {
      setOverzicht(await haal<Uitnodigingen>(`/huishoudens/${h.id}/uitnodigingen`, signaal));
    } catch (e) {
      if (!signaal.aborted) setFout(e as ApiFout);
    }
  }, [h.id]);
  const herlaad = useLaden(laad);

  const naamVan = (persoonId: string) =>
    h.gezinsleden.find((l) => l.id === persoonId)?.voornaam ?? h.netwerk.find((n) => n.id === persoonId)?.naam ?? "iemand";
  const gekozen = persoon.split(":");
  const isNetwerk = gekozen[0] === "netwerklid";
  const lid = h.gezinsleden.find((l) => l.id === gekozen[1]);
  const metOuder = !!lid && lid.leeftijd.jaren >= 12 && lid.leeftijd.jaren < 16;
  // Only a member recorded as holding parental authority over the child looks on with him.
  const ouders = h.gezinsleden.filter((l) => lid?.gezag?.gezagsdragers.includes(l.id));

  const uitnodigen = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    setUitgegeven(null);
    try {
      const r = await api<UitgegevenUitnodiging>("POST", `/huishoudens/${h.id}/uitnodigingen`, {
        persoonSoort: gekozen[0] || "gezinslid", persoonId: gekozen[1] ?? "",
        ...(metOuder && ouder ? { ouderId: ouder } : {}),
        ...(isNetwerk ? { rechten, toestemmingHuishouden: toestemming } : {}),
        ...(besluit ? { besluit } : {}),
        ...(mailMogelijk && perMail ? { email: email.trim() } : {}),
      });
      setUitgegeven(r);
      setPersoon("");
      setBesluit("");
      setEmail("");
      await herlaad();
    } catch (err) {
      setFout(err instanceof ApiFout ? err : null);
    }
  };
  const toegangIntrekken = async (persoonId: string) => {
    if (!window.confirm(`De toegang van ${naamVan(persoonId)} stopt meteen. Doorgaan?`)) return;
    try {
      await api<void>("POST", `/huishoudens/${h.id}/portaaltoegang/${persoonId}/_intrekken`, {});
      await herlaad();
    } catch (err) {
      setFout(err instanceof ApiFout ? err : null);
    }
  };
  const intrekken = async (uitnodigingId: string) => {
    try {
      await api<void>("POST", `/huishoudens/${h.id}/uitnodigingen/${uitnodigingId}/_intrekken`, {});
      await herlaad();
    } catch (err) {
      setFout(err instanceof ApiFout ? err : null);
    }
  };

  return (
    <section aria-labelledby={`${id}-kop`}>
      <Heading2 id={`${id}-kop`}>Toegang voor het huishouden</Heading2>
      {overzicht && (
        <>
          {overzicht.accounts.length === 0 && <Paragraph>Nog niemand van het huishouden gebruikt Regie zelf.</Paragraph>}
          <UnorderedList>
            {overzicht.accounts.map((a) => (
              <UnorderedListItem key={a.persoonId}>
                {naamVan(a.persoonId)} heeft toegang sinds {datum(a.sinds)}: {a.rechten.map((r) => rechtNaam[r] ?? r).join(", ")}.{" "}
                {h.mag.regie && (
                  <Button appearance="secondary-action-button" onClick={() => void toegangIntrekken(a.persoonId)}>
                    Toegang intrekken
                  </Button>
                )}
              </UnorderedListItem>
            ))}
            {overzicht.items.filter((u) => u.status === "open").map((u) => (
              <UnorderedListItem key={u.id}>
                Uitnodiging voor {naamVan(u.persoonId)}, geldig tot {datum(u.geldigTot)} ({statusNaam[u.status]}){" "}
                {h.mag.regie && (
                  <Button appearance="secondary-action-button" onClick={() => void intrekken(u.id)}>Intrekken</Button>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {uitgegeven?.gemaild && (
        <Alert type="ok">
          <Paragraph>
            De uitnodiging is gemaild. Geef deze controlecode zelf door, persoonlijk of telefonisch, niet per e-mail:{" "}
            <code className="regie-sleutel">{uitgegeven.controlecode}</code>. Zonder deze code werkt de uitnodiging
            niet; na vijf verkeerde pogingen vervalt hij. Geldig tot {datum(uitgegeven.geldigTot)}. U ziet de code
            maar één keer.
          </Paragraph>
        </Alert>
      )}
      {uitgegeven && !uitgegeven.gemaild && (
        <Alert type="ok">
          <Paragraph>
            Uitnodigingscode: <code className="regie-sleutel">{uitgegeven.code}</code>. Geef deze code persoonlijk of
            telefonisch door; hij werkt één keer en tot {datum(uitgegeven.geldigTot)}. U ziet hem maar één keer. Zeg erbij:
            ga naar <code>/portaal/uitnodiging</code> van Regie.
          </Paragraph>
        </Alert>
      )}
      {h.mag.regie && h.fase !== "afgesloten" && (
        <form onSubmit={uitnodigen} noValidate className="regie-blok" aria-label="Iemand uitnodigen">
          {fout && <Foutmelding fout={fout} velden={{ persoonId: "Wie", ouderId: "Ouder", toestemmingHuishouden: "Instemming", email: "E-mailadres" }} />}
          <FormField>
            <FormLabel htmlFor={`${id}-wie`}>Wie uitnodigen</FormLabel>
            <VeldFout fout={fout} veld="persoonId" id={`${id}-wie-fout`} />
            <Select id={`${id}-wie`} value={persoon} aria-describedby={`${id}-wie-fout`} onChange={(e) => setPersoon(e.target.value)}>
              <SelectOption value="">Kies…</SelectOption>
              {h.gezinsleden.map((l) => <SelectOption key={l.id} value={`gezinslid:${l.id}`}>{l.voornaam} ({l.leeftijd.jaren} jaar)</SelectOption>)}
              {h.netwerk.map((n) => <SelectOption key={n.id} value={`netwerklid:${n.id}`}>{n.naam} (netwerk)</SelectOption>)}
            </Select>
          </FormField>
          {metOuder && (
            <FormField>
              <FormLabel htmlFor={`${id}-ouder`}>Ouder die meekijkt</FormLabel>
              {ouders.length === 0 && (
                <FormFieldDescription id={`${id}-ouder-uitleg`}>
                  Van dit kind is nog niet vastgelegd wie het gezag heeft. Doe dat eerst bij de gezinsleden.
                </FormFieldDescription>
              )}
              <VeldFout fout={fout} veld="ouderId" id={`${id}-ouder-fout`} />
              <Select id={`${id}-ouder`} value={ouder} aria-describedby={`${id}-ouder-fout`} onChange={(e) => setOuder(e.target.value)}>
                <SelectOption value="">Kies…</SelectOption>
                {ouders.map((l) => <SelectOption key={l.id} value={l.id}>{l.voornaam}</SelectOption>)}
              </Select>
            </FormField>
          )}
          {isNetwerk && (
            <>
              <fieldset className="regie-keuzes">
                <legend>Wat mag deze persoon</legend>
                {Object.entries(rechtNaam).map(([code, naam]) => (
                  <FormField type="checkbox" key={code}>
                    <Checkbox id={`${id}-recht-${code}`} checked={rechten.includes(code)}
                      onChange={(e) => setRechten((x) => (e.target.checked ? [...x, code] : x.filter((r) => r !== code)))} />
                    <FormLabel htmlFor={`${id}-recht-${code}`} type="checkbox">{naam}</FormLabel>
                  </FormField>
                ))}
              </fieldset>
              <FormField type="checkbox">
                <Checkbox id={`${id}-toestemming`} checked={toestemming} onChange={(e) => setToestemming(e.target.checked)} />
                <FormLabel htmlFor={`${id}-toestemming`} type="checkbox">Het huishouden stemt hiermee in</FormLabel>
              </FormField>
            </>
          )}
          {h.afgeschermd && (
            <FormField>
              <FormLabel htmlFor={`${id}-besluit`}>Uw besluit</FormLabel>
              <FormFieldDescription id={`${id}-besluit-uitleg`}>
                Dit huishouden valt onder afgeschermde regie. Schrijf op waarom deze persoon toch toegang krijgt.
              </FormFieldDescription>
              <VeldFout fout={fout} veld="besluit" id={`${id}-besluit-fout`} />
              <Textarea id={`${id}-besluit`} value={besluit} aria-describedby={`${id}-besluit-uitleg ${id}-besluit-fout`}
                onChange={(e) => setBesluit(e.target.value)} />
            </FormField>
          )}
          {mailMogelijk && (
            <>
              <FormField type="checkbox">
                <Checkbox id={`${id}-per-mail`} checked={perMail} onChange={(e) => setPerMail(e.target.checked)} />
                <FormLabel htmlFor={`${id}-per-mail`} type="checkbox">De code per e-mail sturen</FormLabel>
              </FormField>
              {perMail && (
                <FormField>
                  <FormLabel htmlFor={`${id}-email`}>E-mailadres</FormLabel>
                  <FormFieldDescription id={`${id}-email-uitleg`}>
                    Alleen een adres dat niemand anders leest: een e-mail kan laten zien dat er hulp is. Het adres
                    wordt niet bewaard. U krijgt een controlecode om zelf door te geven.
                  </FormFieldDescription>
                  <VeldFout fout={fout} veld="email" id={`${id}-email-fout`} />
                  <Textbox id={`${id}-email`} type="email" value={email} autoComplete="off"
                    aria-describedby={`${id}-email-uitleg ${id}-email-fout`} invalid={!!fout?.veld("email")}
                    onChange={(e) => setEmail(e.target.value)} />
                </FormField>
              )}
            </>
          )}
          <Button type="submit" appearance="secondary-action-button">Uitnodiging maken</Button>
        </form>
      )}
    </section>
  );
}
