import { BISTANDSBEHOV_NAVN } from '../../domain/src/kartlegging/bistandsbehov.js';
import { ENHETSETIKETTER, RAPPORTERINGSENHETER, rapporteringsenhetFor, type Rapporteringsenhet } from '../../statistics/src/anonymisering/enheter.js';
import { velgPerioder } from '../../statistics/src/anonymisering/perioder.js';
import { publiserMedian } from '../../statistics/src/anonymisering/regler.js';
import type { AnonymDimensjon, Periode, TabellSpesifikasjon } from '../../statistics/src/anonymisering/tabellspesifikasjon.js';
import {
  ALDERSGRUPPER,
  PRIKK,
  PRIKK_FORKLARING,
  TOTALT,
  type Klassifisering,
  type PublisertTabell,
} from '../../statistics/src/anonymisering/utgivelse.js';

/** A table of the anonymised report as a reader sees it: labels and printed values only. */
export interface AnonymVisningstabell {
  id: string;
  tittel: string;
  periode: string;
  kolonner: string[];
  /** Each cell is a label, a count (0 or ≥ 5), a percentage text, or ":" (prikket). */
  rader: (string | number)[][];
  fotnote: string;
}

export interface AnonymisertRapport {
  type: 'anonymisert';
  aar: number;
  /** Provisional (the year has not ended; more releases may follow) or final. */
  utgave: 'foreloepig' | 'endelig';
  /** The last date whose decisions are counted. */
  tilOgMed: string;
  k: number;
  enheter: string[];
  tabeller: AnonymVisningstabell[];
  merknader: string[];
}

export const UTFALL_KLASSIFISERING = [
  { kode: 'innvilget', etikett: 'Innvilget' },
  { kode: 'ikke_innvilget', etikett: 'Ikke innvilget' },
];

const TJENESTEGRUPPE_NAVN: Record<string, string> = {
  hjemmetjenester: 'Hjemmetjenester',
  institusjon: 'Institusjon',
  avlastning_og_stotte: 'Avlastning og støtte',
  velferdsteknologi: 'Velferdsteknologi',
  bolig: 'Bolig',
};

export function klassifisering(tjenestegrupper: readonly string[]): Klassifisering {
  return {
    tjenestegrupper: [...new Set(tjenestegrupper)].sort().map((kode) => ({ kode, etikett: TJENESTEGRUPPE_NAVN[kode] ?? kode })),
    aldersgrupper: ALDERSGRUPPER,
    behovsgrupper: Object.entries(BISTANDSBEHOV_NAVN).map(([kode, etikett]) => ({ kode, etikett })),
    utfall: UTFALL_KLASSIFISERING,
  };
}

/**
 * The publication window of each reporting unit that contains `aar`: calendar years, a year with fewer
 * than 20 decisions pooled with the next (velgPerioder walks forward from the office's first year, so a
 * later release never moves an earlier window and windows never overlap). A unit whose year must wait for
 * the next year is left out of this release.
 */
export function perioderForEnheter(vedtakPerAar: readonly { aar: number; kommunenummer: string; antall: number }[], aar: number): {
  perioder: Map<Rapporteringsenhet, Periode>;
  venter: Rapporteringsenhet[];
} {
  const forsteAar = Math.min(aar, ...vedtakPerAar.map((v) => v.aar));
  const perioder = new Map<Rapporteringsenhet, Periode>();
  const venter: Rapporteringsenhet[] = [];
  for (const enhet of RAPPORTERINGSENHETER) {
    const antall = Array.from({ length: aar - forsteAar + 1 }, (_, i) => ({ aar: forsteAar + i, antall: 0 }));
    for (const v of vedtakPerAar) if (v.aar <= aar && v.aar >= forsteAar && rapporteringsenhetFor(v.kommunenummer) === enhet) antall[v.aar - forsteAar].antall += v.antall;
    const valg = velgPerioder(antall);
    const p = valg.perioder.find((x) => x.fra <= aar && aar <= x.til);
    if (p) perioder.set(enhet, p);
    else venter.push(enhet);
  }
  return { perioder, venter };
}

const periodeTekst = (p: Periode): string => (p.fra === p.til ? `${p.fra}` : `${p.fra}–${p.til}`);

