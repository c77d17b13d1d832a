import { Ajv, type ValidateFunction } from 'ajv';

/**
 * Checks real responses against the served OpenAPI document: the status must be documented for the
 * operation, the content type must be one it names, and a JSON body must match its schema, where every
 * object that lists its properties allows no others (an undocumented field fails). The failure names the
 * operation (`GET /api/v1/soknader/{id}`), so a route added without its schema is quick to find.
 */

type Skjema = Record<string, unknown>;
type Svar = { content?: Record<string, { schema?: Skjema }> };
type Operasjon = { operationId?: string; responses: Record<string, Svar> };
export type OpenApiDokument = { paths: Record<string, Record<string, Operasjon>>; components?: { schemas?: Record<string, Skjema> } };

/** OpenAPI 3.0's schema dialect to JSON Schema: `nullable` as a null type, refs into the document, closed objects. */
function tilJsonSchema(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(tilJsonSchema);
  if (!s || typeof s !== 'object') return s;
  const ut: Skjema = {};
  for (const [k, v] of Object.entries(s as Skjema)) {
    if (k === 'example' || k === 'examples' || k === 'nullable') continue;
    if (k === '$ref' && typeof v === 'string') ut.$ref = v.replace('#/components/schemas/', 'dok#/components/schemas/');
    else if (k === 'properties' && v && typeof v === 'object') ut.properties = Object.fromEntries(Object.entries(v).map(([n, p]) => [n, tilJsonSchema(p)]));
    else ut[k] = tilJsonSchema(v);
  }
  if (ut.properties && ut.additionalProperties === undefined) ut.additionalProperties = false;
  if ((s as Skjema).nullable === true) {
    if (typeof ut.type === 'string' && !ut.allOf && !ut.$ref) {
      ut.type = [ut.type, 'null'];
      if (Array.isArray(ut.enum)) ut.enum = [...ut.enum, null];
      return ut;
    }
    return { anyOf: [ut, { type: 'null' }] };
  }
  return ut;
}

interface Rute {
  metode: string;
  mal: string;
  monster: RegExp;
  op: Operasjon;
}

export class Kontrakt {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly ruter: Rute[] = [];
  private readonly validatorer = new Map<Skjema, ValidateFunction>();

  constructor(dok: OpenApiDokument) {
    this.ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    this.ajv.addFormat('date-time', { validate: (v: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !Number.isNaN(Date.parse(v)) });
    this.ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    this.ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:/i);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ components: { schemas: tilJsonSchema(dok.components?.schemas ?? {}) } }, 'dok');
    for (const [mal, metoder] of Object.entries(dok.paths)) {
      const monster = new RegExp(`^${mal.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`);
      for (const [metode, op] of Object.entries(metoder)) this.ruter.push({ metode: metode.toUpperCase(), mal, monster, op });
    }
    // A literal segment wins over a parameter (`/tildelingskriterier/skjema` before `/{id}`).
    this.ruter.sort((a, b) => b.mal.replace(/\{[^}]+\}/g, '').length - a.mal.replace(/\{[^}]+\}/g, '').length);
  }

  /** What is wrong with the response, or null. A request to no documented operation is not checked. */
  avvik(metode: string, url: string, status: number, innholdstype: string | undefined, kropp: unknown, tekst: string | undefined): string | null {
    const sti = new URL(url, 'http://x').pathname;
    const rute = this.ruter.find((r) => r.metode === metode.toUpperCase() && r.monster.test(sti));
    if (!rute) return null;
    const navn = `${rute.metode} ${rute.mal} (${rute.op.operationId ?? 'uten operationId'})`;
    const svar = rute.op.responses[String(status)] ?? rute.op.responses[`${String(status)[0]}XX`] ?? rute.op.responses.default;
    if (!svar) return `${navn}: status ${status} er ikke dokumentert (dokumentert: ${Object.keys(rute.op.responses).join(', ')})`;
    const type = innholdstype?.split(';')[0]!.trim().toLowerCase();
    const tom = tekst === undefined || tekst === '';
    if (!svar.content) return tom || !type ? null : `${navn}: status ${status} har ${type}, men dokumentet sier ingen kropp`;
    if (!type) return tom ? `${navn}: status ${status} mangler kropp, dokumentert ${Object.keys(svar.content).join(', ')}` : `${navn}: status ${status} mangler Content-Type`;
    const innhold = svar.content[type];
    if (!innhold) return `${navn}: status ${status} har ${type}, dokumentert er ${Object.keys(svar.content).join(', ')}`;
    if (!innhold.schema || !/json/.test(type)) return null;
    let valider = this.validatorer.get(innhold.schema);
    if (!valider) {
      valider = this.ajv.compile(tilJsonSchema(innhold.schema) as Skjema);
      this.validatorer.set(innhold.schema, valider);
    }
    if (valider(kropp)) return null;
    const feil = (valider.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(kropp)'} ${e.message}${e.keyword === 'additionalProperties' ? ` «${(e.params as { additionalProperty: string }).additionalProperty}»` : ''}`);
    return `${navn}: status ${status} stemmer ikke med skjemaet: ${feil.join('; ')}`;
  }
}
