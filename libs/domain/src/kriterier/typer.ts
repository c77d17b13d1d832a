/**
 * Types of the criteria format (tildelingskriterier). The JSON Schema in `skjema.ts` describes the
 * same shape for files and the API; these types are what the domain code works with.
 */
import type { IsoDato, Kommunenummer, Utfall } from '../felles/typer.js';

/** A field-named validation error, the shape `DomeneFeil.felt` and problem+json carry. */
export interface FeltFeil {
  field: string;
  message: string;
}

export const OPERATORER = ['lik', 'ulik', 'minst', 'hoyst', 'mellom', 'en_av'] as const;
/** `minst`/`hoyst`/`mellom` are inclusive; `mellom` takes `[fra, til]`, `en_av` a list. */
export type Operator = (typeof OPERATORER)[number];

export type Faktaverdi = number | string | boolean;

/** A comparison of one recorded or derived fact (see `FAKTA` in `fakta.ts`) with a constant. */
export interface FaktaBetingelse {
  fakta: string;
  operator: Operator;
  verdi: Faktaverdi | Faktaverdi[];
}

/** True when the service's `nivaaer` fact falls in the named range. */
export interface NivaaBetingelse {
  nivaa: string;
}

/**
 * A small JSON condition tree. `{ alle: [] }` is always true (the catch-all); `{ noen: [] }` is never true.
 * A comparison of a fact that is not recorded (e.g. no assessed hours) is not met, and an IPLOS score of 9
 * ("not relevant") never meets `minst`, `hoyst` or `mellom`.
 */
export type Betingelse =
  | { alle: Betingelse[] }
  | { noen: Betingelse[] }
  | { ikke: Betingelse }
  | FaktaBetingelse
  | NivaaBetingelse;

/** Units follow the service catalogue (`Omfangsenhet`); `ja_nei` services carry no scope. */
export type Omfangsenhet = 'timer_per_uke' | 'dogn';

export interface Omfang {
  min: number;
  max: number;
  enhet: Omfangsenhet;
}

export interface Regel {
  /** Stable id, unique in the set, lower-case kebab (`pb-middels`). Decisions and deviations point at it. */
  id: string;
  naar: Betingelse;
  utfall: Utfall;
  omfang?: Omfang;
  /** Bokmål reason; the draft of the letter's assessment section (fvl. §§ 24–25). */
  begrunnelse: string;
  /** The same reason in nynorsk: a nynorsk letter prints this one. */
  begrunnelseNn: string;
  /** Legal basis, e.g. "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b". */
  hjemmel: string;
}

/** One named score range. `fra` is inclusive, `til` exclusive; `til: null` runs to and includes the top of the domain. */
export interface Nivaa {
  id: string;
  fra: number;
  til: number | null;
  beskrivelse?: string;
}

/** Score ranges over one numeric fact; they must tile the fact's whole domain without gap or overlap. */
export interface Nivaainndeling {
  fakta: string;
  inndeling: Nivaa[];
}

/** Omsorgstrapp: 1 prevention and welfare technology … 6 long-term care. Lowest effective level first. */
export type OmsorgstrappNivaa = 1 | 2 | 3 | 4 | 5 | 6;

export interface Tjenestekriterier {
  nivaa: OmsorgstrappNivaa;
  /** Evaluated in order, first match wins; the last rule must be a catch-all. */
  regler: Regel[];
  nivaaer?: Nivaainndeling;
}

export interface Kriteriesett {
  navn: string;
  /** The published name in nynorsk, as nynorsk letters cite it; required to publish. */
  navnNn?: string;
  versjon: number;
  beskrivelse?: string;
  gyldigFra: IsoDato;
  /** Last day in force (inclusive), or null while open-ended. */
  gyldigTil: IsoDato | null;
  tjenester: Record<string, Tjenestekriterier>;
}

interface LokaltAvvikFelles {
  kommunenummer: Kommunenummer;
  tjenestekode: string;
  regel: Regel;
  /** Why the municipality keeps its own rule. */
  begrunnelse: string;
  begrunnelseNn: string;
  /** The local decision behind it, e.g. the name of the municipality's regulation. */
  vedtattAv: string;
}

/** A municipality's explicit deviation from the common set: it replaces one common rule or adds one before it. */
export type LokaltAvvik =
  | (LokaltAvvikFelles & { erstatterRegelId: string; leggTilFoerRegelId?: undefined })
  | (LokaltAvvikFelles & { leggTilFoerRegelId: string; erstatterRegelId?: undefined });

export type Regelkilde = 'felles' | 'lokalt_avvik';

export interface EffektivRegel extends Regel {
  kilde: Regelkilde;
  /** Present when `kilde` is `lokalt_avvik`. */
  avvik?: {
    begrunnelse: string;
    begrunnelseNn: string;
    vedtattAv: string;
    erstatterRegelId?: string;
    leggTilFoerRegelId?: string;
  };
}

export interface EffektiveTjenestekriterier extends Omit<Tjenestekriterier, 'regler'> {
  regler: EffektivRegel[];
}

/** The set a municipality actually applies: the common set with its deviations merged in and marked. */
export interface EffektivtKriteriesett extends Omit<Kriteriesett, 'tjenester'> {
  kommunenummer: Kommunenummer | null;
  tjenester: Record<string, EffektiveTjenestekriterier>;
}

export interface Begrunnelse {
  regelId: string;
  tekst: string;
  /** The same text in nynorsk. */
  tekstNn: string;
  hjemmel: string;
}

/** The recommendation for one service: exactly one per requested service. */
export interface Anbefaling {
  tjenestekode: string;
  /**
   * The recommended outcome; null on the discretionary path: a discretionary service the criteria do not cover
   * (e.g. omsorgsbolig) is decided by the caseworker's own assessment, with reasons (`skjonnsmessig`).
   */
  utfall: Utfall | null;
  skjonnsmessig?: true;
  omfang: Omfang | null;
  regelId: string;
  /** The rule that decided is a local deviation (counted in the statistics). */
  lokaltAvvik: boolean;
  begrunnelser: Begrunnelse[];
  kriteriesettNavn: string;
  kriteriesettVersjon: number;
  omsorgstrappNivaa: OmsorgstrappNivaa;
}

export const KRITERIESETT_STATUSER = ['utkast', 'publisert', 'tilbaketrukket'] as const;
export type KriteriesettStatus = (typeof KRITERIESETT_STATUSER)[number];

export interface Gyldighet {
  gyldigFra: IsoDato;
  gyldigTil: IsoDato | null;
}
