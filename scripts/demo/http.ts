import { randomUUID } from 'node:crypto';
import { lagKlient, type Klient } from '../../libs/klient/index.js';

/**
 * The demo's calls go through the API's generated client (libs/klient), typed from the OpenAPI document, so
 * every run exercises the contract. Error texts carry the API's problem detail, never the request body
 * (personal data).
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

/** How many times a call answered 503 (or cut off) is tried again (after 1, 2, … s: about a minute in all). */
const FORSOK_VED_503 = 10;

/** The answer's body, or an `ApiFeil` naming the operation, the status and the problem's detail and fields. */
export function svar<T>(steg: string, r: { data?: T; error?: unknown; response: Response }): T {
  if (r.response.ok && (r.data !== undefined || r.response.status === 204)) return r.data as T;
  const p = (typeof r.error === 'object' && r.error) || {};
  const { detail, errors } = p as { detail?: string; errors?: { field: string; message: string }[] };
  const detalj = [detail, ...(errors ?? []).map((e) => `${e.field}: ${e.message}`)].filter(Boolean).join('; ') || String(r.error ?? '').slice(0, 300);
  throw new ApiFeil(steg, r.response.status, detalj);
}

export class Api {
  /** Time spent per step (method and path pattern), for DEMO_TIDSBRUK=1. */
  readonly tidsbruk = new Map<string, { n: number; ms: number }>();
  private neste = 0;
  /** One or more API processes serving the same database: calls go round-robin (the API keeps no session). */
  constructor(private readonly baser: string[]) {}

  /** The generated client for one user's token. */
  som(token: string): Klient {
    return lagKlient('http://api', token, (req) => this.send(req));
  }

  private async send(req: Request): Promise<Response> {
    const t0 = performance.now();
    const url = new URL(req.url);
    const base = this.baser[this.neste++ % this.baser.length];
    const steg = `${req.method} ${url.pathname.replace(/^\/api\/v1/, '').replace(/[0-9a-f-]{36}/g, ':id')}`;
    const body = req.body ? await req.arrayBuffer() : undefined;
    // Every POST carries an Idempotency-Key, so it can be sent again like a read: the API answers a repeat with
    // the first answer instead of doing the work twice (apps/api/src/http/idempotens.ts).
    const headers = new Headers(req.headers);
    if (req.method === 'POST' && !headers.has('Idempotency-Key')) headers.set('Idempotency-Key', randomUUID());
    const send = () => fetch(`${base}${url.pathname}${url.search}`, { method: req.method, headers, body });
    // 503 says "try again shortly" (the database or queue is busy or briefly away), and a reused connection the
    // server has just closed fails before any answer: a read, or a POST with its key, is safe to repeat either way.
    const gjentas = req.method === 'GET' || headers.has('Idempotency-Key');
    const hent = async (forsok: number): Promise<Response> => {
      if (!gjentas || forsok > FORSOK_VED_503) return send();
      const res = await send().catch(() => null);
      if (res && res.status !== 503) return res;
      await res?.arrayBuffer();
      await new Promise((r) => setTimeout(r, 1000 * forsok));
      return hent(forsok + 1);
    };
    const res = await hent(1);
    const tb = this.tidsbruk.get(steg) ?? this.tidsbruk.set(steg, { n: 0, ms: 0 }).get(steg)!;
    tb.n += 1;
    tb.ms += performance.now() - t0;
    return res;
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
