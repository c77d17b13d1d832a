import createClient from 'openapi-fetch';
import type { paths } from './skjema.js';

export type { components, operations, paths } from './skjema.js';

/** The API's typed client (openapi-fetch over the generated types): every path, body and answer checked by tsc. */
export function lagKlient(baseUrl: string, token: string) {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
}

export type Klient = ReturnType<typeof lagKlient>;
