import { ApiHarness, auth, FLAKSTAD, lagBruker, MOSKENES, ownerClient, VAGAN, VESTVAGOY } from '../support/harness.js';

const ALLE = [VESTVAGOY, VAGAN, FLAKSTAD, MOSKENES];
import { iplos, kartleggingBody, registrerSoknad, syntetiskFnr } from '../support/factories.js';

const om = (d: number) => new Date(Date.now() + d * 86400_000).toISOString().slice(0, 10);

describe('decision-time equal-treatment signal', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  /** A decided case for an 85-year-old with the same need profile, granted `omfang` hours of practical help. */
  async function vedtak(kommune: string, omfang: number, begrunnelse?: string) {
    const sb = await lagBruker('saksbehandler', [kommune]);
    const sak = await registrerSoknad(api, sb, kommune, { tjenester: ['praktisk-bistand'], person: { fodselsnummer: syntetiskFnr('1940-02-02'), navn: 'Lik Behandling' } });
    await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(1, { iplos: iplos(2, { alminneligHusarbeid: 4, skaffeVarerOgTjenester: 4 }) })).expect(201);
    const anb = (await api.http.get(`/api/v1/soknader/${sak.id}/anbefaling`).set(auth(sb))).body.anbefalinger[0];
    return api.http
      .post(`/api/v1/soknader/${sak.id}/vedtak`)
      .set(auth(sb))
      .send({ versjon: 2, tjenester: [{ tjenestekode: 'praktisk-bistand', utfall: anb.utfall === 'avslag' ? 'innvilget' : anb.utfall, omfang, startdato: om(1), evalueringsdato: om(90), ...(begrunnelse ? { avvikKategori: 'individuell_vurdering', avvikBegrunnelse: begrunnelse } : {}) }] });
  }

  it('says so, comparing with the other municipalities, when the scope is outside what comparable cases got', async () => {
    // Comparable decided cases in another municipality: the comparison is with the other municipalities.
    for (const t of [2, 2, 2.5, 2, 3, 2.5]) {
      const r = await vedtak(FLAKSTAD, t, 'Sammenligningsgrunnlag');
      expect(r.status).toBe(201);
    }
    const vanlig = await vedtak(VAGAN, 2.5, 'Vanlig omfang');
    expect(vanlig.status).toBe(201);
    expect(vanlig.body.likebehandling).toEqual([]);

    const hoy = await vedtak(VAGAN, 12, 'Særlig stort behov for hjelp i hjemmet');
    expect(hoy.status).toBe(201);
    expect(hoy.body.likebehandling).toHaveLength(1);
    const signal = hoy.body.likebehandling[0];
    expect(signal).toMatchObject({ tjenestekode: 'praktisk-bistand', omfang: 12 });
    expect(signal.sammenlignbare).toBeGreaterThanOrEqual(6);
    expect(signal.melding).toMatch(/^Omfanget \(12\) ligger over det som er vanlig for sammenlignbare saker i de andre kommunene i kontoret/);
    // Vågan's own decisions (2.5 and 12 hours) are not among the comparable cases.
    expect(signal.sammenlignbare).toBe(await sammenlignbare(hoy.body.id, 'andre'));
  });

  it('does not compare a municipality with its own practice', async () => {
    // Flakstad gets comparable cases of its own far below 20 hours; only the other municipalities' count.
    for (const t of [1, 1, 1, 1, 1, 1]) expect((await vedtak(FLAKSTAD, t, 'Eget grunnlag')).status).toBe(201);
    const r = await vedtak(FLAKSTAD, 20, 'Svært stort behov');
    expect(r.status).toBe(201);
    const andre = await sammenlignbare(r.body.id, 'andre');
    expect(await sammenlignbare(r.body.id, 'egne')).toBeGreaterThanOrEqual(12);
    if (andre < 5) expect(r.body.likebehandling).toEqual([]);
    else expect(r.body.likebehandling[0].sammenlignbare).toBe(andre);
  });

  /** Comparable decided cases (same service, need group, age band, granted with a scope) in the decision's own or the other municipalities. */
  async function sammenlignbare(vedtakId: string, hvor: 'egne' | 'andre'): Promise<number> {
    const c = await ownerClient();
    try {
      await c.query(`select set_config('app.kommuner', $1, false)`, [ALLE.join(',')]);
      const { rows } = await c.query(
        `SELECT count(*)::int AS n FROM vedtakslinje l JOIN vedtak v ON v.id = l.vedtak_id JOIN vedtak d ON d.id = $1
          WHERE v.status = 'vedtatt' AND v.id <> d.id AND (v.kommunenummer = d.kommunenummer) = $2
            AND l.tjenestekode = 'praktisk-bistand' AND v.bistandsbehov = d.bistandsbehov AND v.aldersgruppe = d.aldersgruppe
            AND l.utfall IN ('innvilget', 'delvis_innvilget') AND l.omfang IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM vedtak e WHERE e.erstatter_vedtak_id = v.id AND e.status = 'vedtatt')`,
        [vedtakId, hvor === 'egne'],
      );
      return rows[0].n as number;
    } finally {
      await c.end();
    }
  }
});
