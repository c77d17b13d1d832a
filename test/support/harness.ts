import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { byggDokument } from '../../apps/api/src/openapi/dokument.js';
import { signDevToken } from '../../libs/auth/src/token-verifier.js';
import { loadConfig, type AppConfig } from '../../libs/config/src/config.js';
import type { Rolle } from '../../libs/domain/src/felles/typer.js';
import { Kontrakt, type OpenApiDokument } from './kontrakt.js';

export const VESTVAGOY = '1860';
export const VAGAN = '1865';
export const FLAKSTAD = '1859';
export const MOSKENES = '1874';

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({ ...process.env, ...overrides });
}

export interface TestBruker {
  id: string;
  token: string;
}

/** A fresh user per call, so tests never depend on each other's users. */
export async function lagBruker(roller: Rolle | Rolle[], kommuner: string[], navn = 'Test Testesen'): Promise<TestBruker> {
  const id = `u-${randomUUID()}`;
  const token = await signDevToken({ sub: id, name: navn, roles: ([] as Rolle[]).concat(roller), kommuner }, process.env.AUTH_JWT_SECRET!);
  return { id, token };
}

const HTTP_METODER = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

/**
 * Every response a test receives is checked against the served OpenAPI document (status, content type,
 * body) when the tier asks for it (`TK_KONTRAKTSJEKK=1`, set by the integration tier): a mismatch fails the
 * request with a message naming the operation.
 */
function medKontraktsjekk(agent: ReturnType<typeof request>, kontrakt: Kontrakt): ReturnType<typeof request> {
  return new Proxy(agent, {
    get(mal, navn, mottaker) {
      const verdi = Reflect.get(mal, navn, mottaker) as unknown;
      if (typeof navn !== 'string' || !HTTP_METODER.has(navn) || typeof verdi !== 'function') return verdi;
      return (url: string, ...resten: unknown[]) => {
        const test = (verdi as (...a: unknown[]) => request.Test).call(mal, url, ...resten);
        const end = test.end.bind(test);
        test.end = (fn?: (err: unknown, res: request.Response) => void) =>
          end((err: unknown, res: request.Response) => {
            const tekst = res ? (res.text ?? (Buffer.isBuffer(res.body) && res.body.length ? '(binær)' : undefined)) : undefined;
            const avvik = res ? kontrakt.avvik(navn, url, res.status, res.headers['content-type'] as string | undefined, res.body, tekst) : null;
            fn?.(avvik ? new Error(`Svaret følger ikke OpenAPI-dokumentet: ${avvik}`) : err, res);
          });
        return test;
      };
    },
  });
}

/** The API as it runs in production, in this process, against the test database and Redis. */
export class ApiHarness {
  app!: INestApplication;
  private kontrakt: Kontrakt | null = null;

  async start(overrides: Record<string, string> = {}): Promise<this> {
    this.app = await createApiApp(testConfig(overrides));
    if (process.env.TK_KONTRAKTSJEKK === '1') {
      // The document as /api/docs-json serves it, built without a request (which would count against the rate limit).
      this.kontrakt = new Kontrakt(byggDokument(this.app) as unknown as OpenApiDokument);
    }
    return this;
  }

  get http() {
    const agent = request(this.app.getHttpServer());
    return this.kontrakt ? medKontraktsjekk(agent, this.kontrakt) : agent;
  }

  async stop(): Promise<void> {
    await this.app?.close();
  }
}

/** A raw connection as the application's database role, outside the application (to probe row-level security). */
export async function appRoleClient(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  return c;
}

export async function ownerClient(url = process.env.DATABASE_OWNER_URL): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

export interface Rute {
  method: string;
  path: string;
}

/** Every route the running application answers, read from the router itself (so a new route is never missed). */
export function ruter(app: INestApplication): Rute[] {
  const instance = app.getHttpAdapter().getInstance() as { router?: { stack: unknown[] }; _router?: { stack: unknown[] } };
  const stack = (instance.router ?? instance._router)?.stack ?? [];
  const ut: Rute[] = [];
  for (const layer of stack as { route?: { path: string; methods?: Record<string, boolean>; stack?: { method?: string }[] } }[]) {
    if (!layer.route) continue;
    const methods = layer.route.methods ? Object.keys(layer.route.methods).filter((m) => layer.route!.methods![m]) : (layer.route.stack ?? []).map((s) => s.method ?? '');
    for (const m of methods) if (m && m !== '_all') ut.push({ method: m.toUpperCase(), path: layer.route.path });
  }
  return ut;
}

/** Fills `:param` segments with a value (a random UUID by default). */
export function fyllInn(path: string, verdi: string = randomUUID()): string {
  return path.replace(/:[A-Za-z]+/g, verdi);
}

/**
 * Runs one query with the tenant setting for `kommuner` (row-level security applies even to the owner), on
 * the tier's database as the owner unless another connection string is given.
 */
export async function queryForKommuner<T = Record<string, unknown>>(kommuner: string[], sql: string, params: unknown[] = [], url?: string): Promise<T[]> {
  const c = await ownerClient(url);
  try {
    await c.query('begin');
    await c.query(`select set_config('app.kommuner', $1, true)`, [kommuner.join(',')]);
    const r = await c.query(sql, params);
    await c.query('commit');
    return r.rows as T[];
  } finally {
    await c.end();
  }
}

/** The worker in this process, against the same database and queue prefix as the API harness. */
export class WorkerHarness {
  app?: import('@nestjs/common').INestApplicationContext;

  async start(overrides: Record<string, string> = {}, valg: import('../../apps/worker/src/bootstrap.js').WorkerValg = {}): Promise<this> {
    const { startWorker } = await import('../../apps/worker/src/bootstrap.js');
    this.app = await startWorker(testConfig(overrides), { planlagt: false, ...valg });
    return this;
  }

  async stop(): Promise<void> {
    await this.app?.close();
  }
}

/** Polls until `fn` returns a truthy value (background work such as letters), or fails with the last value. */
export async function vent<T>(fn: () => Promise<T>, ms = 20_000, hvert = 100): Promise<NonNullable<T>> {
  const slutt = Date.now() + ms;
  let siste: T;
  do {
    siste = await fn();
    if (siste) return siste as NonNullable<T>;
    await new Promise((r) => setTimeout(r, hvert));
  } while (Date.now() < slutt);
  throw new Error(`Tidsavbrudd; siste verdi: ${JSON.stringify(siste)}`);
}

/** The Authorization header for a test user. */
export const auth = (bruker: { token: string }) => ({ Authorization: `Bearer ${bruker.token}` });

/**
 * The API and the worker together for one test file: started before its tests, stopped after (worker first,
 * so no job is left half-done against a closed API). Call at the top of a `describe`.
 */
export function medApiOgWorker(): { api: ApiHarness; worker: WorkerHarness } {
  const api = new ApiHarness();
  const worker = new WorkerHarness();
  beforeAll(async () => {
    await api.start();
    await worker.start();
  });
  afterAll(async () => {
    await worker.stop();
    await api.stop();
  });
  return { api, worker };
}

/** Changes one municipality's integration setting (shared reference data: a test sets it back when done). */
export async function settKommuneinnstilling(kommunenummer: string, innstilling: 'leveransekanal' | 'arkivering', verdi: string): Promise<void> {
  const c = await ownerClient();
  try {
    await c.query(`UPDATE kommune SET "${innstilling}" = $1 WHERE kommunenummer = $2`, [verdi, kommunenummer]);
  } finally {
    await c.end();
  }
}
