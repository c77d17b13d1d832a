import type { IsoDato } from '../felles/typer.js';
import { dagerMellom, erGyldigIsoDato } from '../frister/dato.js';
import {
  IPLOS_GYLDIGE_SKAAR,
  IPLOS_KODER,
  IPLOS_VARIABLER,
  type Bistandsbehov,
  type HjelpFraFamilie,
  type IplosSkaar,
  type IplosVariabel,
  type SansSkaar,
} from './iplos.js';

export const BISTANDSBEHOV_NAVN: Readonly<Record<Bistandsbehov, string>> = {
  noe_avgrenset: 'Noe/avgrenset bistandsbehov',
  middels_til_stort: 'Middels til stort bistandsbehov',
  omfattende: 'Omfattende bistandsbehov',
};

/** Personal-care (ADL) activities in IPLOS: where a high score means a helper must be there in person, daily. */
export const ADL_VARIABLER: readonly IplosVariabel[] = [
  'personligHygiene',
  'avOgPakledning',
  'spise',
  'toalett',
  'bevegeSegInnendors',
];

/**
 * Thresholds of the office's need-group rule (see {@link beregnBistandsbehov}). Kept as data so a change
 * is one visible edit, and so the figures can be compared with the national IPLOS samlemål.
 */
export const BISTANDSBEHOV_TERSKLER = {
  /** Mean score from which the need is at least "middels til stort" (3 = needs some help). */
  middelsSnitt: 2.5,
  /** Mean score from which the need is "omfattende" (4 = the helper must be present). */
  omfattendeSnitt: 3.5,
  /** An ADL activity scored at least this needs a helper present (4) or done for the person (5). */
  tungAdlSkaar: 4,
  /** This many heavy ADL activities make the need at least "middels til stort". */
  middelsAntallTungeAdl: 1,
  /** This many heavy ADL activities make the need "omfattende". */
  omfattendeAntallTungeAdl: 3,
} as const;

export type BistandsbehovTerskler = { readonly [K in keyof typeof BISTANDSBEHOV_TERSKLER]: number };

export interface BistandsbehovBeregning {
  bistandsbehov: Bistandsbehov;
  /** Mean of the scored variables (9 left out); `null` when every variable is 9. */
  snitt: number | null;
  antallVurdert: number;
  antallTungeAdl: number;
}

/**
 * The office's rule for the need group, shown with the result so a caseworker can explain it.
 *
 * Rule (TK Lofoten's; the national IPLOS samlemål from Helsedirektoratet weighs the variables differently
 * and is computed centrally, so this is the office's approximation; verify the thresholds against it):
 * 1. Use the 15 functional variables; leave out 9 (not relevant). Sight and hearing do not count.
 * 2. Omfattende when the mean is at least 3.5, or at least three ADL activities score 4–5.
 * 3. Middels til stort when the mean is at least 2.5, or at least one ADL activity scores 4–5.
 * 4. Otherwise noe/avgrenset, also when nothing was scored.
 *
 * The ADL counts exist because the mean alone hides a person who manages the household but needs a helper
 * present for toileting or eating: that person needs daily hands-on help whatever the mean says.
 * Raising a score never lowers the group, because both the mean and the count only grow.
 */
export function beregnBistandsbehov(
  iplos: Readonly<Record<IplosVariabel, IplosSkaar>>,
  terskler: BistandsbehovTerskler = BISTANDSBEHOV_TERSKLER,
): BistandsbehovBeregning {
  const vurdert = IPLOS_KODER.map((k) => iplos[k]).filter((s) => s !== 9);
  const snitt = vurdert.length > 0 ? vurdert.reduce((a, b) => a + b, 0) / vurdert.length : null;
  const antallTungeAdl = ADL_VARIABLER.filter((k) => iplos[k] !== 9 && iplos[k] >= terskler.tungAdlSkaar).length;

  let bistandsbehov: Bistandsbehov = 'noe_avgrenset';
  if ((snitt !== null && snitt >= terskler.omfattendeSnitt) || antallTungeAdl >= terskler.omfattendeAntallTungeAdl) {
    bistandsbehov = 'omfattende';
  } else if ((snitt !== null && snitt >= terskler.middelsSnitt) || antallTungeAdl >= terskler.middelsAntallTungeAdl) {
    bistandsbehov = 'middels_til_stort';
  }
  return { bistandsbehov, snitt, antallVurdert: vurdert.length, antallTungeAdl };
}

/** A recorded needs assessment, as accepted by {@link validerKartlegging}. */
export interface Kartlegging {
  dato: IsoDato;
  /** Who took part (the person, relatives, staff); at least one. */
  deltakere: string[];
  hjemmebesok: boolean;
  iplos: Record<IplosVariabel, IplosSkaar>;
  syn: SansSkaar;
  horsel: SansSkaar;
  borAlene: boolean;
  hjelpFraFamilie: HjelpFraFamilie;
  kognitivSvikt: boolean;
  observasjoner?: string;
}

export interface Feltfeil {
  field: string;
  message: string;
}

export type KartleggingValidering = { ok: true; kartlegging: Kartlegging } | { ok: false; feil: Feltfeil[] };

