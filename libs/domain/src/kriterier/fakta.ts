/**
 * The facts a rule may refer to: the recorded assessment (`Vurderingsgrunnlag`) and a few derived
 * figures over groups of IPLOS variables. Kept as data so validation can name unknown facts and
 * out-of-domain values, and so the analysis knows each fact's domain.
 */
import {
  BISTANDSBEHOV,
  IPLOS_VARIABLER,
  type IplosVariabel,
  type Vurderingsgrunnlag,
} from '../kartlegging/iplos.js';
import type { Faktaverdi } from './typer.js';

/** IPLOS 9 = not relevant: it is not a point on the 1–5 scale, so ordered comparisons never match it. */
export const IKKE_RELEVANT = 9;

export type Faktadomene =
  /** IPLOS-style score: an ordered scale 1..maks plus 9 for not relevant. */
  | { type: 'skaar'; maks: number }
  | { type: 'tall'; min: number; maks: number; heltall: boolean }
  | { type: 'boolsk' }
  /** Ordered categories, lowest first. */
  | { type: 'kategori'; verdier: readonly string[] };

export interface Faktadefinisjon {
  navn: string;
  beskrivelse: string;
  domene: Faktadomene;
  /** May be missing in an assessment; a comparison of a missing fact is not met. */
  valgfri: boolean;
  hent: (g: Vurderingsgrunnlag) => Faktaverdi | undefined;
}

/** Personal ADL: the variables that decide whether someone needs help from staff who stay. */
export const ADL_VARIABLER: readonly IplosVariabel[] = ['personligHygiene', 'avOgPakledning', 'spise', 'toalett', 'bevegeSegInnendors'];
/** Instrumental ADL: what practical help (hjemmehjelp) covers. */
export const IADL_VARIABLER: readonly IplosVariabel[] = ['alminneligHusarbeid', 'skaffeVarerOgTjenester', 'lageMat'];
/** Cognition: what day care for dementia and safety assessments look at. */
export const KOGNITIVE_VARIABLER: readonly IplosVariabel[] = ['hukommelse', 'beslutningerIDagliglivet', 'styreAtferd', 'kommunikasjon'];
const ALLE_VARIABLER: readonly IplosVariabel[] = IPLOS_VARIABLER.map((v) => v.kode);

function relevante(g: Vurderingsgrunnlag, variabler: readonly IplosVariabel[]): number[] {
  return variabler.map((v) => g.iplos[v]).filter((s) => s !== IKKE_RELEVANT);
}

/** Two decimals, so a caseworker can recompute the figure from the scores shown in the case. */
function snitt(g: Vurderingsgrunnlag, variabler: readonly IplosVariabel[]): number | undefined {
  const s = relevante(g, variabler);
  if (s.length === 0) return undefined;
  return Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 100) / 100;
}

function maks(g: Vurderingsgrunnlag, variabler: readonly IplosVariabel[]): number | undefined {
  const s = relevante(g, variabler);
  return s.length === 0 ? undefined : Math.max(...s);
}

function antallMinst(g: Vurderingsgrunnlag, grense: number): number {
  return relevante(g, ALLE_VARIABLER).filter((s) => s >= grense).length;
}

const SNITT_DOMENE: Faktadomene = { type: 'tall', min: 1, maks: 5, heltall: false };
const MAKS_DOMENE: Faktadomene = { type: 'tall', min: 1, maks: 5, heltall: true };
const ANTALL_DOMENE: Faktadomene = { type: 'tall', min: 0, maks: ALLE_VARIABLER.length, heltall: true };

function gruppe(navn: string, variabler: readonly IplosVariabel[], tekst: string): Faktadefinisjon[] {
  const liste = variabler.join(', ');
  return [
    { navn: `iplos.snitt${navn}`, beskrivelse: `Gjennomsnitt av ${tekst} (${liste}), uten skår 9`, domene: SNITT_DOMENE, valgfri: true, hent: (g) => snitt(g, variabler) },
    { navn: `iplos.maks${navn}`, beskrivelse: `Høyeste skår for ${tekst} (${liste}), uten skår 9`, domene: MAKS_DOMENE, valgfri: true, hent: (g) => maks(g, variabler) },
  ];
}

