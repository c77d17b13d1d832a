import createClient from 'openapi-fetch';
import type { components, paths } from './skjema.js';

export type { components, operations, paths } from './skjema.js';

/** The API's error reply (RFC 9457), as the document describes it. */
export type Problem = components['schemas']['Problem'];

/**
 * The API's typed client (openapi-fetch over the generated types): every path, body and answer checked by tsc.
 * `fetch` replaces the transport, e.g. to add the token per call, retry, or spread calls over several servers.
 */
export function lagKlient(baseUrl: string, token?: string, fetch?: (request: Request) => Promise<Response>) {
  return createClient<paths>({ baseUrl, ...(token ? { headers: { Authorization: `Bearer ${token}` } } : {}), ...(fetch ? { fetch } : {}) });
}

export type Klient = ReturnType<typeof lagKlient>;
