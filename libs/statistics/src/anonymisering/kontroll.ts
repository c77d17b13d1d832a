import highsPakke from 'highs';
import { rapporteringsenhetFor } from './enheter.js';
import type { CelleDefinisjon, Grunnlag, PublisertTabell } from './utgivelse.js';

/** One release as the check sees it: what was published, and the counts it was made from. */
export interface KontrollertUtgivelse {
  readonly utgivelseId: string;
  readonly tabeller: readonly PublisertTabell[];
  readonly grunnlag: Grunnlag;
}

/** Something the check found that the release must not show. */
export interface Kontrollfunn {
  readonly utgivelseId: string;
  readonly tabellId: string;
  readonly koordinater: unknown;
  readonly art: 'for_smalt_intervall' | 'liten_endring' | 'inkonsistent';
  /** The attacker's integer range of a hidden cell, or the published change. */
  readonly min: number;
  readonly max: number;
}

type Laster = (typeof highsPakke)['default'];
type Highs = Awaited<ReturnType<Laster>>;
// The types describe the package's CommonJS face, while Node loads its ES module whose default export is the
// loader itself; accept either shape (as lp.ts does for javascript-lp-solver).
const highsLaster: Laster = ((highsPakke as unknown as { default?: Laster }).default ?? highsPakke) as unknown as Laster;
let highs: Promise<Highs> | null = null;

const atomNokler = (def: CelleDefinisjon): string[] => {
  const ut: string[] = [];
  for (let a = def.periode.fra; a <= def.periode.til; a++)
    for (const e of def.enhet) for (const t of def.tjenestegruppe) for (const al of def.aldersgruppe) for (const b of def.behovsgruppe) for (const u of def.utfall)
      ut.push(`${a}|${e}|${t}|${al}|${b}|${u}`);
  return ut;
};

/**
 * The release check, independent of the suppression that made the release: its own model built from the
 * published cells and the counts behind each release, solved exactly as integer programmes by HiGHS
 * (branch and bound over the integers, compiled to WebAssembly), not by the simplex of javascript-lp-solver
 * that the suppression uses, so the two cannot share a solver bug.
 *
 * The attacker knows every published cell of every release, that counts are non-negative integers, and where
 * the data did not change between releases (an atom with the same count in two releases is one unknown;
 * a changed atom is two). For every hidden cell of every release it finds the integer minimum and maximum;
 * a cell is protected when max − min + 1 ≥ k. A cell published in two releases may change by 0 or by at least
 * k, since the change is itself a figure the reader sees.
 */
export async function kontrollerUtgivelser(utgivelser: readonly KontrollertUtgivelse[], k: number): Promise<Kontrollfunn[]> {
  const solver = await (highs ??= highsLaster());
  const ukjente = new Map<string, string>();
  const celler = utgivelser.flatMap((u) => {
    const antall = new Map<string, number>();
    for (const t of u.grunnlag.tellinger) {
      const n = `${t.aar}|${rapporteringsenhetFor(t.kommunenummer)}|${t.tjenestegruppe}|${t.aldersgruppe}|${t.behovsgruppe}|${t.utfall}`;
      antall.set(n, (antall.get(n) ?? 0) + t.antall);
    }
    return u.tabeller.flatMap((t) =>
      t.celler.map((c) => {
        const navn = new Set(atomNokler(c.definisjon).map((a) => {
          const nokkel = `${a}=${antall.get(a) ?? 0}`;
          return ukjente.get(nokkel) ?? ukjente.set(nokkel, `x${ukjente.size}`).get(nokkel)!;
        }));
        return { utgivelseId: u.utgivelseId, tabellId: t.id, koordinater: c.koordinater, definisjon: JSON.stringify(c.definisjon), verdi: c.verdi, variabler: [...navn] };
      }),
    );
  });
  const sum = (v: readonly string[]): string => v.join(' + ');
  const likninger = celler.filter((c) => c.verdi !== null).map((c, i) => ` p${i}: ${sum(c.variabler)} = ${c.verdi}`);
  const alle = [...ukjente.values()];
  const ekstrem = (retning: 'Minimize' | 'Maximize', maal: readonly string[]): number | 'umulig' => {
    const modell = [retning, ` obj: ${sum(maal)}`, 'Subject To', ...(likninger.length ? likninger : [` p0: ${alle[0]} >= 0`]), 'Bounds', ...alle.map((x) => ` ${x} >= 0`), 'General', ` ${alle.join(' ')}`, 'End'].join('\n');
    const r = solver.solve(modell);
    if (r.Status === 'Optimal') return Math.round(r.ObjectiveValue);
    if (r.Status === 'Unbounded') return Infinity;
    if (r.Status === 'Infeasible') return 'umulig';
    throw new Error(`Kontrollen fikk ikke svar fra løseren (${r.Status})`);
  };

  const funn: Kontrollfunn[] = [];
  for (const c of celler) {
    if (c.verdi !== null) continue;
    const min = ekstrem('Minimize', c.variabler);
    const max = ekstrem('Maximize', c.variabler);
    if (min === 'umulig' || max === 'umulig') {
      funn.push({ utgivelseId: c.utgivelseId, tabellId: c.tabellId, koordinater: c.koordinater, art: 'inkonsistent', min: NaN, max: NaN });
      break;
    }
    if (max - min + 1 < k) funn.push({ utgivelseId: c.utgivelseId, tabellId: c.tabellId, koordinater: c.koordinater, art: 'for_smalt_intervall', min, max });
  }
  const publisert = new Map<string, { utgivelseId: string; verdi: number }[]>();
  for (const c of celler) {
    if (c.verdi === null) continue;
    for (const tidligere of publisert.get(c.definisjon) ?? []) {
      const endring = c.verdi - tidligere.verdi;
      if (tidligere.utgivelseId !== c.utgivelseId && endring !== 0 && Math.abs(endring) < k) {
        funn.push({ utgivelseId: c.utgivelseId, tabellId: c.tabellId, koordinater: c.koordinater, art: 'liten_endring', min: endring, max: endring });
      }
    }
    (publisert.get(c.definisjon) ?? publisert.set(c.definisjon, []).get(c.definisjon)!).push({ utgivelseId: c.utgivelseId, verdi: c.verdi });
  }
  return funn;
}
