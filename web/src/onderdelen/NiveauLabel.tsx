
/** The regiekaart level: colour, number and word together, so colour never carries it alone. */
export function NiveauLabel({ niveau, kleur }: { niveau: number | null; kleur?: string | null }) {
  if (niveau === null) return <span className="regie-niveau regie-niveau--geen">geen niveau</span>;
  return (
    <span className={`regie-niveau regie-niveau--${kleur ?? "geen"}`}>
      <span aria-hidden="true" className="regie-niveau__blok" />
      Niveau {niveau}
      {kleur && <span className="regie-niveau__kleur"> ({kleur})</span>}
    </span>
  );
}
