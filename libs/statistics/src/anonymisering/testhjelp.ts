/**
 * Test support: an attacker written independently of the library (its own atom grouping, its own model,
 * always integer programming, no presolve), and an exact enumerator for tiny systems.
 * Not exported from the library's index.
 */
import { losLp, MAAL } from '../lp.js';
import type { CelleDefinisjon, PublisertTabell } from './utgivelse.js';

function atomNokler(def: CelleDefinisjon): string[] {
  const ut: string[] = [];
  for (let a = def.periode.fra; a <= def.periode.til; a++)
    for (const e of def.enhet) for (const t of def.tjenestegruppe) for (const al of def.aldersgruppe) for (const b of def.behovsgruppe) for (const u of def.utfall)
      ut.push([a, e, t, al, b, u].join('|'));
  return ut;
}

export interface AngrepsResultat {
  readonly tabellId: string;
  readonly koordinater: unknown;
  readonly min: number;
  readonly max: number;
}

/**
 * For every hidden cell in `tabeller`, the attacker's integer min and max given every published cell of
 * `tabeller` (all releases). Independent check of the library's protection.
 */
export function uavhengigAngrep(tabeller: readonly PublisertTabell[]): AngrepsResultat[] {
  const celler = tabeller.flatMap((t) => t.celler.map((c) => ({ t, c, atomer: atomNokler(c.definisjon) })));
  // Group atoms by the cells containing them.
  const signatur = new Map<string, number[]>();
  celler.forEach((x, i) => x.atomer.forEach((a) => (signatur.get(a) ?? signatur.set(a, []).get(a)!).push(i)));
  const gruppe = new Map<string, string>();
  for (const [a, s] of signatur) gruppe.set(a, 'g' + s.join('_'));
  const cellGrupper = celler.map((x) => [...new Set(x.atomer.map((a) => gruppe.get(a)!))]);
  const likheter: Record<string, number> = {};
  const grunnVariabler: Record<string, Record<string, number>> = {};
  const uavhengige = uavhengigeRader(celler.map((x, i) => (x.c.verdi === null ? null : cellGrupper[i])));
  celler.forEach((x, i) => {
    for (const g of cellGrupper[i]) grunnVariabler[g] ??= {};
    if (x.c.verdi === null || !uavhengige.has(i)) return;
    likheter[`c${i}`] = x.c.verdi;
    for (const g of cellGrupper[i]) grunnVariabler[g][`c${i}`] = 1;
  });
  const resultat: AngrepsResultat[] = [];
  celler.forEach((x, i) => {
    if (x.c.verdi !== null) return;
    const maal = new Set(cellGrupper[i]);
    const variabler = Object.fromEntries(Object.entries(grunnVariabler).map(([g, koef]) => [g, maal.has(g) ? { ...koef, [MAAL]: 1 } : { ...koef }]));
    const ekstrem = (retning: 'min' | 'max'): number => {
      // The LP relaxation bounds the integer optimum; an integral LP vertex is the integer optimum.
      const lp = losLp({ retning, variabler, likheter });
      if (lp.mulig && lp.begrenset && Object.values(lp.variabler).every((x) => Math.abs(x - Math.round(x)) < 1e-6)) return Math.round(lp.verdi);
      const r = losLp({ retning, variabler, likheter, heltall: true });
      if (!r.mulig) throw new Error('uavhengig angriper: umulig system');
      if (!r.begrenset) return Infinity;
      return Math.round(r.verdi);
    };
    resultat.push({ tabellId: x.t.id, koordinater: x.c.koordinater, min: ekstrem('min'), max: ekstrem('max') });
  });
  return resultat;
}

/** Indices of a maximal independent subset of the 0/1 rows (null rows skipped), by elimination over exact rationals-as-floats. */
function uavhengigeRader(rader: readonly (readonly string[] | null)[]): Set<number> {
  const navn = [...new Set(rader.flatMap((r) => r ?? []))];
  const kol = new Map(navn.map((n, i) => [n, i]));
  const redusert: { pivot: number; rad: number[] }[] = [];
  const ut = new Set<number>();
  rader.forEach((r, i) => {
    if (r === null) return;
    const rad = new Array<number>(navn.length).fill(0);
    r.forEach((n) => (rad[kol.get(n)!] = 1));
    for (const b of redusert) {
      const f = rad[b.pivot];
      if (f !== 0) for (let j = 0; j < rad.length; j++) rad[j] -= f * b.rad[j];
    }
    const pivot = rad.findIndex((x) => Math.abs(x) > 1e-9);
    if (pivot < 0) return;
    const f = rad[pivot];
    redusert.push({ pivot, rad: rad.map((x) => x / f) });
    ut.add(i);
  });
  return ut;
}

/**
 * Exact enumeration: for each hidden set, the values its sum can take over non-negative integer vectors x of
 * length n with Σ_{v ∈ likning} x_v = hoyre for every equation, searching values 0..tak.
 */
export function muligeVerdier(
  n: number,
  likninger: readonly { variabler: readonly number[]; hoyre: number }[],
  skjulte: readonly (readonly number[])[],
  tak: number,
): Set<number>[] {
  const funnet = skjulte.map(() => new Set<number>());
  const x = new Array<number>(n).fill(0);
  const iLikning = Array.from({ length: n }, (_, v) => likninger.map((l, j) => (l.variabler.includes(v) ? j : -1)).filter((j) => j >= 0));
  const sum = likninger.map(() => 0);
  const igjen = likninger.map((l) => l.variabler.length);
  const sok = (v: number): void => {
    if (v === n) {
      skjulte.forEach((skjult, i) => funnet[i].add(skjult.reduce((s, v) => s + x[v], 0)));
      return;
    }
    let maks = tak;
    for (const j of iLikning[v]) maks = Math.min(maks, likninger[j].hoyre - sum[j]);
    for (let verdi = 0; verdi <= maks; verdi++) {
      x[v] = verdi;
      let ok = true;
      for (const j of iLikning[v]) {
        sum[j] += verdi;
        igjen[j] -= 1;
        if (igjen[j] === 0 && sum[j] !== likninger[j].hoyre) ok = false;
      }
      if (ok) sok(v + 1);
      for (const j of iLikning[v]) {
        sum[j] -= verdi;
        igjen[j] += 1;
      }
    }
    x[v] = 0;
  };
  sok(0);
  return funnet;
}
