/**
 * Static analysis of a service's rule list: which rules can never fire and whether the last rule is a
 * catch-all. Works on the condition tree in disjunctive normal form and treats facts as independent, so it
 * may miss a contradiction between a derived fact and its source variables but never calls a reachable rule
 * unreachable. Each fact is checked on a finite set of candidate values that is exact for its comparisons:
 * every score, category and whole number in the domain, and for decimal facts the constants used, the domain
 * ends and the midpoints between them (the truth of a comparison only changes at a constant).
 */
import { beskrivBetingelse, iNivaa, sammenlignVerdi } from './betingelse.js';
import { finnFakta, IKKE_RELEVANT, type Faktadefinisjon } from './fakta.js';
import type { Betingelse, Faktaverdi, Nivaainndeling, Regel } from './typer.js';

interface Literal {
  fakta: Faktadefinisjon;
  test: (v: Faktaverdi | undefined) => boolean;
  konstanter: number[];
  tekst: string;
}

type Konjunkt = Literal[];

/** Past this size the analysis answers "unknown" rather than spend time; real criteria sets stay far below. */
const GRENSE = 20000;

class KanIkkeAvgjoere extends Error {}

function lagLiteral(b: Betingelse, negert: boolean, nivaaer: Nivaainndeling | undefined): Literal {
  if ('nivaa' in b) {
    const nivaa = nivaaer?.inndeling.find((n) => n.id === b.nivaa);
    const fakta = nivaaer ? finnFakta(nivaaer.fakta) : undefined;
    if (!nivaa || !fakta) throw new KanIkkeAvgjoere();
    const test = (v: Faktaverdi | undefined) => iNivaa(nivaa, typeof v === 'number' ? v : undefined);
    return { fakta, test: negert ? (v) => !test(v) : test, konstanter: [nivaa.fra, ...(nivaa.til === null ? [] : [nivaa.til])], tekst: (negert ? 'ikke ' : '') + beskrivBetingelse(b) };
  }
  if (!('fakta' in b)) throw new Error('bare blader er literaler');
  const fakta = finnFakta(b.fakta);
  if (!fakta) throw new KanIkkeAvgjoere();
  const test = (v: Faktaverdi | undefined) => sammenlignVerdi(fakta.domene, b.operator, b.verdi, v);
  const verdier = Array.isArray(b.verdi) ? b.verdi : [b.verdi];
  return { fakta, test: negert ? (v) => !test(v) : test, konstanter: verdier.filter((v): v is number => typeof v === 'number'), tekst: (negert ? 'ikke ' : '') + beskrivBetingelse(b) };
}

function kandidater(fakta: Faktadefinisjon, literaler: Literal[]): (Faktaverdi | undefined)[] {
  const d = fakta.domene;
  const ut: (Faktaverdi | undefined)[] = fakta.valgfri ? [undefined] : [];
  switch (d.type) {
    case 'boolsk':
      return [...ut, true, false];
    case 'kategori':
      return [...ut, ...d.verdier];
    case 'skaar':
      return [...ut, ...Array.from({ length: d.maks }, (_, i) => i + 1), IKKE_RELEVANT];
    case 'tall': {
      if (d.heltall && d.maks - d.min <= 5000) return [...ut, ...Array.from({ length: d.maks - d.min + 1 }, (_, i) => d.min + i)];
      const punkter = [...new Set([d.min, d.maks, ...literaler.flatMap((l) => l.konstanter)])].filter((p) => p >= d.min && p <= d.maks).sort((a, b) => a - b);
      const midt = punkter.slice(1).map((p, i) => (p + punkter[i]) / 2);
      return [...ut, ...punkter, ...midt];
    }
  }
}

function perFakta(k: Konjunkt): Map<string, Literal[]> {
  const m = new Map<string, Literal[]>();
  for (const l of k) m.set(l.fakta.navn, [...(m.get(l.fakta.navn) ?? []), l]);
  return m;
}

function faktaOppfyllbar(literaler: Literal[]): boolean {
  return kandidater(literaler[0].fakta, literaler).some((v) => literaler.every((l) => l.test(v)));
}

function konjunktOppfyllbar(k: Konjunkt): boolean {
  for (const literaler of perFakta(k).values()) if (!faktaOppfyllbar(literaler)) return false;
  return true;
}

function og(a: Konjunkt[], b: Konjunkt[]): Konjunkt[] {
  const ut: Konjunkt[] = [];
  for (const x of a) {
    for (const y of b) {
      const k = [...x, ...y];
      if (konjunktOppfyllbar(k)) ut.push(k);
      if (ut.length > GRENSE) throw new KanIkkeAvgjoere();
    }
  }
  return ut;
}

