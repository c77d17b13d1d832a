import type { Response } from 'supertest';
import type { ApiHarness } from '../support/harness.js';

/** What must never reach a client: stack frames, module paths, SQL, driver messages. */
export const LEKKASJE = [
  /\n\s+at\s/,
  /\bat\s+[\w.<>]+\s+\(.*:\d+:\d+\)/,
  /node_modules/,
  /\/work\/|\/apps\/|\/libs\//,
  /\bSELECT\s/,
  /\bINSERT\s+INTO\b/i,
  /\bUPDATE\s+"?\w+"?\s+SET\b/,
  /relation\s+\\?"/,
  /syntax error at/i,
  /invalid input syntax/i,
  /QueryFailedError|TypeORMError|TypeError|RangeError|SyntaxError|ReferenceError/,
  /duplicate key value/i,
  /violates (?:check|foreign key|not-null|unique) constraint/i,
];

/** The same sanity for every reply a hostile client gets; returns a reason, or undefined when the reply is clean. */
export function sjekkSvar(res: Response, kontekst: string): string | undefined {
  const tekst = res.text ?? (res.body ? JSON.stringify(res.body) : '');
  if (res.status >= 500) return `${kontekst}: ${res.status} ${tekst.slice(0, 300)}`;
  for (const m of LEKKASJE) if (m.test(tekst)) return `${kontekst}: lekker ${m} i ${tekst.slice(0, 300)}`;
  if (res.status >= 400) {
    if (!/application\/problem\+json/.test(String(res.headers['content-type']))) return `${kontekst}: ${res.status} uten problem+json (${res.headers['content-type']})`;
    if (typeof res.body?.correlationId !== 'string' || !res.body.correlationId) return `${kontekst}: ${res.status} uten correlationId`;
    if (res.body.status !== res.status) return `${kontekst}: status i kroppen ${res.body.status} ≠ ${res.status}`;
  }
  return undefined;
}

/** A request by method name, with a bearer token. */
export function kall(api: ApiHarness, method: string, path: string, token?: string) {
  const r = (api.http as unknown as Record<string, (p: string) => import('supertest').Test>)[method.toLowerCase()]!(path);
  return token ? r.set('Authorization', `Bearer ${token}`) : r;
}

/** Every 11-digit run in a text (the shape of an identity number). */
export const ELLEVE_SIFFER = /(?<![\d.])\d{11}(?![\d])/g;
