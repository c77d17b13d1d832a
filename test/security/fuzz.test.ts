import fc from 'fast-check';
import type { Rolle } from '../../libs/domain/src/felles/typer.js';
import { ApiHarness, FLAKSTAD, lagBruker, MOSKENES, VAGAN, VESTVAGOY, type TestBruker } from '../support/harness.js';
import { registrerSoknad } from '../support/factories.js';
import { kall, sjekkSvar } from './felles.js';

/**
 * Property-based fuzzing of every request body and query parameter, derived from the OpenAPI document the
 * running API serves. Each operation gets schema-shaped values with one or more fields made hostile (wrong
 * types, missing required fields, unknown fields, huge or odd strings, deep nesting), sent with a token of a
 * role the route allows. A client must never see a 500, a stack trace or SQL; every 4xx is a problem reply
 * with a correlation id, and a validation 400 names fields that exist.
 */

type Skjema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Skjema>;
  required?: string[];
  items?: Skjema;
  allOf?: Skjema[];
  oneOf?: Skjema[];
  example?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  additionalProperties?: boolean | Skjema;
  nullable?: boolean;
};
type Parameter = { name: string; in: string; required?: boolean; schema?: Skjema };
type Operasjon = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Skjema }> } };
type Dokument = { paths: Record<string, Record<string, Operasjon>>; components?: { schemas?: Record<string, Skjema> } };

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const ALLE_ROLLER: Rolle[] = ['saksbehandler', 'leder', 'fagadmin', 'tillitsvalgt'];
const ALLE_KOMMUNER = [VAGAN, VESTVAGOY, FLAKSTAD, MOSKENES];

const telling = { input: 0, operasjoner: 0, ruterMedKropp: 0, ruterMedQuery: 0, status: {} as Record<number, number> };

/** Strings a hostile or careless client sends. */
const fiendtligTekst = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    "'; DROP TABLE soknad; --",
    '" OR 1=1 --',
    '{{#x}}{{/x}}',
    '${process.exit()}',
    '<script>alert(1)</script>',
    '../../../../etc/passwd',
    '%00',
    '\uD800',
    '\uFEFF',
    '😀'.repeat(50),
    'ÆØÅ æøå',
    '1e308',
    'NaN',
    'null',
    'true',
    '[]',
    '{}',
    '__proto__',
    '2026-02-30',
    '0000-01-01',
    '9999-12-31',
    '-1',
    '99999999999999999999999',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 1, max: 60_000 }).map((n) => 'x'.repeat(n)),
);

const dypt = (n: number): unknown => {
  let v: unknown = 'bunn';
  for (let i = 0; i < n; i++) v = { a: v };
  return v;
};

const fiendtligVerdi: fc.Arbitrary<unknown> = fc.oneof(
  fiendtligTekst,
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 64, 1e20, Number.MAX_SAFE_INTEGER + 2, 2147483648, -2147483649),
  fc.double(),
  fc.integer(),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(JSON.parse('{"__proto__":{"admin":true}}') as unknown, { constructor: { prototype: { admin: true } } }, { $gt: '' }, [[[[[]]]]]),
  fc.integer({ min: 20, max: 300 }).map(dypt),
);

