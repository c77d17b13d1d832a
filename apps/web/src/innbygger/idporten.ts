import { oppdag, startKodeflyt } from '../api/pkce';

/**
 * ID-porten sign-in for the citizens' form: authorization code with PKCE as a public client, level
 * `idporten-loa-high` asked for (the API refuses anything lower). Configured at run time from
 * `GET /api/v1/innbyggersoknader/innlogging`. The token lives in this tab's sessionStorage only.
 */
export interface Idportenvalg {
  issuer: string;
  klientId: string;
  scope: string;
  acrValues: string;
}

const VENTER = 'tk.idporten.venter';
const TOKEN = 'tk.idporten.token';
export const SKJEMA_STI = '/soknad';
const redirectUri = () => `${location.origin}${SKJEMA_STI}`;

export const token = (): string | null => sessionStorage.getItem(TOKEN);
export const loggUt = (): void => sessionStorage.removeItem(TOKEN);

export function startInnlogging(valg: Idportenvalg, maalform: 'nb' | 'nn'): Promise<void> {
  return startKodeflyt(valg.issuer, VENTER, { client_id: valg.klientId, redirect_uri: redirectUri(), scope: valg.scope, acr_values: valg.acrValues, ui_locales: maalform });
}

/** Back from ID-porten with a code: checks state, exchanges the code, keeps the token for this tab. */
export async function fullforInnlogging(valg: Idportenvalg): Promise<void> {
  const p = new URLSearchParams(location.search);
  const venter = JSON.parse(sessionStorage.getItem(VENTER) ?? 'null') as { verifier: string; state: string } | null;
  sessionStorage.removeItem(VENTER);
  history.replaceState(null, '', SKJEMA_STI);
  if (p.get('error')) throw new Error('Innloggingen ble avbrutt. / Innlogginga vart avbroten.');
  if (!venter || p.get('state') !== venter.state || !p.get('code')) throw new Error('Start innloggingen på nytt. / Start innlogginga på nytt.');
  const d = await oppdag(valg.issuer);
  const res = await fetch(d.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: p.get('code')!, redirect_uri: redirectUri(), client_id: valg.klientId, code_verifier: venter.verifier }),
  });
  const svar = (await res.json().catch(() => ({}))) as { access_token?: string };
  if (!res.ok || !svar.access_token) throw new Error('ID-porten godtok ikke innloggingen. Start på nytt. / ID-porten godtok ikkje innlogginga. Start på nytt.');
  sessionStorage.setItem(TOKEN, svar.access_token);
}
