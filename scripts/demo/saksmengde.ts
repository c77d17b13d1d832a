/**
 * A synthetic caseload for one year of TK Lofoten, from a fixed seed: the same seed gives the same cases.
 * Pure data (no I/O), so it can be read and checked on its own. Identity numbers are synthetic (month + 80)
 * and never printed.
 */
import type { components } from '../../libs/klient/index.js';
import { lagSyntetiskFodselsnummer } from '../../libs/domain/src/person/fodselsnummer.js';

/** mulberry32: small, fast and good enough for synthetic data. */
export function lagRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Kommunegrunnlag {
  kommunenummer: string;
  navn: string;
  innbyggere67Pluss: number;
  fireOyneTjenester: string[];
}

/** An assessment as the API takes it (the case's version is added when it is sent). */
export type Kartleggingsdata = Omit<components['schemas']['KartleggingDto'], 'versjon'>;
type Iplos = components['schemas']['IplosDto'];
type Skaar = Iplos['sosialDeltakelse'];

export interface Demosak {
  nr: number;
  kommunenummer: string;
  alder: number;
  mottattDato: string;
  /** Received more than a month ago and still open: the interim-reply sweep must order a letter. */
  sen: boolean;
  soknad: {
    kanal: 'digital' | 'papir' | 'muntlig' | 'registrert_av_saksbehandler';
    sokerType: 'selv' | 'parorende' | 'verge' | 'fullmektig';
    sokerNavn?: string;
    tjenester: string[];
    fritekst: string;
    person: { fodselsnummer: string; navn: string; adresse: string; maalform?: 'nb' | 'nn' };
  };
  kartlegging: Kartleggingsdata;
  /** Index of the caseworker who drafts (0..antallSaksbehandlere-1). */
  saksbehandler: number;
  /** Uniform draws used when deciding, fixed here so the run is reproducible whatever order HTTP answers in. */
  trekk: { omfang: number; avvik: number; avvikType: number; klage: number; klageUtfall: number; statsforvalteren: number };
}

/** The real mix of services applied for (weights): mostly home nursing, practical help and safety alarms. */
export const TJENESTEMIKS: readonly [string, number][] = [
  ['hjemmesykepleie', 30],
  ['praktisk-bistand', 24],
  ['trygghetsalarm', 17],
  ['matombringing', 6],
  ['korttidsopphold', 6],
  ['langtidsopphold', 5],
  ['avlastning', 4],
  ['dagaktivitet', 4],
  ['omsorgsstonad', 1.5],
  ['stottekontakt', 1.5],
  ['bpa', 1],
];

const FORNAVN = ['Anne', 'Kari', 'Ingrid', 'Marit', 'Solveig', 'Astrid', 'Berit', 'Liv', 'Randi', 'Gunn', 'Ragnhild', 'Elsa', 'Ola', 'Per', 'Jan', 'Knut', 'Arne', 'Odd', 'Bjørn', 'Kjell', 'Svein', 'Terje', 'Rolf', 'Hans', 'Ánde', 'Inga', 'Aslak', 'Sigrid', 'Torbjørg', 'Einar'];
const ETTERNAVN = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Karlsen', 'Jakobsen', 'Berg', 'Pettersen', 'Mikalsen', 'Eriksen', 'Ellingsen', 'Hanssen', 'Kristiansen', 'Svendsen', 'Reinholdtsen', 'Moe', 'Jørgensen'];
const STEDER: Record<string, string[]> = {
  '1860': ['8370 Leknes', '8360 Bøstad', '8372 Gravdal', '8373 Ballstad', '8376 Leknes', '8380 Ramberg'],
  '1865': ['8300 Svolvær', '8310 Kabelvåg', '8312 Henningsvær', '8313 Kleppstad', '8314 Gimsøysand'],
  '1859': ['8380 Ramberg', '8382 Napp', '8384 Sund'],
  '1874': ['8390 Reine', '8392 Sørvågen', '8393 Sørvågen', '8398 Reine'],
};
const GATER = ['Storgata', 'Fiskergata', 'Havnegata', 'Kirkeveien', 'Skoleveien', 'Fjordveien', 'Strandveien', 'Lofotveien', 'Sjøgata', 'Bakkeveien'];

const SKAARER: readonly Skaar[] = [1, 2, 3, 4, 5];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dagerSiden = (idag: Date, n: number) => iso(new Date(idag.getTime() - n * 86400_000));

function velgVektet<T>(rng: () => number, valg: readonly [T, number][]): T {
  const sum = valg.reduce((s, [, w]) => s + w, 0);
  let r = rng() * sum;
  for (const [v, w] of valg) {
    r -= w;
    if (r < 0) return v;
  }
  return valg[valg.length - 1][0];
}

const normal = (rng: () => number) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
const klem = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const velg = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

/**
 * Largest-remainder apportionment of `n` applications to the municipalities by their population aged 67+.
 */
