/**
 * A minimal client for the running API: JSON in and out, problem+json turned into an error that names the
 * step and the status. Error texts carry the API's problem detail, never the request body (personal data).
 */
export class ApiFeil extends Error {
  constructor(
    readonly steg: string,
    readonly status: number,
    detalj: string,
  ) {
    super(`${steg}: HTTP ${status} ${detalj}`);
  }
}

/** How many times a read answered 503 is tried again (after 1, 2, … s: about a minute in all). */
const GET_FORSOK_VED_503 = 10;

export class Api {
  /** Time spent per step (method and path pattern), for DEMO_TIDSBRUK=1. */
  readonly tidsbruk = new Map<string, { n: number; ms: number }>();
  private neste = 0;
  /** One or more API processes serving the same database: calls go round-robin (the API keeps no session). */
  constructor(private readonly baser: string[]) {}

  private get base(): string {
    return this.baser[this.neste++ % this.baser.length];
  }

  async kall<T = Record<string, unknown>>(token: string, metode: string, sti: string, body?: unknown, steg = `${metode} ${sti.replace(/[0-9a-f-]{36}/g, ':id')}`): Promise<T> {
    const t0 = performance.now();
    const send = () =>
      fetch(`${this.base}${sti}`, {
        method: metode,
        headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
    let res = await send();
    // 503 says "try again shortly" (the database or queue is busy or briefly away): a read is safe to repeat.
    for (let forsok = 1; res.status === 503 && metode === 'GET' && forsok <= GET_FORSOK_VED_503; forsok++) {
      await res.arrayBuffer();
      await new Promise((r) => setTimeout(r, 1000 * forsok));
      res = await send();
    }
    const tb = this.tidsbruk.get(steg) ?? this.tidsbruk.set(steg, { n: 0, ms: 0 }).get(steg)!;
    tb.n += 1;
    tb.ms += performance.now() - t0;
    if (!res.ok) {
      const tekst = await res.text();
      let detalj = tekst.slice(0, 300);
      try {
        const p = JSON.parse(tekst) as { detail?: string; errors?: { field: string; message: string }[] };
        detalj = [p.detail, ...(p.errors ?? []).map((e) => `${e.field}: ${e.message}`)].filter(Boolean).join('; ');
      } catch {
        /* not JSON */
      }
      throw new ApiFeil(steg, res.status, detalj);
    }
    if (res.status === 204) return undefined as T;
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('json')) return (await res.json()) as T;
    return Buffer.from(await res.arrayBuffer()) as T;
  }

  get<T = Record<string, unknown>>(token: string, sti: string) {
    return this.kall<T>(token, 'GET', sti);
  }

  post<T = Record<string, unknown>>(token: string, sti: string, body?: unknown) {
    return this.kall<T>(token, 'POST', sti, body ?? {});
  }
}

/** Runs `fn` over `xs` with at most `n` in flight; stops at the first error (and rethrows it). */
export async function parallelt<T>(xs: readonly T[], n: number, fn: (x: T, i: number) => Promise<void>): Promise<void> {
  let neste = 0;
  let feil: unknown = null;
  const arbeider = async () => {
    while (feil === null && neste < xs.length) {
      const i = neste++;
      try {
        await fn(xs[i], i);
      } catch (e) {
        feil ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, xs.length) }, arbeider));
  if (feil !== null) throw feil;
}
