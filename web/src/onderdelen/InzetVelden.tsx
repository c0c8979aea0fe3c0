// Why the method is deployed, asked at registration (DOMAIN.md §2): the criteria that hold, or the intake's
// acute route; and, when motivation stays absent and the household is indifferent, the contra-indication to
// acknowledge. It warns; it never stops the registration.

import {
  Alert, Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, Paragraph, Select, SelectOption,
} from "@utrecht/component-library-react";
import type { ApiFout } from "../api";
import { inzetCriteriumNaam, motivatieNaam } from "../teksten";
import { VeldFout } from "./VeldFout";

export interface Inzet {
  criteria: string[];
  acuutGevaar: boolean;
  basiszorgOnvoldoende: boolean;
  motivatie: string;
  onverschillig: boolean;
  contraIndicatieErkend: boolean;
}

export const nieuweInzet = (): Inzet => ({
  criteria: [], acuutGevaar: false, basiszorgOnvoldoende: false, motivatie: "aanwezig", onverschillig: false,
  contraIndicatieErkend: false,
});

export const heeftContraIndicatie = (i: Inzet) => i.motivatie === "afwezig_na_motivatietraject" && i.onverschillig;

export const inzetIngevuld = (i: Inzet) =>
  i.criteria.length > 0 || i.acuutGevaar || i.basiszorgOnvoldoende || i.motivatie !== "aanwezig" || i.onverschillig;

interface Props {
  inzet: Inzet;
  zet: (w: Partial<Inzet>) => void;
  fout: ApiFout | null;  // the problems under "inzet."
  id: string;
}

export function InzetVelden({ inzet, zet, fout, id }: Props) {
  const vink = (naam: keyof Inzet, label: string) => (
    <FormField type="checkbox">
      <Checkbox id={`${id}-${naam}`} checked={inzet[naam] as boolean} onChange={(e) => zet({ [naam]: e.target.checked })} />
      <FormLabel htmlFor={`${id}-${naam}`} type="checkbox">{label}</FormLabel>
    </FormField>
  );
  const criteriaFout = fout?.veld("criteria");
  return (
    <>
      <Fieldset invalid={!!criteriaFout} aria-describedby={`${id}-criteria-uitleg ${id}-criteria-fout`}>
        <FieldsetLegend>Waarom deze aanpak? (criteria voor inzet)</FieldsetLegend>
        <FormFieldDescription id={`${id}-criteria-uitleg`}>
          Vink aan wat voor dit huishouden geldt; minstens één, tenzij er acuut gevaar is of de basiszorg tekortschiet.
        </FormFieldDescription>
        <VeldFout fout={fout} veld="criteria" id={`${id}-criteria-fout`} />
        {Object.entries(inzetCriteriumNaam).map(([code, label]) => (
          <FormField key={code} type="checkbox">
            <Checkbox id={`${id}-c-${code}`} checked={inzet.criteria.includes(code)}
              onChange={(e) => zet({ criteria: e.target.checked ? [...inzet.criteria, code] : inzet.criteria.filter((c) => c !== code) })} />
            <FormLabel htmlFor={`${id}-c-${code}`} type="checkbox">{label}</FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>Eerste check op veiligheid en basiszorg</FieldsetLegend>
        {vink("acuutGevaar", "Er is acuut gevaar")}
        {vink("basiszorgOnvoldoende", "De basiszorg schiet tekort")}
        {(inzet.acuutGevaar || inzet.basiszorgOnvoldoende) && (
          <Paragraph>De aanpak start dan altijd, en de extra veiligheidsacties gelden vanaf nu.</Paragraph>
        )}
      </Fieldset>
      <FormField>
        <FormLabel htmlFor={`${id}-motivatie`}>Wil het huishouden meewerken?</FormLabel>
        <VeldFout fout={fout} veld="motivatie" id={`${id}-motivatie-fout`} />
        <Select id={`${id}-motivatie`} value={inzet.motivatie} aria-describedby={`${id}-motivatie-fout`}
          onChange={(e) => zet({ motivatie: e.target.value })}>
          {Object.entries(motivatieNaam).map(([code, naam]) => <SelectOption key={code} value={code}>{naam}</SelectOption>)}
        </Select>
      </FormField>
      {vink("onverschillig", "Het huishouden is onverschillig over een oplossing")}
      {heeftContraIndicatie(inzet) && (
        <Alert type="warning">
          <Paragraph>
            Contra-indicatie: zonder wil om mee te werken en met onverschilligheid over een oplossing slaagt de aanpak
            waarschijnlijk niet. U mag toch starten als u dat bewust doet.
          </Paragraph>
          <VeldFout fout={fout} veld="contraIndicatieErkend" id={`${id}-erkend-fout`} />
          {vink("contraIndicatieErkend", "Ik heb de contra-indicatie gezien en start bewust")}
        </Alert>
      )}
    </>
  );
}
