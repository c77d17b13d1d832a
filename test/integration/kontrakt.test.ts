import SwaggerParser from '@apidevtools/swagger-parser';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROBLEMKODER } from '../../apps/api/src/openapi/problemkoder.js';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { genererSkjema, SKJEMAFIL } from '../../libs/klient/src/generer.js';
import { lagKlient } from '../../libs/klient/src/klient.js';
import { syntetiskFnr } from '../support/factories.js';
import { helSak } from '../support/hel-sak.js';
import { ApiHarness, lagBruker, VAGAN } from '../support/harness.js';
import { Kontrakt, type OpenApiDokument } from '../support/kontrakt.js';

type Operasjon = { operationId?: string; summary?: string; responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> };
type Dokument = { paths: Record<string, Record<string, Operasjon>>; servers?: { url: string }[]; components: { schemas: Record<string, { properties?: Record<string, { enum?: unknown[] }> }> } };

function operasjoner(dok: Dokument): { navn: string; op: Operasjon }[] {
  return Object.entries(dok.paths).flatMap(([sti, metoder]) => Object.entries(metoder).map(([metode, op]) => ({ navn: `${metode.toUpperCase()} ${sti}`, op })));
}

/** Redocly CLI's recommended rules over the document: its problems, as the CLI reports them in JSON. */
async function redoclyLint(dok: Dokument): Promise<{ errors: number; problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[] }> {
  const mappe = await mkdtemp(join(tmpdir(), 'tk-openapi-'));
  try {
    const fil = join(mappe, 'openapi.json');
    await writeFile(fil, JSON.stringify(dok));
    const kjor = promisify(execFile);
    const { stdout } = await kjor(process.execPath, ['node_modules/@redocly/cli/bin/cli.js', 'lint', '--extends', 'recommended', '--format', 'json', fil], { maxBuffer: 20 * 1024 * 1024 }).catch(
      // The CLI ends non-zero when it finds errors; its report is still on stdout.
      (e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }),
    );
    const rapport = JSON.parse(stdout) as { totals: { errors: number }; problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[] };
    return { errors: rapport.totals.errors, problems: rapport.problems };
  } finally {
    await rm(mappe, { recursive: true, force: true });
  }
}

