// "Mijn acties": every action this professional owns in the plans of his households, the overdue first. The
// status changes in place; the list keeps the row until it is loaded again, so a slip can be undone.

import { useCallback, useEffect, useId, useState } from "react";
import {
  Checkbox, FormField, FormLabel, Heading1, Paragraph, Select, SelectOption, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
} from "@utrecht/component-library-react";
import { Tabel } from "../onderdelen/Tabel";
import { api, ApiFout, haal } from "../api";
import type { MijnActie, MijnActiesPagina } from "../typen";
import { AppLink, navigeer, useLocatie } from "../navigatie";
import { actieStatusNaam, datum } from "../teksten";
import { Foutmelding } from "../onderdelen/Foutmelding";
import { Paginering } from "../onderdelen/Paginering";

function ActieStatus({ actie, gewijzigd }: { actie: MijnActie; gewijzigd: (a: MijnActie) => void }) {
  const id = useId();
  const [fout, setFout] = useState<ApiFout | null>(null);
  const zet = async (status: string) => {
    try {
      await api<void>("PATCH", `/huishoudens/${actie.huishoudenId}/ondersteuningsplan/acties/${actie.actieId}`,
        { status, statusVersie: actie.statusVersie });
      setFout(null);
      const lopend = status === "open" || status === "bezig";
      gewijzigd({ ...actie, status: status as MijnActie["status"], statusVersie: actie.statusVersie + 1, overTijd: actie.overTijd && lopend });
    } catch (e) {
      setFout(e as ApiFout);
    }
  };
  return (
    <>
      <FormLabel htmlFor={id} className="regie-verborgen">Status van {actie.omschrijving}</FormLabel>
      <Select id={id} value={actie.status} onChange={(e) => void zet(e.target.value)}>
        {Object.entries(actieStatusNaam).map(([c, n]) => <SelectOption key={c} value={c}>{n}</SelectOption>)}
      </Select>
      {fout && <Foutmelding fout={fout} />}
    </>
  );
}

export function MijnActies() {
  const { zoek } = useLocatie();
  const id = useId();
  const [data, setData] = useState<MijnActiesPagina | null>(null);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const ookAfgerond = zoek.get("ookAfgerond") === "true";
  const pagina = Number(zoek.get("pagina") ?? "1") || 1;

  const laad = useCallback(async (signaal: AbortSignal) => {
    const q = new URLSearchParams({ pagina: String(pagina), paginaGrootte: "20" });
    if (ookAfgerond) q.set("ookAfgerond", "true");
    try {
      const antwoord = await haal<MijnActiesPagina>(`/mij/acties?${q}`, signaal);
      if (signaal.aborted) return;
      setData(antwoord);
      setFout(null);
    } catch (e) {
      if (!signaal.aborted) setFout(e instanceof ApiFout ? e : null);
    }
  }, [pagina, ookAfgerond]);

  useEffect(() => {
    const stop = new AbortController();
    void laad(stop.signal);
    return () => stop.abort();
  }, [laad]);

  const zet = (afgerond: boolean, p = 1) => {
    const q = new URLSearchParams();
    if (afgerond) q.set("ookAfgerond", "true");
    if (p > 1) q.set("pagina", String(p));
    const tekst = q.toString();
    navigeer(`/acties${tekst ? `?${tekst}` : ""}`);
  };
  const gewijzigd = (a: MijnActie) =>
    setData((d) => d && { ...d, items: d.items.map((x) => (x.actieId === a.actieId && x.huishoudenId === a.huishoudenId ? a : x)) });

  return (
    <>
      <Heading1>Mijn acties</Heading1>
      <Paragraph>De acties uit de ondersteuningsplannen die op uw naam staan. Wat over tijd is, staat bovenaan.</Paragraph>
      {fout && <Foutmelding fout={fout} />}
      <div className="regie-velden-rij">
        <FormField type="checkbox">
          <Checkbox id={`${id}-afgerond`} checked={ookAfgerond} onChange={(e) => zet(e.target.checked)} />
          <FormLabel htmlFor={`${id}-afgerond`} type="checkbox">Ook gedane en gestopte acties</FormLabel>
        </FormField>
      </div>
      {data && data.items.length === 0 && <Paragraph>Er staan geen acties op uw naam.</Paragraph>}
      {data && data.items.length > 0 && (
          <Tabel className="regie-acties">
            <caption className="regie-verborgen">Mijn acties, {data.totaal} in totaal</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Actie</TableHeaderCell>
                <TableHeaderCell scope="col">Huishouden</TableHeaderCell>
                <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((a) => (
                <TableRow key={`${a.huishoudenId}:${a.actieId}`} className={a.overTijd ? "regie-over-tijd" : undefined}>
                  <TableCell>
                    {a.omschrijving}
                    <span className="regie-klein"> (doel: {a.doel})</span>
                  </TableCell>
                  <TableCell>
                    <AppLink href={`/huishoudens/${a.huishoudenId}/ondersteuningsplan`}>{a.huishoudenNaam}</AppLink>
                  </TableCell>
                  <TableCell>
                    {a.uiterlijk ? datum(a.uiterlijk) : "geen datum"}
                    {a.overTijd && <strong className="regie-over-tijd-tekst"> over tijd</strong>}
                  </TableCell>
                  <TableCell><ActieStatus actie={a} gewijzigd={gewijzigd} /></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Tabel>
      )}
      {data && (
        <Paginering pagina={data.pagina} aantalPaginas={data.aantalPaginas} totaal={data.totaal}
          naar={(p) => zet(ookAfgerond, p)} />
      )}
    </>
  );
}
