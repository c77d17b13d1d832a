/**
 * JSON Schema (draft-07) for criteria sets and local deviations, and the ajv validators built from it.
 * The schema checks structure only; names of facts and services, value domains, reachability and ranges
 * are checked in `validering.ts`, where a message can name the rule and say what is wrong in bokmål.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { UTFALL } from '../felles/typer.js';
import { OPERATORER } from './typer.js';

export const KRITERIESETT_SKJEMA_ID = 'urn:tk-lofoten:skjema:kriteriesett:1';
export const KRITERIEDOKUMENT_SKJEMA_ID = 'urn:tk-lofoten:skjema:kriteriedokument:1';
/** Version of the export file format; bump it when the document shape changes incompatibly. */
export const KRITERIEDOKUMENT_FORMATVERSJON = 1;

const DATO_MONSTER = '^\\d{4}-\\d{2}-\\d{2}$';
const ID_MONSTER = '^[a-z0-9][a-z0-9-]*$';
const KOMMUNENUMMER_MONSTER = '^\\d{4}$';
const ref = (navn: string) => ({ $ref: `${KRITERIESETT_SKJEMA_ID}#/definitions/${navn}` });

const skalar = { type: ['number', 'string', 'boolean'] };

/**
 * `if`/`then` on the key that names the form, rather than `oneOf`, so an error is reported for the form
 * the author meant and not once for every form the condition is not.
 */
const betingelse = {
  type: 'object',
  description:
    'Betingelse: { "alle": [...] } (alle må gjelde; tom liste = alltid), { "noen": [...] }, { "ikke": {...} }, { "nivaa": "<nivå-id>" } eller { "fakta": "<navn>", "operator": "lik|ulik|minst|hoyst|mellom|en_av", "verdi": ... }.',
  if: { required: ['alle'] },
  then: { properties: { alle: { type: 'array', items: ref('betingelse') } }, additionalProperties: false },
  else: {
    if: { required: ['noen'] },
    then: { properties: { noen: { type: 'array', items: ref('betingelse') } }, additionalProperties: false },
    else: {
      if: { required: ['ikke'] },
      then: { properties: { ikke: ref('betingelse') }, additionalProperties: false },
      else: {
        if: { required: ['nivaa'] },
        then: { properties: { nivaa: { type: 'string', minLength: 1 } }, additionalProperties: false },
        else: {
          required: ['fakta', 'operator', 'verdi'],
          properties: {
            fakta: { type: 'string', minLength: 1 },
            operator: { enum: [...OPERATORER] },
            verdi: { anyOf: [skalar, { type: 'array', items: skalar }] },
          },
          additionalProperties: false,
        },
      },
    },
  },
};

