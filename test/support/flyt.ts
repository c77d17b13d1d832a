import type { ApiHarness, TestBruker } from './harness.js';
import { iplos, kartleggingBody, registrerSoknad } from './factories.js';

const om = (dager: number) => new Date(Date.now() + dager * 86400_000).toISOString().slice(0, 10);

/** A case taken through registration, assessment and a decision on the criteria's recommendation. */
export async function vedtattSak(api: ApiHarness, sb: TestBruker, kommune: string, overrides: Record<string, unknown> = {}) {
  const auth = { Authorization: `Bearer ${sb.token}` };
  const sak = await registrerSoknad(api, sb, kommune, { tjenester: ['praktisk-bistand'], ...overrides });
  await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth).send(kartleggingBody(1, { iplos: iplos(2, { alminneligHusarbeid: 4, skaffeVarerOgTjenester: 4 }) }));
  const anb = (await api.http.get(`/api/v1/soknader/${sak.id}/anbefaling`).set(auth)).body.anbefalinger[0];
  const linje = { tjenestekode: anb.tjenestekode, utfall: anb.utfall, ...(anb.omfang ? { omfang: anb.omfang.min } : {}), ...(['innvilget', 'delvis_innvilget'].includes(anb.utfall) ? { startdato: om(7), evalueringsdato: om(180) } : {}) };
  const res = await api.http.post(`/api/v1/soknader/${sak.id}/vedtak`).set(auth).send({ versjon: 2, innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren'], tjenester: [linje] });
  if (res.status !== 201) throw new Error(`vedtak feilet: ${res.status} ${JSON.stringify(res.body)}`);
  return { sak, vedtak: res.body as { id: string; status: string } };
}
