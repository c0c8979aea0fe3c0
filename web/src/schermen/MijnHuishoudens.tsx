// "Mijn huishoudens": the households I am involved in, with what needs attention. Filters, sort order and
// page live in the URL, so the back button and a reload keep them.

import { useEffect, useId, useState } from "react";
import {
  Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
} from "@utrecht/component-library-react";
import { Tabel } from "../onderdelen/Tabel";
import { ApiFout, haal } from "../api";
import type { CaseloadPagina } from "../typen";
import { AppLink, navigeer, useLocatie } from "../navigatie";
import { datum, faseNaam, kenmerkNaam, naamVan } from "../teksten";
import { NiveauLabel } from "../onderdelen/NiveauLabel";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Paginering } from "../onderdelen/Paginering";
import { Zoeken } from "./Zoeken";

const sorteringen: [string, string][] = [
  ["volgendeEvaluatie", "Eerstvolgende evaluatie"],
  ["naam", "Naam (A–Z)"],
  ["-niveau", "Niveau (hoog eerst)"],
  ["niveau", "Niveau (laag eerst)"],
  ["fase", "Fase"],
];

const filters = ["niveau", "fase", "kenmerk", "sorteer", "pagina"] as const;

export function MijnHuishoudens() {
  const { zoek } = useLocatie();
  const [data, setData] = useState<CaseloadPagina | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const id = useId();
  const waarde = (k: (typeof filters)[number]) => zoek.get(k) ?? "";
  const sorteer = waarde("sorteer") || "volgendeEvaluatie";
  const query = zoek.toString();

  useEffect(() => {
    const q = new URLSearchParams(query);
    if (!q.get("sorteer")) q.set("sorteer", "volgendeEvaluatie");
    q.set("paginaGrootte", "20");
    const stop = new AbortController();
    haal<CaseloadPagina>(`/mij/huishoudens?${q}`, stop.signal)
      .then((d) => !stop.signal.aborted && (setData(d), setFout(null)))
      .catch((e) => !stop.signal.aborted && setFout(e));
    return () => stop.abort();
  }, [query]);

  const zet = (sleutel: string, w: string) => {
    const q = new URLSearchParams(query);
    if (w) q.set(sleutel, w);
    else q.delete(sleutel);
    if (sleutel !== "pagina") q.delete("pagina");
    navigeer(`/?${q}`);
  };

  return (
    <>
      <Heading1>Mijn huishoudens</Heading1>
      <p className="regie-knoppen">
        <AppLink href="/huishoudens/nieuw" className="utrecht-button-link utrecht-button-link--primary-action">
          Nieuw huishouden
        </AppLink>
      </p>
      <div className="regie-balk">
        <form className="regie-filters" onSubmit={(e) => e.preventDefault()} aria-label="Filteren en sorteren">
          <FormField>
            <FormLabel htmlFor={`${id}-niveau`}>Niveau</FormLabel>
            <Select id={`${id}-niveau`} value={waarde("niveau")} onChange={(e) => zet("niveau", e.target.value)}>
              <SelectOption value="">Alle niveaus</SelectOption>
              {[1, 2, 3, 4, 5].map((n) => (
                <SelectOption key={n} value={String(n)}>Niveau {n}</SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor={`${id}-fase`}>Fase</FormLabel>
            <Select id={`${id}-fase`} value={waarde("fase")} onChange={(e) => zet("fase", e.target.value)}>
              <SelectOption value="">Alle lopende</SelectOption>
              {Object.entries(faseNaam).map(([code, naam]) => (
                <SelectOption key={code} value={code}>{naam}</SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor={`${id}-kenmerk`}>Aandacht nodig</FormLabel>
            <Select id={`${id}-kenmerk`} value={waarde("kenmerk")} onChange={(e) => zet("kenmerk", e.target.value)}>
              <SelectOption value="">Alles tonen</SelectOption>
              {["verlopen_acties", "open_maatregelen", "open_escalatie", "profiel_onvoldoende", "evaluatie_verstreken"].map((k) => (
                <SelectOption key={k} value={k}>{kenmerkNaam[k]}</SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor={`${id}-sorteer`}>Sorteren op</FormLabel>
            <Select id={`${id}-sorteer`} value={sorteer} onChange={(e) => zet("sorteer", e.target.value)}>
              {sorteringen.map(([code, naam]) => (
                <SelectOption key={code} value={code}>{naam}</SelectOption>
              ))}
            </Select>
          </FormField>
        </form>
        <Button appearance="secondary-action-button" onClick={() => navigeer("/")} disabled={!query}>
          Filters wissen
        </Button>
      </div>
      {fout && <Foutmelding fout={fout} />}
      {data && data.items.length === 0 && (
        <Paragraph>Geen huishoudens gevonden{query ? " met deze filters" : ""}.</Paragraph>
      )}
      {data && data.items.length > 0 && (
        <Tabel className="regie-caseload">
          <caption className="regie-verborgen">Mijn huishoudens, {data.totaal} in totaal</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Huishouden</TableHeaderCell>
              <TableHeaderCell scope="col">Niveau</TableHeaderCell>
              <TableHeaderCell scope="col">Fase</TableHeaderCell>
              <TableHeaderCell scope="col">Volgende evaluatie</TableHeaderCell>
              <TableHeaderCell scope="col">Acties over tijd</TableHeaderCell>
              <TableHeaderCell scope="col">Aandacht</TableHeaderCell>
              <TableHeaderCell scope="col">Mijn rol</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.items.map((h) => (
              <TableRow key={h.id}>
                <TableCell>
                  <AppLink href={`/huishoudens/${h.id}`}>{h.naam}</AppLink>
                </TableCell>
                <TableCell>
                  <NiveauLabel niveau={h.niveau} kleur={h.kleur} />
                </TableCell>
                <TableCell>{naamVan(faseNaam, h.fase)}</TableCell>
                <TableCell>
                  {!h.volgendeEvaluatie ? "nog niet gepland"
                    : h.kenmerken.includes("evaluatie_verstreken") ? <strong>{datum(h.volgendeEvaluatie)} (verstreken)</strong>
                    : datum(h.volgendeEvaluatie)}
                </TableCell>
                <TableCell>{h.verlopenActies > 0 ? <strong>{h.verlopenActies}</strong> : "0"}</TableCell>
                <TableCell>
                  {h.kenmerken.filter((k) => k !== "verlopen_acties" && k !== "evaluatie_verstreken").map((k) => (
                    <span key={k} className={`regie-kenmerk regie-kenmerk--${k}`}>{naamVan(kenmerkNaam, k)}</span>
                  ))}
                </TableCell>
                <TableCell>{h.mijnRol}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
      {data && (
        <Paginering pagina={data.pagina} aantalPaginas={data.aantalPaginas} totaal={data.totaal}
          naar={(p) => zet("pagina", String(p))} />
      )}
      <Heading2>Een huishouden zoeken</Heading2>
      <Zoeken />
    </>
  );
}