export function fordelPaaKommuner(n: number, kommuner: readonly Kommunegrunnlag[]): Map<string, number> {
  const total = kommuner.reduce((s, k) => s + k.innbyggere67Pluss, 0);
  const raa = kommuner.map((k) => ({ k: k.kommunenummer, x: (n * k.innbyggere67Pluss) / total }));
  const ut = new Map(raa.map((r) => [r.k, Math.floor(r.x)]));
  let rest = n - [...ut.values()].reduce((s, v) => s + v, 0);
  for (const r of [...raa].sort((a, b) => (b.x % 1) - (a.x % 1))) {
    if (rest-- <= 0) break;
    ut.set(r.k, ut.get(r.k)! + 1);
  }
  return ut;
}

/** Age of an applicant: most are old, some younger adults (BPA and support services are not only for the old). */
function trekkAlder(rng: () => number, tjeneste: string): number {
  if (tjeneste === 'bpa') return Math.round(20 + rng() * 45);
  if (tjeneste === 'stottekontakt' && rng() < 0.6) return Math.round(18 + rng() * 45);
  const u = rng();
  if (u < 0.08) return Math.round(30 + rng() * 36);
  if (u < 0.42) return Math.round(67 + rng() * 12.9);
  return Math.round(klem(80 + Math.abs(normal(rng)) * 6.5, 80, 102));
}

/**
 * IPLOS profile: a latent frailty that rises with age, instrumental tasks (IADL) failing before personal care
 * (ADL), cognition mostly intact unless there is cognitive failure. Services for heavier needs draw from the
 * heavier end.
 */
function trekkProfil(rng: () => number, alder: number, tjeneste: string) {
  const tyngde: Record<string, number> = { langtidsopphold: 1.3, korttidsopphold: 0.9, avlastning: 0.9, bpa: 1.4, omsorgsstonad: 0.9, dagaktivitet: 0.5, hjemmesykepleie: 0.4, 'praktisk-bistand': 0.1, matombringing: 0, trygghetsalarm: -0.2, stottekontakt: 0 };
  const latent = 1.7 + Math.max(0, alder - 65) * 0.045 + (tyngde[tjeneste] ?? 0) + normal(rng) * 0.7;
  const kognitivSvikt = tjeneste === 'dagaktivitet' ? rng() < 0.9 : rng() < klem(0.03 + Math.max(0, alder - 70) * 0.012 + (tjeneste === 'langtidsopphold' ? 0.3 : 0), 0, 0.8);
  const skaar = (forskyvning: number) => klem(Math.round(latent + forskyvning + normal(rng) * 0.6), 1, 5);
  const somSkaar = (n: number): Skaar => SKAARER[klem(n, 1, 5) - 1]!;
  // Instrumental tasks (IADL), personal care (ADL) and cognition; drawn in the variables' IPLOS order.
  const iadl = () => somSkaar(skaar(0.5));
  const adl = () => somSkaar(skaar(-0.4));
  const kognisjon = () => somSkaar(kognitivSvikt ? klem(skaar(0.3) + 1, 3, 5) : klem(skaar(-1), 1, 3));
  const iplos: Iplos = {
    sosialDeltakelse: somSkaar(skaar(0)), beslutningerIDagliglivet: kognisjon(), styreAtferd: kognisjon(),
    alminneligHusarbeid: iadl(), skaffeVarerOgTjenester: iadl(), lageMat: iadl(), ivaretaEgenHelse: iadl(),
    personligHygiene: adl(), avOgPaakledning: adl(), spise: adl(), toalett: adl(), bevegeSegInnendors: adl(), bevegeSegUtendors: adl(),
    hukommelse: kognisjon(), kommunikasjon: kognisjon(),
  };
  if (tjeneste === 'stottekontakt') iplos.sosialDeltakelse = somSkaar(klem(iplos.sosialDeltakelse + 1, 2, 5));
  return { iplos, kognitivSvikt, latent };
}

export interface Saksmengdevalg {
  antall: number;
  seed: number;
  idag: Date;
  kommuner: readonly Kommunegrunnlag[];
  antallSaksbehandlere: number;
  /** Share of applications received more than a month ago (late; interim reply). */
  andelSene?: number;
}