/** The JSON Schema of a criteria set, for the API's OpenAPI document and for the export file. */
export const KRITERIESETT_SKJEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: KRITERIESETT_SKJEMA_ID,
  title: 'Kriteriesett (felles tildelingskriterier)',
  description:
    'Tildelingskriterier per tjeneste. Reglene for en tjeneste prøves i rekkefølge, første treff gjelder, og siste regel skal være en oppsamlingsregel ({ "alle": [] }).',
  type: 'object',
  required: ['navn', 'versjon', 'gyldigFra', 'gyldigTil', 'tjenester'],
  additionalProperties: false,
  properties: {
    navn: { type: 'string', minLength: 1, maxLength: 200 },
    navnNn: { type: 'string', minLength: 1, maxLength: 200, description: 'Det publiserte navnet på nynorsk, som nynorske brev viser til (kreves for å publisere).' },
    versjon: { type: 'integer', minimum: 1 },
    beskrivelse: { type: 'string' },
    gyldigFra: { type: 'string', pattern: DATO_MONSTER, description: 'Første dag i kraft (ÅÅÅÅ-MM-DD).' },
    gyldigTil: { type: ['string', 'null'], pattern: DATO_MONSTER, description: 'Siste dag i kraft, eller null.' },
    tjenester: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: ID_MONSTER },
      additionalProperties: ref('tjeneste'),
    },
  },
  definitions: {
    tjeneste: {
      type: 'object',
      required: ['nivaa', 'regler'],
      additionalProperties: false,
      properties: {
        nivaa: { type: 'integer', minimum: 1, maximum: 6, description: 'Nivå i omsorgstrappen (1 forebygging … 6 langtidsopphold).' },
        regler: { type: 'array', minItems: 1, items: ref('regel') },
        nivaaer: ref('nivaainndeling'),
      },
    },
    regel: {
      type: 'object',
      required: ['id', 'naar', 'utfall', 'begrunnelse', 'begrunnelseNn', 'hjemmel'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', pattern: ID_MONSTER, maxLength: 80 },
        naar: ref('betingelse'),
        utfall: { enum: [...UTFALL] },
        omfang: ref('omfang'),
        begrunnelse: { type: 'string', minLength: 1 },
        begrunnelseNn: { type: 'string', minLength: 1, description: 'Den samme begrunnelsen på nynorsk (nynorske brev skriver denne).' },
        hjemmel: { type: 'string', minLength: 1 },
      },
    },
    omfang: {
      type: 'object',
      required: ['min', 'max', 'enhet'],
      additionalProperties: false,
      properties: {
        min: { type: 'number', minimum: 0 },
        max: { type: 'number', minimum: 0 },
        enhet: { enum: ['timer_per_uke', 'dogn'] },
      },
    },
    nivaainndeling: {
      type: 'object',
      required: ['fakta', 'inndeling'],
      additionalProperties: false,
      properties: {
        fakta: { type: 'string', minLength: 1 },
        inndeling: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['id', 'fra', 'til'],
            additionalProperties: false,
            properties: {
              id: { type: 'string', pattern: ID_MONSTER },
              fra: { type: 'number', description: 'Fra og med.' },
              til: { type: ['number', 'null'], description: 'Til (ikke med); null = til og med øvre grense.' },
              beskrivelse: { type: 'string' },
            },
          },
        },
      },
    },
    betingelse,
    lokaltAvvik: {
      type: 'object',
      required: ['kommunenummer', 'tjenestekode', 'regel', 'begrunnelse', 'begrunnelseNn', 'vedtattAv'],
      additionalProperties: false,
      properties: {
        kommunenummer: { type: 'string', pattern: KOMMUNENUMMER_MONSTER },
        tjenestekode: { type: 'string', minLength: 1 },
        erstatterRegelId: { type: 'string', minLength: 1 },
        leggTilFoerRegelId: { type: 'string', minLength: 1 },
        regel: ref('regel'),
        begrunnelse: { type: 'string', minLength: 1 },
        begrunnelseNn: { type: 'string', minLength: 1 },
        vedtattAv: { type: 'string', minLength: 1 },
      },
    },
  },
} as const;

/** The export file: one set and the local deviations that go with it. */
export const KRITERIEDOKUMENT_SKJEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: KRITERIEDOKUMENT_SKJEMA_ID,
  title: 'Kriteriedokument (eksport av kriteriesett med lokale avvik)',
  type: 'object',
  required: ['$schema', 'formatversjon', 'kriteriesett', 'lokaleAvvik'],
  additionalProperties: false,
  properties: {
    $schema: { const: KRITERIEDOKUMENT_SKJEMA_ID },
    formatversjon: { const: KRITERIEDOKUMENT_FORMATVERSJON },
    kriteriesett: { $ref: KRITERIESETT_SKJEMA_ID },
    lokaleAvvik: { type: 'array', items: ref('lokaltAvvik') },
  },
} as const;

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
ajv.addSchema(KRITERIESETT_SKJEMA);
ajv.addSchema(KRITERIEDOKUMENT_SKJEMA);