/** The standard tables: outcome × unit × one of service group, age band, need group (two dimensions each). */
export function tabellspesifikasjoner(perioder: Map<Rapporteringsenhet, Periode>): TabellSpesifikasjon[] {
  const grupper = new Map<string, { periode: Periode; enheter: Rapporteringsenhet[] }>();
  for (const [enhet, p] of perioder) {
    const g = grupper.get(periodeTekst(p)) ?? grupper.set(periodeTekst(p), { periode: p, enheter: [] }).get(periodeTekst(p))!;
    g.enheter.push(enhet);
  }
  const specs: TabellSpesifikasjon[] = [];
  const andre: { dim: AnonymDimensjon; tittel: string }[] = [
    { dim: 'tjenestegruppe', tittel: 'Vedtak etter enhet og tjenestegruppe' },
    { dim: 'aldersgruppe', tittel: 'Vedtak etter enhet og aldersgruppe' },
    { dim: 'behovsgruppe', tittel: 'Vedtak etter enhet og bistandsbehov' },
  ];
  for (const [tekst, g] of grupper) {
    const alle = g.enheter.length === RAPPORTERINGSENHETER.length;
    for (const a of andre) {
      specs.push({
        id: `${a.dim}-${tekst}-${[...g.enheter].sort().join('+')}`.slice(0, 80),
        tittel: `${a.tittel}, ${tekst}`,
        periode: g.periode,
        dimensjoner: ['enhet', a.dim],
        ...(alle ? {} : { utvalg: { enhet: g.enheter } }),
        andelFor: 'innvilget',
      });
    }
  }
  return specs;
}

const DIMENSJONSNAVN: Record<AnonymDimensjon, string> = { enhet: 'Enhet', tjenestegruppe: 'Tjenestegruppe', aldersgruppe: 'Aldersgruppe', behovsgruppe: 'Bistandsbehov' };
const prosent = (x: number): string => `${(x * 100).toFixed(1).replace('.', ',')} %`;

/** A published table as rows a reader sees: one row per category combination (and "I alt"), counts, and the rate. */
export function visning(t: PublisertTabell): AnonymVisningstabell {
  const dims = t.dimensjoner;
  const etikett = (d: AnonymDimensjon, kode: string): string => (kode === TOTALT ? 'I alt' : t.kategorier[d]?.find((k) => k.kode === kode)?.etikett ?? kode);
  const rader: (string | number)[][] = [];
  const radnokler = new Map<string, Record<string, string>>();
  for (const c of t.celler) {
    const { utfall: _u, ...rest } = c.koordinater;
    radnokler.set(JSON.stringify(dims.map((d) => rest[d])), rest as Record<string, string>);
  }
  for (const [, koord] of radnokler) {
    const verdi = (utfall: string): string | number => {
      const c = t.celler.find((x) => x.koordinater.utfall === utfall && dims.every((d) => x.koordinater[d] === koord[d]));
      return c?.verdi ?? PRIKK;
    };
    const andel = t.andeler.find((a) => dims.every((d) => a.koordinater[d] === koord[d]))?.andel ?? null;
    rader.push([
      ...dims.map((d) => etikett(d, koord[d])),
      ...t.utfall.map((u) => verdi(u.kode)),
      verdi(TOTALT),
      andel ? prosent(andel.estimat) : PRIKK,
      andel ? `${prosent(andel.nedre)}–${prosent(andel.ovre)}` : PRIKK,
    ]);
  }
  return {
    id: t.id,
    tittel: t.tittel,
    periode: periodeTekst(t.periode),
    kolonner: [...dims.map((d) => DIMENSJONSNAVN[d]), ...t.utfall.map((u) => u.etikett), 'I alt', 'Andel innvilget', '95 % KI'],
    rader,
    fotnote: `${t.fotnote} En andel vises bare når både innvilgede og ikke innvilgede er minst 5.`,
  };
}

/** Median processing time per unit: only where its decisions concern at least 10 persons; never minimum, maximum or a small-group mean. */
export function mediantabell(rader: { enhet: Rapporteringsenhet; periode: Periode; n: number; median: number | null }[]): AnonymVisningstabell {
  return {
    id: 'behandlingstid-median',
    tittel: 'Median behandlingstid (dager fra mottatt søknad til vedtak)',
    periode: [...new Set(rader.map((r) => periodeTekst(r.periode)))].join(', '),
    kolonner: ['Enhet', 'Periode', 'Median dager'],
    rader: rader.map((r) => {
      const m = r.median === null ? null : publiserMedian(r.n, r.median);
      return [ENHETSETIKETTER[r.enhet], periodeTekst(r.periode), m === null ? PRIKK : Math.round(m * 10) / 10];
    }),
    fotnote: 'Medianen vises bare når enheten har vedtak for minst 10 personer i perioden.',
  };
}

export { PRIKK_FORKLARING };