/** DNF of `b` (or of its negation), dropping conjunctions that cannot hold. */
function dnf(b: Betingelse, negert: boolean, nivaaer: Nivaainndeling | undefined): Konjunkt[] {
  if ('ikke' in b) return dnf(b.ikke, !negert, nivaaer);
  if ('alle' in b || 'noen' in b) {
    const deler = 'alle' in b ? b.alle : b.noen;
    const konjunksjon = 'alle' in b !== negert;
    const barn = deler.map((d) => dnf(d, negert, nivaaer));
    if (konjunksjon) return barn.reduce<Konjunkt[]>((acc, d) => og(acc, d), [[]]);
    const ut = barn.flat();
    if (ut.length > GRENSE) throw new KanIkkeAvgjoere();
    return ut;
  }
  const l = lagLiteral(b, negert, nivaaer);
  return konjunktOppfyllbar([l]) ? [[l]] : [];
}

export type Regelstatus =
  | { status: 'naabar' }
  /** The analysis gave up (too large or refers to something unknown); treated as reachable. */
  | { status: 'ukjent' }
  /** The rule's own conditions contradict each other. */
  | { status: 'umulig'; motsigelse?: string }
  /** A catch-all earlier in the list takes every case. */
  | { status: 'etter_oppsamling'; oppsamlingsregel: string }
  /** Earlier rules together take every case this rule would match. */
  | { status: 'skygget'; av: string[] };

export interface Regelanalyse {
  regler: Regelstatus[];
  /** The last rule matches every assessment (or 'ukjent'). */
  sisteErOppsamling: boolean | 'ukjent';
  /** The first reachable rule that matches every assessment, if any. */
  foersteOppsamling?: string;
}

/** A readable contradiction inside one conjunction: "iplos.toalett minst 4 og iplos.toalett høyst 2". */
function motsigelse(b: Betingelse, nivaaer: Nivaainndeling | undefined): string | undefined {
  const k: Konjunkt = [];
  const samle = (x: Betingelse): boolean => {
    if ('alle' in x) return x.alle.every(samle);
    if ('fakta' in x || 'nivaa' in x) {
      k.push(lagLiteral(x, false, nivaaer));
      return true;
    }
    return false;
  };
  if (!samle(b)) return undefined;
  for (const [navn, literaler] of perFakta(k)) {
    if (!faktaOppfyllbar(literaler)) return `${literaler.map((l) => l.tekst).join(' og ')} kan ikke gjelde samtidig (${navn})`;
  }
  return undefined;
}

export function analyserRegler(regler: readonly Regel[], nivaaer: Nivaainndeling | undefined): Regelanalyse {
  const statuser: Regelstatus[] = [];
  /** The part of the assessment space no earlier rule has taken, in DNF; null once the analysis gave up. */
  let rest: Konjunkt[] | null = [[]];
  let oppsamling: string | undefined;
  for (const regel of regler) {
    try {
      const egen = dnf(regel.naar, false, nivaaer);
      if (egen.length === 0) {
        statuser.push({ status: 'umulig', motsigelse: motsigelse(regel.naar, nivaaer) });
        continue;
      }
      const negasjon = dnf(regel.naar, true, nivaaer);
      if (rest === null) {
        statuser.push({ status: 'ukjent' });
        continue;
      }
      const restNaa: Konjunkt[] = rest;
      const naabar = egen.some((x) => restNaa.some((y) => konjunktOppfyllbar([...x, ...y])));
      if (!naabar) {
        if (oppsamling) statuser.push({ status: 'etter_oppsamling', oppsamlingsregel: oppsamling });
        else {
          const idx = statuser.length;
          const av = regler.slice(0, idx).filter((r, j) => statuser[j].status !== 'umulig' && overlapper(r.naar, regel.naar, nivaaer)).map((r) => r.id);
          statuser.push({ status: 'skygget', av });
        }
        continue;
      }
      statuser.push({ status: 'naabar' });
      if (negasjon.length === 0 && !oppsamling) oppsamling = regel.id;
      rest = og(restNaa, negasjon);
    } catch (e) {
      if (!(e instanceof KanIkkeAvgjoere)) throw e;
      statuser.push({ status: 'ukjent' });
      rest = null;
    }
  }
  let sisteErOppsamling: boolean | 'ukjent' = false;
  const siste = regler.at(-1);
  if (siste) {
    try {
      sisteErOppsamling = dnf(siste.naar, true, nivaaer).length === 0;
    } catch (e) {
      if (!(e instanceof KanIkkeAvgjoere)) throw e;
      sisteErOppsamling = 'ukjent';
    }
  }
  return { regler: statuser, sisteErOppsamling, ...(oppsamling ? { foersteOppsamling: oppsamling } : {}) };
}

function overlapper(a: Betingelse, b: Betingelse, nivaaer: Nivaainndeling | undefined): boolean {
  try {
    return og(dnf(a, false, nivaaer), dnf(b, false, nivaaer)).length > 0;
  } catch (e) {
    if (e instanceof KanIkkeAvgjoere) return true;
    throw e;
  }
}
