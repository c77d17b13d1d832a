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

async function tilFeil(res: Response): Promise<ApiFeil> {
  const ct = res.headers.get('content-type') ?? '';
  if (ct.includes('json')) {
    const p = (await res.json().catch(() => ({}))) as { title?: string; detail?: string; errors?: FeltFeil[]; correlationId?: string; status?: string };
    return new ApiFeil(res.status, p.title ?? 'Feil', p.detail ?? p.status ?? '', p.errors ?? [], p.correlationId);
  }
  return new ApiFeil(res.status, 'Feil', `Tjenesten svarte ${res.status}.`);
}

async function kall(metode: string, sti: string, body?: unknown): Promise<Response> {
  const okt = hentOkt();
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (okt) headers.Authorization = `Bearer ${okt.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`/api/v1${sti}`, { method: metode, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (res.status === 401 && okt) settOkt(null);
  if (!res.ok) throw await tilFeil(res);
  return res;
}

export const api = {
  get: async <T>(sti: string): Promise<T> => (await (await kall('GET', sti)).json()) as T,
  post: async <T>(sti: string, body: unknown = {}): Promise<T> => {
    const res = await kall('POST', sti, body);
    return (res.status === 204 ? undefined : await res.json()) as T;
  },
  put: async <T>(sti: string, body: unknown): Promise<T> => (await (await kall('PUT', sti, body)).json()) as T,
  /** Fetches a file with the token and hands it to the browser as a download. */
  lastNed: async (sti: string, filnavn: string): Promise<void> => {
    const res = await kall('GET', sti);
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = filnavn;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  tekst: async (sti: string): Promise<string> => (await kall('GET', sti)).text(),
};

/** Development sign-in: POST /dev/token (only present outside production). */
export async function loggInnDemo(rolle: Rolle, kommuner: string[]): Promise<Okt> {
  const svar = await api.post<{ token: string; sub: string; navn: string; utloper: string }>('/dev/token', { rolle, kommuner });
  const okt: Okt = { ...svar, rolle, kommuner };
  settOkt(okt);
  return okt;
}
