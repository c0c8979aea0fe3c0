// Three-way merge of a plan after a conflict: the version this user started from (basis), what he has on
// screen (mijn) and the version a colleague saved meanwhile (hun). A change on one side only is taken over;
// changes to different items are both kept; the same item changed differently on both sides is a conflict
// the user decides. Items are matched by their id (goals, actions, shielded parts) or by their natural key
// (leefgebied, child); lists without either are merged as sets, so an edited entry is kept beside the
// other side's, never dropped.

export type Kant = "mijn" | "hun";

export interface Conflict {
  sleutel: string;
  wat: string;
  mijn: string;
  hun: string;
}

export interface Samenvoeging<T> {
  plan: T;
  conflicten: Conflict[];
  /** What the colleague changed, in words, as far as it reaches the result without a choice. */
  doorCollega: string[];
}

const gelijk = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One merge run: collects conflicts and the colleague's changes while the plan's parts are merged. */
export class Samenvoeger {
  readonly conflicten: Conflict[] = [];
  readonly doorCollega: string[] = [];
  constructor(private readonly keuzes: Record<string, Kant>) {}

  /** A single value; `undefined` means the item is absent (new on the other side, or removed). */
  waarde<V>(sleutel: string, wat: string, basis: V | undefined, mijn: V | undefined, hun: V | undefined,
    toon: (v: V | undefined) => string): V | undefined {
    if (gelijk(mijn, hun)) return mijn;
    if (gelijk(basis, mijn)) {
      this.doorCollega.push(basis === undefined ? `${wat} toegevoegd` : hun === undefined ? `${wat} weggehaald` : `${wat}: ${toon(hun)}`);
      return hun;
    }
    if (gelijk(basis, hun)) return mijn;
    this.conflicten.push({ sleutel, wat, mijn: toon(mijn), hun: toon(hun) });
    return this.keuzes[sleutel] === "hun" ? hun : mijn;
  }

  /** A list of items with a key. Items the user added without a key yet are new and always kept. Order: the
   *  user's list, then what only the colleague has. `binnen` merges a present item's parts (default: whole). */
  lijst<I>(sleutelVoorvoegsel: string, basis: I[], mijn: I[], hun: I[], sleutel: (i: I) => string | undefined,
    wat: (i: I) => string, toon: (i: I | undefined) => string,
    binnen?: (b: I | undefined, m: I, h: I, s: string) => I): I[] {
    const index = (l: I[]) => new Map(l.flatMap((i) => { const s = sleutel(i); return s ? [[s, i] as const] : []; }));
    const [b, m, h] = [index(basis), index(mijn), index(hun)];
    const volgorde = [...mijn.map((i) => sleutel(i) ?? i), ...hun.map(sleutel).filter((s) => s && !m.has(s))];
    const uit: I[] = [];
    for (const s of volgorde) {
      if (typeof s !== "string") {
        uit.push(s as I);
        continue;
      }
      const [bi, mi, hi] = [b.get(s), m.get(s), h.get(s)];
      const naam = wat((mi ?? hi ?? bi) as I);
      const k = `${sleutelVoorvoegsel}:${s}`;
      let r: I | undefined;
      if (mi && hi && binnen) r = binnen(bi, mi, hi, k);
      else r = this.waarde(k, naam, bi, mi, hi, toon);
      if (r !== undefined) uit.push(r);
    }
    return uit;
  }

  /** A list without keys, as a set: what either side removed goes, what either side added stays. */
  verzameling<I>(wat: string, basis: I[], mijn: I[], hun: I[], toon: (i: I) => string): I[] {
    const tel = (l: I[]) => new Set(l.map((i) => JSON.stringify(i)));
    const [b, m, h] = [tel(basis), tel(mijn), tel(hun)];
    const doorHunWeg = new Set([...b].filter((x) => !h.has(x)));
    const uit = mijn.filter((i) => !doorHunWeg.has(JSON.stringify(i)));
    for (const x of doorHunWeg) if (m.has(x)) this.doorCollega.push(`${wat} weggehaald: ${toon(JSON.parse(x))}`);
    for (const i of hun) {
      const x = JSON.stringify(i);
      if (!b.has(x) && !m.has(x)) {
        uit.push(i);
        this.doorCollega.push(`${wat} toegevoegd: ${toon(i)}`);
      }
    }
    return uit;
  }
}

export const afwezig = "(weggehaald)";
export const tekstOfLeeg = (s: string | undefined) => (s === undefined ? afwezig : s.trim() ? s : "(leeg)");
