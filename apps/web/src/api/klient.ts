import { lagKlient } from '../../../../libs/klient/index.js';

/**
 * The one API client: JSON over fetch with the bearer token, problem+json turned into `ApiFeil`.
 * The token lives in sessionStorage (gone when the tab closes) and is cleared on 401.
 */
const NOKKEL = 'tk.okt';

export interface Okt {
  token: string;
  sub: string;
  navn: string;
  rolle: Rolle;
  kommuner: string[];
  utloper: string;
}

export type Rolle = 'saksbehandler' | 'leder' | 'tillitsvalgt' | 'fagadmin';

export interface FeltFeil {
  field: string;
  message: string;
}

export class ApiFeil extends Error {
  constructor(
    readonly status: number,
    readonly tittel: string,
    readonly detalj: string,
    readonly feltfeil: FeltFeil[] = [],
    readonly korrelasjonsId?: string,
  ) {
    super(detalj || tittel);
    this.name = 'ApiFeil';
  }
}

type Lytter = (okt: Okt | null) => void;
const lyttere = new Set<Lytter>();

export function hentOkt(): Okt | null {
  const raa = sessionStorage.getItem(NOKKEL);
  if (!raa) return null;
  try {
    const okt = JSON.parse(raa) as Okt;
    return new Date(okt.utloper).getTime() > Date.now() ? okt : null;
  } catch {
    return null;
  }
}

export function settOkt(okt: Okt | null): void {
  if (okt) sessionStorage.setItem(NOKKEL, JSON.stringify(okt));
  else sessionStorage.removeItem(NOKKEL);
  for (const l of lyttere) l(okt);
}

export function lyttPaaOkt(l: Lytter): () => void {
  lyttere.add(l);
  return () => lyttere.delete(l);
}

/** An error reply (problem+json, or anything else) as an `ApiFeil`. */
function tilFeil(status: number, feil: unknown): ApiFeil {
  if (feil && typeof feil === 'object') {
    const p = feil as { title?: string; detail?: string; errors?: FeltFeil[]; correlationId?: string; status?: string };
    return new ApiFeil(status, p.title ?? 'Feil', p.detail ?? p.status ?? '', p.errors ?? [], p.correlationId);
  }
  return new ApiFeil(status, 'Feil', `Tjenesten svarte ${status}.`);
}

/**
 * The API's generated client (libs/klient, typed from the OpenAPI document): every path, body and answer the
 * views use is checked against the contract when the app is built. The token is added per call; a 401 ends
 * the session.
 */
export const api = lagKlient('', undefined, async (req) => {
  // A call that brings its own token (the sign-in's check of a new one) keeps it.
  const okt = req.headers.has('Authorization') ? null : hentOkt();
  if (okt) req.headers.set('Authorization', `Bearer ${okt.token}`);
  req.headers.set('Accept', 'application/json, application/problem+json');
  const res = await fetch(req);
  if (res.status === 401 && okt) settOkt(null);
  return res;
});

/** The answer's body, or an `ApiFeil` with the problem's title, detail and fields. */
export function svar<T>(r: { data?: T; error?: unknown; response: Response }): T {
  if (!r.response.ok) throw tilFeil(r.response.status, r.error);
  return r.data as T;
}

/** Hands a file answer (fetched with the token) to the browser as a download. */
export function lastNed(fil: Blob, filnavn: string): void {
  const url = URL.createObjectURL(fil);
  const a = document.createElement('a');
  a.href = url;
  a.download = filnavn;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Development sign-in: POST /dev/token (only present outside production). */
export async function loggInnDemo(rolle: Rolle, kommuner: string[]): Promise<Okt> {
  const token = svar(await api.POST('/api/v1/dev/token', { body: { rolle, kommuner } }));
  const okt: Okt = { ...token, rolle, kommuner };
  settOkt(okt);
  return okt;
}