export const validerSettSkjema: ValidateFunction = ajv.getSchema(KRITERIESETT_SKJEMA_ID)!;
export const validerDokumentSkjema: ValidateFunction = ajv.getSchema(KRITERIEDOKUMENT_SKJEMA_ID)!;
export const validerAvvikSkjema: ValidateFunction = ajv.compile({ type: 'array', items: ref('lokaltAvvik') });

/** `/tjenester/bpa/regler/2/naar` → `['tjenester', 'bpa', 'regler', 2, 'naar']` */
export function stiFraPeker(peker: string): (string | number)[] {
  if (peker === '') return [];
  return peker
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `['tjenester', 'bpa', 'regler', 2]` → `tjenester.bpa.regler[2]` */
export function feltnavn(sti: readonly (string | number)[]): string {
  return sti.reduce<string>((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}

const TYPETEKST: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  integer: 'et helt tall',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'et objekt',
  null: 'null',
};

export interface SkjemaFeil {
  sti: (string | number)[];
  /** What the message names first: the object that lacks or has an extra field, else the field itself. */
  stedSti: (string | number)[];
  melding: string;
}

/** ajv's English errors, translated to bokmål and pointed at the field they concern. */
export function oversettSkjemafeil(feil: readonly ErrorObject[] | null | undefined): SkjemaFeil[] {
  const ut: SkjemaFeil[] = [];
  const sett = new Set<string>();
  for (const e of feil ?? []) {
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.schemaPath.includes('/propertyNames/')) continue;
    const sti = stiFraPeker(e.instancePath);
    const stedSti = [...sti];
    const p = e.params as Record<string, unknown>;
    let melding: string;
    switch (e.keyword) {
      case 'required':
        sti.push(String(p.missingProperty));
        melding = `mangler feltet «${String(p.missingProperty)}»`;
        break;
      case 'additionalProperties':
        sti.push(String(p.additionalProperty));
        melding = `ukjent felt «${String(p.additionalProperty)}»`;
        break;
      case 'type': {
        const typer = String(p.type).split(',');
        melding = `må være ${typer.map((t) => TYPETEKST[t] ?? t).join(' eller ')}`;
        break;
      }
      case 'enum':
        melding = `må være en av: ${(p.allowedValues as unknown[]).join(', ')}`;
        break;
      case 'const':
        melding = `må være ${JSON.stringify(p.allowedValue)}`;
        break;
      case 'minimum':
        melding = `må være minst ${String(p.limit)}`;
        break;
      case 'maximum':
        melding = `må være høyst ${String(p.limit)}`;
        break;
      case 'minLength':
        melding = p.limit === 1 ? 'kan ikke være tom' : `må ha minst ${String(p.limit)} tegn`;
        break;
      case 'maxLength':
        melding = `kan ha høyst ${String(p.limit)} tegn`;
        break;
      case 'minItems':
        melding = `må ha minst ${String(p.limit)} element`;
        break;
      case 'minProperties':
        melding = `må ha minst ${String(p.limit)} tjeneste`;
        break;
      case 'propertyNames':
        sti.push(String(p.propertyName));
        melding = `ugyldig kode «${String(p.propertyName)}»: må bestå av små bokstaver (a–z), tall og bindestrek`;
        break;
      case 'pattern':
        if (p.pattern === DATO_MONSTER) melding = 'må være en dato på formen ÅÅÅÅ-MM-DD';
        else if (p.pattern === ID_MONSTER) melding = 'må bestå av små bokstaver (a–z), tall og bindestrek';
        else if (p.pattern === KOMMUNENUMMER_MONSTER) melding = 'kommunenummer må ha fire sifre';
        else melding = 'har ugyldig format';
        break;
      default:
        melding = e.message ?? 'er ugyldig';
    }
    const noekkel = `${feltnavn(sti)}|${melding}`;
    if (sett.has(noekkel)) continue;
    sett.add(noekkel);
    ut.push({ sti, stedSti, melding });
  }
  return ut;
}