const SANS_SKAAR: readonly SansSkaar[] = [1, 2, 3, 4, 9];
const HJELP_FRA_FAMILIE: readonly HjelpFraFamilie[] = ['ingen', 'noe', 'mye'];
export const MAKS_OBSERVASJONER_TEGN = 10_000;

function erObjekt(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Validates an assessment from the API. Every error names its field (`iplos.toalett`, `syn`, `dato` …)
 * and says in bokmål what is expected, so the form can show it by the field.
 *
 * @param valg.idag when given, an assessment dated after today is rejected
 */
export function validerKartlegging(input: unknown, valg: { idag?: IsoDato } = {}): KartleggingValidering {
  const feil: Feltfeil[] = [];
  if (!erObjekt(input)) return { ok: false, feil: [{ field: '', message: 'Kartleggingen mangler eller har feil format.' }] };

  if (!erGyldigIsoDato(input.dato)) {
    feil.push({ field: 'dato', message: 'Dato for kartleggingen må være en gyldig dato (ÅÅÅÅ-MM-DD).' });
  } else if (valg.idag !== undefined && dagerMellom(valg.idag, input.dato) > 0) {
    feil.push({ field: 'dato', message: 'Dato for kartleggingen kan ikke være frem i tid.' });
  }

  const deltakere = input.deltakere;
  if (!Array.isArray(deltakere) || deltakere.length === 0 || deltakere.some((d) => typeof d !== 'string' || d.trim() === '')) {
    feil.push({ field: 'deltakere', message: 'Oppgi hvem som deltok i kartleggingen (minst én).' });
  }

  for (const felt of ['hjemmebesok', 'borAlene', 'kognitivSvikt'] as const) {
    if (typeof input[felt] !== 'boolean') {
      const navn = { hjemmebesok: 'Hjemmebesøk', borAlene: 'Bor alene', kognitivSvikt: 'Kognitiv svikt' }[felt];
      feil.push({ field: felt, message: `${navn} må besvares med ja eller nei.` });
    }
  }

  if (!HJELP_FRA_FAMILIE.includes(input.hjelpFraFamilie as HjelpFraFamilie)) {
    feil.push({ field: 'hjelpFraFamilie', message: 'Hjelp fra familie må være «ingen», «noe» eller «mye».' });
  }

  const iplos = input.iplos;
  if (!erObjekt(iplos)) {
    feil.push({ field: 'iplos', message: 'IPLOS-skårene mangler.' });
  } else {
    for (const { kode, navn } of IPLOS_VARIABLER) {
      const skaar = iplos[kode];
      if (skaar === undefined || skaar === null) {
        feil.push({ field: `iplos.${kode}`, message: `${navn} mangler skår.` });
      } else if (!IPLOS_GYLDIGE_SKAAR.includes(skaar as IplosSkaar)) {
        feil.push({ field: `iplos.${kode}`, message: `${navn} må ha skår 1, 2, 3, 4, 5 eller 9 (ikke relevant).` });
      }
    }
    for (const kode of Object.keys(iplos)) {
      if (!(IPLOS_KODER as readonly string[]).includes(kode)) {
        feil.push({ field: `iplos.${kode}`, message: 'Ukjent IPLOS-variabel.' });
      }
    }
  }

  for (const [felt, navn] of [['syn', 'Syn'], ['horsel', 'Hørsel']] as const) {
    const skaar = input[felt];
    if (skaar === undefined || skaar === null) {
      feil.push({ field: felt, message: `${navn} mangler skår.` });
    } else if (!SANS_SKAAR.includes(skaar as SansSkaar)) {
      feil.push({ field: felt, message: `${navn} må ha skår 1, 2, 3, 4 eller 9 (ikke relevant).` });
    }
  }

  const observasjoner = input.observasjoner;
  if (observasjoner !== undefined && (typeof observasjoner !== 'string' || observasjoner.length > MAKS_OBSERVASJONER_TEGN)) {
    feil.push({ field: 'observasjoner', message: `Observasjoner må være tekst på høyst ${MAKS_OBSERVASJONER_TEGN} tegn.` });
  }

  if (feil.length > 0) return { ok: false, feil };
  return {
    ok: true,
    kartlegging: {
      dato: input.dato as IsoDato,
      deltakere: (deltakere as string[]).map((d) => d.trim()),
      hjemmebesok: input.hjemmebesok as boolean,
      iplos: Object.fromEntries(IPLOS_KODER.map((k) => [k, (iplos as Record<string, IplosSkaar>)[k]])) as Record<
        IplosVariabel,
        IplosSkaar
      >,
      syn: input.syn as SansSkaar,
      horsel: input.horsel as SansSkaar,
      borAlene: input.borAlene as boolean,
      hjelpFraFamilie: input.hjelpFraFamilie as HjelpFraFamilie,
      kognitivSvikt: input.kognitivSvikt as boolean,
      ...(observasjoner !== undefined ? { observasjoner: observasjoner as string } : {}),
    },
  };
}

/**
 * Of several assessments in a case, the newest applies (issue 3). Same date: the later in the list,
 * i.e. the one recorded last.
 */
export function gjeldendeKartlegging<T extends { dato: IsoDato }>(kartlegginger: readonly T[]): T | undefined {
  return kartlegginger.reduce<T | undefined>(
    (nyest, k) => (nyest === undefined || dagerMellom(nyest.dato, k.dato) >= 0 ? k : nyest),
    undefined,
  );
}