/** Every fact name a rule may use. Anything else is an unknown fact and a validation error. */
export const FAKTA: readonly Faktadefinisjon[] = [
  ...IPLOS_VARIABLER.map(
    (v): Faktadefinisjon => ({ navn: `iplos.${v.kode}`, beskrivelse: `IPLOS: ${v.navn}`, domene: { type: 'skaar', maks: 5 }, valgfri: false, hent: (g) => g.iplos[v.kode] }),
  ),
  ...gruppe('ADL', ADL_VARIABLER, 'personlig ADL'),
  ...gruppe('IADL', IADL_VARIABLER, 'praktiske gjøremål'),
  ...gruppe('Kognitiv', KOGNITIVE_VARIABLER, 'kognitive funksjoner'),
  ...gruppe('Alle', ALLE_VARIABLER, 'alle IPLOS-variabler'),
  { navn: 'iplos.antallMinst3', beskrivelse: 'Antall IPLOS-variabler med skår 3–5 (trenger hjelp)', domene: ANTALL_DOMENE, valgfri: false, hent: (g) => antallMinst(g, 3) },
  { navn: 'iplos.antallMinst4', beskrivelse: 'Antall IPLOS-variabler med skår 4–5 (trenger mye hjelp)', domene: ANTALL_DOMENE, valgfri: false, hent: (g) => antallMinst(g, 4) },
  { navn: 'syn', beskrivelse: 'Syn (1 ingen nedsettelse – 4 sterkt nedsatt, 9 ikke relevant)', domene: { type: 'skaar', maks: 4 }, valgfri: false, hent: (g) => g.syn },
  { navn: 'horsel', beskrivelse: 'Hørsel (1 ingen nedsettelse – 4 sterkt nedsatt, 9 ikke relevant)', domene: { type: 'skaar', maks: 4 }, valgfri: false, hent: (g) => g.horsel },
  { navn: 'bistandsbehov', beskrivelse: 'Behovsgruppe (noe/avgrenset, middels til stort, omfattende)', domene: { type: 'kategori', verdier: BISTANDSBEHOV }, valgfri: false, hent: (g) => g.bistandsbehov },
  { navn: 'hjelpFraFamilie', beskrivelse: 'Hjelp fra familie og andre (ingen, noe, mye)', domene: { type: 'kategori', verdier: ['ingen', 'noe', 'mye'] }, valgfri: false, hent: (g) => g.hjelpFraFamilie },
  { navn: 'borAlene', beskrivelse: 'Bor alene', domene: { type: 'boolsk' }, valgfri: false, hent: (g) => g.borAlene },
  { navn: 'kognitivSvikt', beskrivelse: 'Kognitiv svikt', domene: { type: 'boolsk' }, valgfri: false, hent: (g) => g.kognitivSvikt },
  { navn: 'alder', beskrivelse: 'Alder i hele år på vedtaksdatoen', domene: { type: 'tall', min: 0, maks: 130, heltall: true }, valgfri: false, hent: (g) => g.alder },
  { navn: 'vurdertTimebehovPerUke', beskrivelse: 'Vurdert timebehov per uke (0–168)', domene: { type: 'tall', min: 0, maks: 168, heltall: false }, valgfri: true, hent: (g) => g.vurdertTimebehovPerUke },
  { navn: 'utryggUtenHeldognstilbud', beskrivelse: 'Utrygt uten heldøgns tjenester (vurdert)', domene: { type: 'boolsk' }, valgfri: true, hent: (g) => g.utryggUtenHeldognstilbud },
  { navn: 'forventetVarighetManeder', beskrivelse: 'Forventet varighet av behovet i måneder', domene: { type: 'tall', min: 0, maks: 1200, heltall: true }, valgfri: true, hent: (g) => g.forventetVarighetManeder },
];

const FAKTA_ETTER_NAVN = new Map(FAKTA.map((f) => [f.navn, f]));

export function finnFakta(navn: string): Faktadefinisjon | undefined {
  return FAKTA_ETTER_NAVN.get(navn);
}

export const FAKTANAVN: readonly string[] = FAKTA.map((f) => f.navn);

/** The closest known fact name, for "mente du …?" in validation messages. */
export function naermesteFaktanavn(navn: string): string | undefined {
  let best: { navn: string; avstand: number } | undefined;
  for (const kandidat of FAKTANAVN) {
    const avstand = levenshtein(navn.toLowerCase(), kandidat.toLowerCase());
    if (!best || avstand < best.avstand) best = { navn: kandidat, avstand };
  }
  return best && best.avstand <= Math.max(2, Math.floor(navn.length / 4)) ? best.navn : undefined;
}

function levenshtein(a: string, b: string): number {
  let forrige = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const rad = [i];
    for (let j = 1; j <= b.length; j++) {
      rad[j] = Math.min(forrige[j] + 1, rad[j - 1] + 1, forrige[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    forrige = rad;
  }
  return forrige[b.length];
}