/** The year's applications, in a fixed order. */
export function lagSaksmengde(v: Saksmengdevalg): Demosak[] {
  const rng = lagRng(v.seed);
  const fordeling = fordelPaaKommuner(v.antall, v.kommuner);
  const saker: Demosak[] = [];
  const brukteFnr = new Set<string>();
  const nynorsk = new Set(['1859', '1874']);
  let nr = 0;
  for (const k of v.kommuner) {
    for (let i = 0; i < (fordeling.get(k.kommunenummer) ?? 0); i++) {
      nr += 1;
      const hoved = velgVektet(rng, TJENESTEMIKS);
      const alder = trekkAlder(rng, hoved);
      const { iplos, kognitivSvikt, latent } = trekkProfil(rng, alder, hoved);
      const tjenester = [hoved];
      // Common combinations: a safety alarm with home nursing, meals with practical help.
      if (hoved === 'hjemmesykepleie' && rng() < 0.25) tjenester.push('trygghetsalarm');
      if (hoved === 'praktisk-bistand' && rng() < 0.15) tjenester.push('matombringing');
      if (hoved === 'langtidsopphold' && rng() < 0.3) tjenester.push('korttidsopphold');
      const borAlene = rng() < (hoved === 'trygghetsalarm' ? 0.85 : alder >= 80 ? 0.62 : alder >= 67 ? 0.45 : 0.35);
      const hjelpFraFamilie = ['avlastning', 'omsorgsstonad'].includes(hoved)
        ? (rng() < 0.75 ? 'mye' : 'noe')
        : velgVektet<'ingen' | 'noe' | 'mye'>(rng, [['ingen', 3], ['noe', 5], ['mye', 2]]);
      const sen = rng() < (v.andelSene ?? 0.07);
      const mottattFor = sen ? 33 + Math.floor(rng() * 40) : Math.floor(rng() * 24);
      const mottattDato = dagerSiden(v.idag, mottattFor);
      const kartleggingDato = dagerSiden(v.idag, Math.max(0, mottattFor - 1 - Math.floor(rng() * Math.min(10, mottattFor))));
      const fodselsaar = v.idag.getUTCFullYear() - alder - (rng() < 0.5 ? 1 : 0);
      const fodselsdato = `${fodselsaar}-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;
      let fnr = lagSyntetiskFodselsnummer(fodselsdato, rng);
      while (brukteFnr.has(fnr)) fnr = lagSyntetiskFodselsnummer(fodselsdato, rng);
      brukteFnr.add(fnr);
      const fornavn = velg(rng, FORNAVN);
      const etternavn = velg(rng, ETTERNAVN);
      const sokerType = velgVektet<Demosak['soknad']['sokerType']>(rng, [['selv', 70], ['parorende', 20], ['verge', 7], ['fullmektig', 3]]);
      const timebehov = hoved === 'bpa' ? Math.round(18 + rng() * 50) : ['omsorgsstonad', 'langtidsopphold'].includes(hoved) ? Math.round(latent * 6 + rng() * 30) : undefined;
      const kartlegging: Kartleggingsdata = {
        dato: kartleggingDato,
        deltakere: ['bruker', 'saksbehandler', ...(hjelpFraFamilie !== 'ingen' ? ['pårørende'] : [])],
        hjemmebesok: rng() < 0.85,
        iplos,
        syn: velgVektet(rng, [[1, 6], [2, 3], [3, 1]]),
        horsel: velgVektet(rng, [[1, 5], [2, 4], [3, 1]]),
        borAlene,
        hjelpFraFamilie,
        kognitivSvikt,
        ...(timebehov !== undefined ? { vurdertTimebehovPerUke: Math.min(168, timebehov) } : {}),
        ...(['langtidsopphold', 'korttidsopphold'].includes(hoved) ? { utryggUtenHeldognstilbud: rng() < 0.35 + (kognitivSvikt ? 0.2 : 0) } : {}),
        ...(['bpa', 'korttidsopphold', 'omsorgsstonad'].includes(hoved) ? { forventetVarighetMaaneder: hoved === 'korttidsopphold' ? (rng() < 0.5 ? 2 : 12) : rng() < 0.85 ? 36 : 12 } : {}),
        sokersSyn: velg(rng, ['Ønsker å bo hjemme så lenge som mulig.', 'Trenger mer hjelp enn før.', 'Familien er sliten og trenger avlastning.', 'Vil gjerne ha hjelp til dusj og rengjøring.', 'Føler seg utrygg om natten.']),
      };
      saker.push({
        nr,
        kommunenummer: k.kommunenummer,
        alder,
        mottattDato,
        sen,
        soknad: {
          kanal: velgVektet(rng, [['digital', 40], ['papir', 20], ['muntlig', 30], ['registrert_av_saksbehandler', 10]]),
          sokerType,
          ...(sokerType !== 'selv' ? { sokerNavn: `${velg(rng, FORNAVN)} ${etternavn}` } : {}),
          tjenester,
          fritekst: `Søknad om ${tjenester.join(' og ')}.`,
          person: {
            fodselsnummer: fnr,
            navn: `${fornavn} ${etternavn}`,
            adresse: `${velg(rng, GATER)} ${1 + Math.floor(rng() * 60)}, ${velg(rng, STEDER[k.kommunenummer] ?? ['8300 Svolvær'])}`,
            ...(nynorsk.has(k.kommunenummer) && rng() < 0.2 ? { maalform: 'nb' as const } : {}),
          },
        },
        kartlegging,
        saksbehandler: Math.floor(rng() * v.antallSaksbehandlere),
        trekk: { omfang: rng(), avvik: rng(), avvikType: rng(), klage: rng(), klageUtfall: rng(), statsforvalteren: rng() },
      });
    }
  }
  return saker;
}
