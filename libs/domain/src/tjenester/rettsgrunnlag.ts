import type { IsoDato, Maalform } from '../felles/typer.js';
import { klagefrist } from '../frister/frister.js';

/**
 * The legal regime of a service: whether the person has a right to it, and where that right is written.
 * - `pbrl_2_1_a`: necessary health and care services from the municipality (pasient- og brukerrettighetsloven
 *   § 2-1 a andre ledd), the services of hol. § 3-2 første ledd nr. 6 and 7 and § 3-6;
 * - `pbrl_2_1_d`: brukerstyrt personlig assistanse (pbrl. § 2-1 d);
 * - `pbrl_2_1_e`: long-term care in a nursing home or equivalent 24-hour housing (pbrl. § 2-1 e);
 * - `skjonn`: no individual right; the municipality decides by discretion (trygghetsalarm, matombringing,
 *   housing without 24-hour staff).
 */
export const RETTSGRUNNLAG = ['pbrl_2_1_a', 'pbrl_2_1_d', 'pbrl_2_1_e', 'skjonn'] as const;
export type Rettsgrunnlag = (typeof RETTSGRUNNLAG)[number];

/**
 * Where a complaint goes, which follows from the regime:
 * - `statsforvalteren`: a decision on a right is complained about under pbrl. § 7-2 within 4 weeks (§ 7-5); the
 *   office re-assesses and, if it does not agree, Statsforvalteren i Nordland decides;
 * - `kommunen`: a discretionary decision follows forvaltningsloven (§ 28 andre ledd, § 29: 3 weeks); the office
 *   re-assesses and the municipality's own complaint body decides (named in the municipality's settings).
 */
export type Klagevei = 'statsforvalteren' | 'kommunen';

export interface Klageregel {
  klagevei: Klagevei;
  /** Length of the complaint deadline in days: 28 (pbrl. § 7-5) or 21 (fvl. § 29). */
  fristDager: number;
}

const KLAGEREGLER: Readonly<Record<Klagevei, Klageregel>> = {
  statsforvalteren: { klagevei: 'statsforvalteren', fristDager: 28 },
  kommunen: { klagevei: 'kommunen', fristDager: 21 },
};

export function klageregel(rettsgrunnlag: Rettsgrunnlag): Klageregel {
  return KLAGEREGLER[rettsgrunnlag === 'skjonn' ? 'kommunen' : 'statsforvalteren'];
}

/** Last day to complain about a decision under this regime, from the day the person learned of it. */
export function klagefristFor(rettsgrunnlag: Rettsgrunnlag, kjentDato: IsoDato): IsoDato {
  return klagefrist(kjentDato, { dager: klageregel(rettsgrunnlag).fristDager });
}

/**
 * A decision covering services of two regimes has two complaint routes, and the letter states each. The
 * routes in a fixed order (Statsforvalteren first), each with the services it covers.
 */
export function klageveier<T extends { rettsgrunnlag: Rettsgrunnlag }>(tjenester: readonly T[]): { klagevei: Klagevei; fristDager: number; tjenester: T[] }[] {
  const ut: { klagevei: Klagevei; fristDager: number; tjenester: T[] }[] = [];
  for (const vei of ['statsforvalteren', 'kommunen'] as const) {
    const disse = tjenester.filter((t) => klageregel(t.rettsgrunnlag).klagevei === vei);
    if (disse.length > 0) ut.push({ ...KLAGEREGLER[vei], tjenester: disse });
  }
  return ut;
}

/**
 * The earliest deadline of a decision's routes, the one a single "klagefrist" must show. A complaint on a
 * decision with two routes is in time for a service when it is in time under that service's route.
 */
export function strengesteKlageregel(rettsgrunnlag: readonly Rettsgrunnlag[]): Klageregel {
  return rettsgrunnlag.some((r) => r === 'skjonn') ? KLAGEREGLER.kommunen : KLAGEREGLER.statsforvalteren;
}

/** A statute reference and what it says, in plain words: one line of a letter's rules section. */
export interface Lovregel {
  hjemmel: string;
  tekst: string;
}

/** A service's texts in one målform: its name, legal basis, the municipality's duty and the person's right. */
export interface Tjenestetekster {
  navn: string;
  /** The legal basis on the decision line. */
  hjemmel: string;
  /** The duty the statute puts on the municipality. */
  plikt: Lovregel;
  /** The person's right, or null for a discretionary service. */
  rett: Lovregel | null;
}

export type Tjenestetekstsett = Readonly<Record<Maalform, Tjenestetekster>>;