describe('the OpenAPI document as a contract', () => {
  const api = new ApiHarness();
  let dok: Dokument;
  beforeAll(async () => {
    await api.start();
    dok = (await api.http.get('/api/docs-json').expect(200)).body as Dokument;
  });
  afterAll(() => api.stop());

  it('is a valid OpenAPI document (swagger-parser)', async () => {
    await expect(SwaggerParser.validate(structuredClone(dok) as never)).resolves.toBeDefined();
  });

  it('passes Redocly\'s recommended rules without an error', async () => {
    const { errors, problems } = await redoclyLint(dok);
    const feil = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`);
    expect(feil).toEqual([]);
    expect(errors).toBe(0);
  }, 60_000);

  it('names every operation for people and gives it a summary', () => {
    const utenNavn = operasjoner(dok).filter(({ op }) => !op.operationId || /_|Controller/.test(op.operationId) || !op.summary).map(({ navn, op }) => `${navn} (${op.operationId ?? '–'})`);
    expect(utenNavn).toEqual([]);
  });

  it('describes the success body of every operation that has one', () => {
    const utenSkjema = operasjoner(dok)
      .filter(({ navn }) => navn.includes('/api/v1/'))
      // 204 No Content is a success that has no body by definition.
      .filter(({ op }) => !Object.keys(op.responses).includes('204'))
      .filter(({ op }) => !Object.entries(op.responses).some(([status, svar]) => /^2/.test(status) && Object.values(svar.content ?? {}).some((c) => c.schema)))
      .map(({ navn }) => navn);
    expect(utenSkjema).toEqual([]);
  });

  it('documents every error as application/problem+json with the one Problem schema, whose code lists every problem code', () => {
    const avvik = operasjoner(dok).flatMap(({ navn, op }) =>
      Object.entries(op.responses)
        .filter(([status]) => /^[45]/.test(status))
        .filter(([, svar]) => Object.keys(svar.content ?? {}).join() !== 'application/problem+json' || svar.content!['application/problem+json']!.schema?.$ref !== '#/components/schemas/Problem')
        .map(([status]) => `${navn} ${status}`),
    );
    expect(avvik).toEqual([]);
    const kode = dok.components.schemas.Problem!.properties!.code as { allOf?: { $ref: string }[] };
    const kodeskjema = dok.components.schemas[kode.allOf![0]!.$ref.split('/').pop()!] as { enum?: unknown[] };
    expect(kodeskjema.enum).toEqual([...PROBLEMKODER]);
    // Behind the bearer token a route can always answer 401 and 403.
    const kartlegging = dok.paths['/api/v1/soknader/{id}/kartlegging']!.post!;
    expect(Object.keys(kartlegging.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '409', '413', '422', '429', '503']));
  });

  it('names the IPLOS variables with their value set, and says where the API is', () => {
    const iplos = dok.components.schemas.IplosDto!.properties!;
    expect(Object.keys(iplos)).toEqual(expect.arrayContaining(['personligHygiene', 'avOgPaakledning', 'alminneligHusarbeid', 'kommunikasjon']));
    expect(iplos.personligHygiene!.enum).toEqual([1, 2, 3, 4, 5, 9]);
    // The name before the spelling rule (docs/glossary.md) is still accepted, and marked as going away.
    expect(iplos.avOgPakledning).toMatchObject({ deprecated: true });
    expect(dok.components.schemas.KartleggingDto!.properties!.forventetVarighetManeder).toMatchObject({ deprecated: true });
    expect(dok.servers?.map((s) => s.url)).toEqual(['/']);
  });

  it('has the development sign-in outside production only', async () => {
    expect(Object.keys(dok.paths)).toContain('/api/v1/dev/token');
    const prod = new ApiHarness();
    try {
      // The identity provider's keys are fetched at the first token; none is checked here.
      await prod.start({ NODE_ENV: 'production', AUTH_JWT_SECRET: '', OIDC_ISSUER: 'https://idp.example/', OIDC_AUDIENCE: 'tk-lofoten', OIDC_JWKS_URL: 'http://127.0.0.1:9/jwks' });
      const prodDok = (await prod.http.get('/api/docs-json').expect(200)).body as Dokument;
      expect(Object.keys(prodDok.paths).filter((p) => p.includes('/dev/'))).toEqual([]);
      expect(Object.keys(prodDok.paths)).toContain('/api/v1/soknader');
    } finally {
      await prod.stop();
    }
  });
});

describe('the response check of the integration tier', () => {
  const api = new ApiHarness();
  let kontrakt: Kontrakt;
  beforeAll(async () => {
    await api.start();
    kontrakt = new Kontrakt((await api.http.get('/api/docs-json')).body as OpenApiDokument);
  });
  afterAll(() => api.stop());

  const sak = { id: '6f1c2a4e-2b1a-4d55-9d0e-1f8f0a6c9b21', saksnummer: '1865-2026-000001', status: 'mottatt', fristDato: '2026-12-01', versjon: 1 };

  it('accepts a documented answer', () => {
    expect(kontrakt.avvik('POST', '/api/v1/soknader', 201, 'application/json; charset=utf-8', sak, JSON.stringify(sak))).toBeNull();
  });

  it('fails an undocumented field, status or content type, naming the operation', () => {
    expect(kontrakt.avvik('POST', '/api/v1/soknader', 201, 'application/json', { ...sak, hemmelig: 1 }, '{}')).toMatch(/^POST \/api\/v1\/soknader \(registrerSoknad\): .*«hemmelig»/);
    expect(kontrakt.avvik('GET', '/api/v1/soknader/abc?x=1', 418, 'application/json', {}, '{}')).toMatch(/^GET \/api\/v1\/soknader\/\{id\} \(hentSak\): status 418 er ikke dokumentert/);
    expect(kontrakt.avvik('GET', '/api/v1/vedtak/abc/brev', 200, 'application/json', {}, '{}')).toMatch(/hentVedtaksbrev.*application\/json, dokumentert er application\/pdf/);
    expect(kontrakt.avvik('POST', '/api/v1/soknader', 201, 'application/json', { ...sak, fristDato: '1. desember' }, '{}')).toMatch(/fristDato must match format "date"/);
  });
});

describe('the generated client', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('is generated from the document as served now (npm run klient writes it)', async () => {
    const dok = (await api.http.get('/api/docs-json').expect(200)).body as object;
    expect(await readFile(SKJEMAFIL, 'utf8')).toBe(await genererSkjema(dok));
  });

  it('walks a whole case in a typed program, from registration to Statsforvalteren\'s outcome', async () => {
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { saksnummer, status, steg } = await helSak(lagKlient(`http://127.0.0.1:${port}`, sb.token), VAGAN, syntetiskFnr('1944-05-17'));
    expect(saksnummer).toMatch(/^1865-\d{4}-\d{6}$/);
    expect(status).toBe('statsforvalteren_avgjort');
    expect(steg).toEqual([
      'mottatt',
      'kartlagt: noe_avgrenset',
      expect.stringMatching(/^forhåndsvist: /),
      expect.stringMatching(/^vedtak: vedtatt /),
      expect.stringMatching(/^klage: mottatt, frist \d{4}-\d{2}-\d{2}$/),
      'vurdert: oversendt',
      'statsforvalteren: stadfestet',
    ]);
  });
});
