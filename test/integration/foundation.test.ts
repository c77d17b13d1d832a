import { pendingSchemaChanges } from '../../migrations/kjoring.js';
import { ApiHarness, lagBruker, VAGAN } from '../support/harness.js';

describe('foundation', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('lists the four municipalities with their letterhead', async () => {
    const u = await lagBruker('saksbehandler', [VAGAN]);
    const res = await api.http.get('/api/v1/kommuner').set('Authorization', `Bearer ${u.token}`);
    expect(res.status).toBe(200);
    expect(res.body.map((k: { kommunenummer: string; navn: string }) => `${k.kommunenummer} ${k.navn}`)).toEqual([
      '1859 Flakstad',
      '1860 Vestvågøy',
      '1865 Vågan',
      '1874 Moskenes',
    ]);
    expect(res.body.find((k: { kommunenummer: string }) => k.kommunenummer === '1874').brevhode).toBe(
      'Moskenes kommune, ved Felles tildelingskontor Lofoten',
    );
  });

  it('entities and migrations agree: generating a migration yields nothing', async () => {
    expect(await pendingSchemaChanges(process.env.DATABASE_OWNER_URL!)).toEqual([]);
  });

  it('answers liveness and readiness without a token', async () => {
    expect((await api.http.get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await api.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toMatchObject({ postgres: { status: 'up' }, queue: { status: 'up' } });
  });

  it('serves the OpenAPI document', async () => {
    const res = await api.http.get('/api/docs-json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/v1/kommuner');
  });
});