describe('fuzzing every body and query parameter from the OpenAPI document', () => {
  const api = new ApiHarness();
  let doc: Dokument;
  const tokens = new Map<Rolle, TestBruker>();
  let soknadId: string;

  const skjema = (s: Skjema | undefined): Skjema => {
    if (!s) return {};
    if (s.$ref) return skjema(doc.components!.schemas![s.$ref.split('/').pop()!]);
    if (s.allOf?.length === 1) return { ...skjema(s.allOf[0]), ...(s.nullable ? { nullable: true } : {}) };
    return s;
  };

  /** A value that fits the schema (or nearly: examples and enum members). */
  const gyldig = (s0: Skjema | undefined, dybde = 0): fc.Arbitrary<unknown> => {
    const s = skjema(s0);
    if (s.enum?.length) return fc.constantFrom(...s.enum);
    if (s.example !== undefined && s.type !== 'object') return fc.oneof(fc.constant(s.example), gyldigType(s, dybde));
    return gyldigType(s, dybde);
  };
  const gyldigType = (s: Skjema, dybde: number): fc.Arbitrary<unknown> => {
    switch (s.type) {
      case 'string':
        if (s.format === 'uuid') return fc.uuid();
        return fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('2026-11-02', '1865', 'praktisk-bistand'));
      case 'integer':
        return fc.integer({ min: s.minimum ?? 0, max: s.maximum ?? 100 });
      case 'number':
        return fc.double({ min: s.minimum ?? 0, max: s.maximum ?? 100, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(gyldig(s.items, dybde + 1), { minLength: 1, maxLength: 3 });
      case 'object':
      default:
        if (s.properties && dybde < 4) return objekt(s, dybde);
        if (s.example !== undefined) return fc.constant(s.example);
        return fc.dictionary(fc.string({ maxLength: 10 }), fc.integer({ min: 0, max: 9 }), { maxKeys: 3 });
    }
  };
  const objekt = (s: Skjema, dybde: number) =>
    fc.record(Object.fromEntries(Object.entries(s.properties!).map(([k, v]) => [k, gyldig(v, dybde + 1)])), {
      requiredKeys: s.required ?? [],
    }) as fc.Arbitrary<Record<string, unknown>>;

  /** A schema-shaped body with hostile mutations: one field replaced, a required one dropped, an unknown one added. */
  const kropp = (s0: Skjema): fc.Arbitrary<{ body: unknown; ukjent?: string }> => {
    const s = skjema(s0);
    const felt = Object.keys(s.properties ?? {});
    const base = s.properties ? objekt(s, 0) : fc.constant({} as Record<string, unknown>);
    return fc.oneof(
      { weight: 1, arbitrary: base.map((body) => ({ body })) },
      {
        weight: 4,
        arbitrary: fc
          .tuple(base, fc.array(fc.tuple(felt.length ? fc.constantFrom(...felt) : fc.constant('x'), fiendtligVerdi), { minLength: 1, maxLength: 3 }))
          .map(([b, endringer]) => ({ body: { ...b, ...Object.fromEntries(endringer) } })),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(base, fc.constantFrom(...(s.required?.length ? s.required : ['x']))).map(([b, fjern]) => {
          const kopi = { ...b };
          delete kopi[fjern];
          return { body: kopi };
        }),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(base, fc.constantFrom('id', 'status', 'opprettetAv', 'kommunenummer2', 'erAdmin', 'versjonX', 'rolle', 'kommuner'), fiendtligVerdi)
          .map(([b, k, v]) => ({ body: { ...b, [k]: v }, ukjent: k })),
      },
      { weight: 1, arbitrary: fc.oneof(fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }), fc.constantFrom([], [{}])).map((body) => ({ body })) },
    );
  };

  const query = (params: Parameter[]): fc.Arbitrary<Record<string, string | string[]>> => {
    const enkelt = (p: Parameter) =>
      fc.oneof(
        gyldig(p.schema).map((v) => (Array.isArray(v) ? v.map(String).join(',') : String(v))),
        fiendtligTekst,
        fc.array(fiendtligTekst, { minLength: 2, maxLength: 3 }),
      );
    return fc.record(
      {
        ...Object.fromEntries(params.map((p) => [p.name, enkelt(p)])),
        ukjentParameter: fiendtligTekst,
      },
      { requiredKeys: [] },
    ) as fc.Arbitrary<Record<string, string | string[]>>;
  };

  const stier = (sti: string) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(sti.replace(/\{id\}/g, soknadId)) },
      { weight: 2, arbitrary: fc.uuid().map((u) => sti.replace(/\{id\}/g, u)) },
      {
        weight: 2,
        arbitrary: fc
          .constantFrom('abc', "1'or'1'='1", '00000000-0000-0000-0000-000000000000', '%00', 'ÆØÅ', 'x'.repeat(300), '-1', '1e308', '..%2F..%2Fetc', '%E2%80%AE')
          .map((id) => sti.replace(/\{id\}/g, encodeURI(id).replace(/%25/g, '%'))),
      },
    );

  beforeAll(async () => {
    await api.start({ RATE_LIMIT_PER_MINUTE: '1000000' });
    for (const r of ALLE_ROLLER) tokens.set(r, await lagBruker(r, ALLE_KOMMUNER, `Fuzz ${r}`));
    doc = (await api.http.get('/api/docs-json').expect(200)).body as Dokument;
    soknadId = (await registrerSoknad(api, tokens.get('saksbehandler')!, VAGAN)).id;
  });
  afterAll(async () => {
    await api.stop();
    console.log(
      `security/fuzz: ${telling.input} inputs tried on ${telling.operasjoner} operations (${telling.ruterMedKropp} with a body, ${telling.ruterMedQuery} with query parameters); statuses ${JSON.stringify(telling.status)}`,
    );
  });

  /** The first role the route lets in (the guard answers 403 MANGLER_ROLLE before validation for the others). */
  async function rolleFor(method: string, sti: string): Promise<TestBruker | undefined> {
    for (const r of ALLE_ROLLER) {
      const res = await kall(api, method, sti.replace(/\{id\}/g, soknadId), tokens.get(r)!.token).send({});
      if (!(res.status === 403 && res.body?.code === 'MANGLER_ROLLE')) return tokens.get(r);
    }
    return undefined;
  }

  it('never a 500, a stack trace or SQL; problem replies that name real fields', async () => {
    const operasjoner = Object.entries(doc.paths).flatMap(([sti, ops]) =>
      Object.entries(ops)
        .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map(([m, op]) => ({ sti, method: m, op })),
    );
    expect(operasjoner.length).toBeGreaterThan(20);
    const feil: string[] = [];

    for (const { sti, method, op } of operasjoner) {
      if (!sti.startsWith('/api/v1/')) continue;
      const kroppSkjema = op.requestBody?.content?.['application/json']?.schema;
      const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
      const harId = sti.includes('{id}');
      if (!kroppSkjema && !queryParams.length && !harId) continue;
      const bruker = await rolleFor(method, sti);
      if (!bruker) continue;
      telling.operasjoner += 1;
      if (kroppSkjema) telling.ruterMedKropp += 1;
      if (queryParams.length) telling.ruterMedQuery += 1;
      const egenskaper = new Set(Object.keys(skjema(kroppSkjema).properties ?? {}));
      const queryNavn = new Set(queryParams.map((p) => p.name));

      await fc.assert(
        fc.asyncProperty(stier(sti), kroppSkjema ? kropp(kroppSkjema) : fc.constant(undefined), queryParams.length ? query(queryParams) : fc.constant(undefined), async (path, b, q) => {
          telling.input += 1;
          let req = kall(api, method, path, bruker.token);
          if (q) req = req.query(q);
          const res = b ? await req.send(b.body as object) : await req;
          telling.status[res.status] = (telling.status[res.status] ?? 0) + 1;
          const kontekst = `${method.toUpperCase()} ${path} ${q ? JSON.stringify(q).slice(0, 200) : ''} ${b ? JSON.stringify(b.body).slice(0, 300) : ''}`;
          const grunn = sjekkSvar(res, kontekst);
          if (grunn) {
            feil.push(grunn);
            return false;
          }
          if (res.status === 400 && res.body.code === 'VALIDERING') {
            const errors = res.body.errors as { field: string; message: string }[];
            if (!Array.isArray(errors) || errors.length === 0) {
              feil.push(`${kontekst}: 400 uten errors[]`);
              return false;
            }
            for (const e of errors) {
              const topp = String(e.field).split('.')[0]!;
              const kjent = egenskaper.has(topp) || queryNavn.has(topp) || topp === b?.ukjent || topp === 'ukjentParameter' || topp === 'body' || /^\d+$/.test(topp);
              if (!kjent || typeof e.message !== 'string' || !e.message) {
                feil.push(`${kontekst}: feltet «${e.field}» finnes ikke (${e.message})`);
                return false;
              }
            }
          }
          return true;
        }),
        { numRuns: RUNS, endOnFailure: true },
      ).catch(() => undefined);
    }
    expect(feil.slice(0, 5)).toEqual([]);
    expect(telling.operasjoner).toBeGreaterThan(15);
  });
});
