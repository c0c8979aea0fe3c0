// The one way the app talks to the server: JSON over /api/v1 on its own origin, the session cookie sent by
// the browser, the CSRF token on every change. Errors arrive as RFC 9457 problem+json and become ApiFout,
// with the Dutch message per field. When the session has expired, the request waits until the user has
// logged in again (see Sessie) and is then sent once more, so nothing typed is lost.

export interface OngeldigVeld {
  name: string;
  reason: string;
}

export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly titel: string,
    readonly detail: string,
    readonly velden: OngeldigVeld[] = [],
  ) {
    super(detail);
  }

  /** The message for one field (its JSON path, e.g. "doelen[0].omschrijving"), if the server named it. */
  veld(naam: string): string | undefined {
    return this.velden.find((v) => v.name === naam)?.reason;
  }

  /** The problems under one part of the body (e.g. "gezinsleden[1]."), named as within that part. */
  onder(pad: string): ApiFout {
    const velden = this.velden.filter((v) => v.name.startsWith(pad)).map((v) => ({ ...v, name: v.name.slice(pad.length) }));
    return new ApiFout(this.status, this.titel, this.detail, velden);
  }
}

let csrfToken = "";
let bijVerlopenSessie: (() => Promise<void>) | null = null;

export function zetCsrfToken(token: string) {
  csrfToken = token;
}

/** Called by the session provider: returns once the user has logged in again. */
export function bijSessieVerloop(wachtOpInloggen: (() => Promise<void>) | null) {
  bijVerlopenSessie = wachtOpInloggen;
}

async function alsFout(antwoord: Response): Promise<ApiFout> {
  try {
    const p = await antwoord.json();
    return new ApiFout(antwoord.status, p.title ?? "", p.detail ?? "Er ging iets mis.", p.invalidParams ?? []);
  } catch {
    return new ApiFout(antwoord.status, "", "De server gaf een onverwacht antwoord. Probeer het opnieuw.");
  }
}

/** Thrown for a request its screen called off (it was left, or asked again): nobody waits for the answer. */
export class Afgebroken extends Error {}

/** `signaal`: a screen that is left or asks again calls its request off, so that an old answer never
 *  replaces a newer one and the server does not work for nobody. */
export async function api<T>(methode: string, pad: string, body?: unknown, opnieuw = true, signaal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (methode !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let antwoord: Response;
  try {
    antwoord = await fetch(`/api/v1${pad}`, {
      method: methode,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      signal: signaal,
    });
  } catch {
    if (signaal?.aborted) throw new Afgebroken();
    throw new ApiFout(0, "", "Regie is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.");
  }
  if (antwoord.status === 401 && opnieuw && bijVerlopenSessie && pad !== "/sessies") {
    await bijVerlopenSessie();
    return api<T>(methode, pad, body, false, signaal);
  }
  if (!antwoord.ok) throw await alsFout(antwoord);
  if (antwoord.status === 204) return undefined as T;
  return (await antwoord.json()) as T;
}

/** Every item of a paged list (`…?pagina=n&paginaGrootte=100`), page after page: a picker must offer all. */
export async function allePaginas<T>(pad: string): Promise<T[]> {
  const items: T[] = [];
  const teken = pad.includes("?") ? "&" : "?";
  for (let pagina = 1; ; pagina++) {
    const p = await api<{ items: T[]; aantalPaginas?: number }>("GET", `${pad}${teken}pagina=${pagina}&paginaGrootte=100`);
    items.push(...p.items);
    if (p.aantalPaginas === undefined || pagina >= p.aantalPaginas || p.items.length === 0) return items;
  }
}

/** GET for a screen that shows it: the request is called off when the screen is left or asks again. */
export function haal<T>(pad: string, signaal: AbortSignal): Promise<T> {
  return api<T>("GET", pad, undefined, true, signaal);
}
