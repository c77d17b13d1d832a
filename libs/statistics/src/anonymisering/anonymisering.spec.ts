import fc from 'fast-check';
import { DomeneFeil } from '../../../domain/src/felles/typer.js';
import { Beskyttelsesmodell, erBeskyttet, type Beskyttelsesfigur } from './beskyttelse.js';
import { ENHETSETIKETTER, rapporteringsenhetFor } from './enheter.js';
import { overlapper, velgPerioder } from './perioder.js';
import { K, erDominert, publiserAndel, publiserAntall, publiserMedian } from './regler.js';
import { validerTabellSpesifikasjon, type TabellSpesifikasjon } from './tabellspesifikasjon.js';
import { kontrollerUtgivelser } from './kontroll.js';
import { muligeVerdier, uavhengigAngrep } from './testhjelp.js';
import {
  ALDERSGRUPPER,
  PRIKK,
  TOTALT,
  lagAnonymisertUtgivelse,
  type Grunntelling,
  type Klassifisering,
  type PublisertTabell,
} from './utgivelse.js';

const KLASSIFISERING: Klassifisering = {
  tjenestegrupper: [
    { kode: 'hjemmetjenester', etikett: 'Hjemmetjenester' },
    { kode: 'institusjon', etikett: 'Institusjon' },
  ],
  aldersgrupper: ALDERSGRUPPER,
  behovsgrupper: [
    { kode: 'lite', etikett: 'Lite behov' },
    { kode: 'stort', etikett: 'Stort behov' },
  ],
  utfall: [
    { kode: 'innvilget', etikett: 'Innvilget' },
    { kode: 'avslag', etikett: 'Avslag' },
  ],
};
const KOMMUNER = ['1860', '1865', '1859', '1874'];

const tabell = (id: string, dimensjoner: string[], fra = 2024, til = fra, ekstra: Partial<TabellSpesifikasjon> = {}): TabellSpesifikasjon => ({
  id,
  tittel: id,
  periode: { fra, til },
  dimensjoner,
  andelFor: 'innvilget',
  ...ekstra,
});

/** Every count of a grunnlag from a generator of values per (year, municipality, service, age, need, outcome). */
function grunnlag(aar: number[], verdi: (i: number, kommune: string) => number): Grunntelling[] {
  const ut: Grunntelling[] = [];
  let i = 0;
  for (const a of aar)
    for (const kommunenummer of KOMMUNER)
      for (const t of KLASSIFISERING.tjenestegrupper)
        for (const al of KLASSIFISERING.aldersgrupper)
          for (const b of KLASSIFISERING.behovsgrupper)
            for (const u of KLASSIFISERING.utfall)
              ut.push({ aar: a, kommunenummer, tjenestegruppe: t.kode, aldersgruppe: al.kode, behovsgruppe: b.kode, utfall: u.kode, antall: verdi(i++, kommunenummer) });
  return ut;
}

function synligeAntall(tabeller: readonly PublisertTabell[]): number[] {
  return tabeller.flatMap((t) => t.celler.map((c) => c.verdi).filter((v): v is number => v !== null));
}

/** The invariants a reader of any release must be able to rely on. */
function sjekkUtgivelse(tabeller: readonly PublisertTabell[], alleUtgitte: readonly PublisertTabell[]): void {
  for (const v of synligeAntall(tabeller)) expect(v === 0 || v >= K).toBe(true);
  for (const t of tabeller) {
    for (const c of t.celler) {
      if (c.verdi === null) expect(c.merke).toBe(PRIKK);
    }
    for (const a of t.andeler) {
      if (a.andel === null) continue;
      const finn = (utfall: string) => t.celler.find((c) => JSON.stringify(c.koordinater) === JSON.stringify({ ...a.koordinater, utfall }));
      const del = finn(a.utfall)?.verdi;
      const total = finn(TOTALT)?.verdi;
      expect(del).not.toBeNull();
      expect(total).not.toBeNull();
      expect(del!).toBeGreaterThanOrEqual(K);
      expect(total! - del!).toBeGreaterThanOrEqual(K);
    }
  }
  const tekst = JSON.stringify(tabeller);
  expect(tekst).not.toMatch(/Flakstad(?! og Moskenes)/);
  expect(tekst).not.toMatch(/(?<!Flakstad og )Moskenes/);
  expect(tekst).not.toMatch(/"(1859|1874)"/);
  // The attacker, independently: every hidden cell of every release keeps at least k possible values.
  for (const r of uavhengigAngrep(alleUtgitte)) {
    if (r.max - r.min + 1 < K) throw new Error(`Prikket celle ${r.tabellId} ${JSON.stringify(r.koordinater)} kan snevres inn til ${r.min}–${r.max}`);
  }
}

describe('reporting units', () => {
  it('maps the four municipalities to three units, Flakstad and Moskenes together', () => {
    expect(rapporteringsenhetFor('1865')).toBe('vagan');
    expect(rapporteringsenhetFor('1860')).toBe('vestvagoy');
    expect(rapporteringsenhetFor('1859')).toBe('flakstad_moskenes');
    expect(rapporteringsenhetFor('1874')).toBe('flakstad_moskenes');
    expect(ENHETSETIKETTER.flakstad_moskenes).toBe('Flakstad og Moskenes');
    expect(() => rapporteringsenhetFor('1804')).toThrow(RangeError);
  });
});

describe('primary rules', () => {
  it('publishes 0 and counts of at least 5 only', () => {
    expect([0, 1, 4, 5, 17].map((n) => publiserAntall(n))).toEqual([0, null, null, 5, 17]);
  });
  it('publishes a rate only when both sides are at least 5', () => {
    expect(publiserAndel(4, 30)).toBeNull();
    expect(publiserAndel(30, 4)).toBeNull();
    expect(publiserAndel(0, 30)).toBeNull();
    expect(publiserAndel(15, 5)?.estimat).toBe(0.75);
  });
  it('the dominance rule: a sum where the two largest persons make up more than 85 % is sensitive', () => {
    expect(erDominert([40, 30, 5, 5, 2])).toBe(true); // 70 of 82 = 85.4 %
    expect(erDominert([40, 30, 5, 5, 3])).toBe(false); // 70 of 83 = 84.3 %
    expect(erDominert([10, 10, 10, 10, 10])).toBe(false);
    expect(erDominert([0, 0])).toBe(false);
    expect(() => erDominert([-1, 5])).toThrow(RangeError);
  });
  it('publishes a median only where n ≥ 10', () => {
    expect(publiserMedian(9, 3.5)).toBeNull();
    expect(publiserMedian(10, 3.5)).toBe(3.5);
  });
});

describe('table specifications', () => {
  it('accepts the outcome crossed with two allowed dimensions', () => {
    expect(validerTabellSpesifikasjon(tabell('a', ['enhet', 'aldersgruppe']))).toEqual([]);
  });
  it('refuses a caseworker dimension, with a message saying why', () => {
    const feil = validerTabellSpesifikasjon(tabell('a', ['saksbehandler']));
    expect(feil).toEqual([{ field: 'dimensjoner[0]', message: expect.stringMatching(/saksbehandler/) }]);
  });
  it.each(['kjonn', 'alder', 'bor_alene', 'diagnose', 'maaned', 'kommune'])('refuses %s', (d) => {
    expect(validerTabellSpesifikasjon(tabell('a', ['enhet', d]))).toHaveLength(1);
  });
  it('refuses three dimensions, also when the third is hidden in a restriction', () => {
    expect(validerTabellSpesifikasjon(tabell('a', ['enhet', 'aldersgruppe', 'behovsgruppe']))).not.toEqual([]);
    expect(validerTabellSpesifikasjon(tabell('a', ['aldersgruppe', 'behovsgruppe'], 2024, 2024, { utvalg: { enhet: ['vagan'] } }))).not.toEqual([]);
    expect(validerTabellSpesifikasjon(tabell('a', ['enhet', 'aldersgruppe'], 2024, 2024, { utvalg: { enhet: ['vagan', 'vestvagoy'] } }))).toEqual([]);
  });
  it('refuses a period of three years', () => {
    expect(validerTabellSpesifikasjon(tabell('a', ['enhet'], 2022, 2024))).not.toEqual([]);
  });
  it('the release refuses a caseworker table with 422', () => {
    const kall = () =>
      lagAnonymisertUtgivelse({ utgivelseId: 'u', klassifisering: KLASSIFISERING, grunnlag: { aar: [2024], tellinger: [] }, tabeller: [tabell('a', ['saksbehandler'])] });
    expect(kall).toThrow(DomeneFeil);
    try {
      kall();
    } catch (e) {
      expect((e as DomeneFeil).status).toBe(422);
      expect((e as DomeneFeil).felt[0].field).toBe('tabeller[0].dimensjoner[0]');
    }
  });
});

describe('periods', () => {
  it('pools a year with fewer than 20 decisions with the next, and a short last year waits', () => {
    expect(velgPerioder([{ aar: 2022, antall: 30 }, { aar: 2023, antall: 12 }, { aar: 2024, antall: 9 }, { aar: 2025, antall: 8 }])).toEqual({
      perioder: [{ fra: 2022, til: 2022 }, { fra: 2023, til: 2024 }],
      venter: 2025,
    });
  });

  it('windows never overlap and a new year never moves an earlier window', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 45 }), { minLength: 1, maxLength: 12 }), (antall) => {
        const aar = antall.map((a, i) => ({ aar: 2015 + i, antall: a }));
        const valg = velgPerioder(aar);
        for (let i = 0; i < valg.perioder.length; i++) {
          const p = valg.perioder[i];
          expect(p.til - p.fra).toBeLessThanOrEqual(1);
          if (p.til === p.fra) expect(antall[p.fra - 2015]).toBeGreaterThanOrEqual(20);
          for (let j = i + 1; j < valg.perioder.length; j++) expect(overlapper(p, valg.perioder[j])).toBe(false);
        }
        const senere = velgPerioder([...aar, { aar: 2015 + antall.length, antall: 3 }]);
        expect(senere.perioder.slice(0, valg.perioder.length)).toEqual(valg.perioder);
      }),
      { numRuns: 300 },
    );
  });
});

describe('protection intervals: the LP agrees with exact enumeration on small tables', () => {
  /** An r×c table with row, column and grand totals as figures over r·c unknowns. */
  function tabellFigurer(verdier: number[][], skjult: boolean[]): { figurer: Beskyttelsesfigur[]; likningerFor: (skjult: boolean[]) => { variabler: number[]; hoyre: number }[] } {
    const r = verdier.length, c = verdier[0].length;
    const mengder: number[][] = [];
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) mengder.push([i * c + j]);
    for (let i = 0; i < r; i++) mengder.push([...Array(c).keys()].map((j) => i * c + j));
    for (let j = 0; j < c; j++) mengder.push([...Array(r).keys()].map((i) => i * c + j));
    mengder.push([...Array(r * c).keys()]);
    const flat = verdier.flat();
    const figurer = mengder.map((m, i) => ({ variabler: m, sann: m.reduce((s, v) => s + flat[v], 0), skjult: skjult[i] ?? false, laast: false, kostnad: 1 }));
    return {
      figurer,
      likningerFor: (s) => figurer.filter((_, i) => !s[i]).map((f) => ({ variabler: [...f.variabler], hoyre: f.sann })),
    };
  }

  it('min and max of each hidden cell equal the enumerated extremes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 2, max: 3 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 9, maxLength: 9 }),
        fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
        (r, c, tall, skjulMonster) => {
          const verdier = Array.from({ length: r }, (_, i) => tall.slice(i * c, i * c + c));
          const antallFigurer = r * c + r + c + 1;
          const skjult = skjulMonster.slice(0, antallFigurer).map((s, i) => s && i < r * c + r + c + 1);
          const { figurer, likningerFor } = tabellFigurer(verdier, skjult);
          const modell = new Beskyttelsesmodell(figurer, r * c, K);
          const likninger = likningerFor(skjult);
          const tak = Math.max(3, figurer[figurer.length - 1].sann);
          const skjulte = figurer.map((f, i) => [f, i] as const).filter(([f]) => f.skjult);
          const alleMulige = muligeVerdier(r * c, likninger, skjulte.map(([f]) => f.variabler), tak);
          skjulte.forEach(([, i], j) => {
            const mulige = alleMulige[j];
            const intervall = modell.intervall(i);
            expect(intervall.min).toBe(Math.min(...mulige));
            if (Number.isFinite(intervall.max)) expect(intervall.max).toBe(Math.max(...mulige));
            else expect(Math.max(...mulige)).toBeGreaterThanOrEqual(intervall.min + tak); // unbounded: the enumeration runs to its cap
            // No holes: every value between min and max is possible.
            if (Number.isFinite(intervall.max)) expect(mulige.size).toBe(intervall.max - intervall.min + 1);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the criterion: at least k values, so never pinned inside 1..k−1', () => {
    expect(erBeskyttet({ min: 0, max: 4 }, 5)).toBe(true);
    expect(erBeskyttet({ min: 1, max: 5 }, 5)).toBe(true);
    expect(erBeskyttet({ min: 1, max: 4 }, 5)).toBe(false);
    expect(erBeskyttet({ min: 0, max: 3 }, 5)).toBe(false);
    expect(erBeskyttet({ min: 3, max: Infinity }, 5)).toBe(true);
  });
});

describe('anonymised release', () => {
  const enkelGrunnlag = (aar: number[], verdi: (i: number, kommune: string) => number) => ({ aar, tellinger: grunnlag(aar, verdi) });

  it('a small finest count summed into a larger published cell is not hidden', () => {
    // Vågan (index 24–47): one refusal among 67–79-year-olds in hjemmetjenester with little need (index 29); all else 6.
    const g = enkelGrunnlag([2024], (i) => (i === 29 ? 1 : 6));
    const { utgivelse, revisjon } = lagAnonymisertUtgivelse({
      utgivelseId: 'u1',
      klassifisering: KLASSIFISERING,
      grunnlag: g,
      tabeller: [tabell('t1', ['enhet', 'aldersgruppe'])],
    });
    const t = utgivelse.tabeller[0];
    const cell = (enhet: string, aldersgruppe: string, utfall: string) =>
      t.celler.find((c) => c.koordinater.enhet === enhet && c.koordinater.aldersgruppe === aldersgruppe && c.koordinater.utfall === utfall)!;
    expect(revisjon.prikket.filter((p) => p.grunn === 'under_k')).toEqual([]);
    // Summed over two service groups and two need groups: 3·6 + 1.
    expect(cell('vagan', '67_79', 'avslag').verdi).toBe(19);
    expect(t.celler.every((c) => c.verdi !== null)).toBe(true);
    sjekkUtgivelse(utgivelse.tabeller, utgivelse.tabeller);
  });

  it('a small count is prikket with ":" and the reason stays internal', () => {
    const g = enkelGrunnlag([2024], (i, k) => (k === '1874' ? 0 : k === '1859' ? (i % 48 === 1 ? 2 : 0) : 4));
    const { utgivelse, revisjon } = lagAnonymisertUtgivelse({
      utgivelseId: 'u1',
      klassifisering: KLASSIFISERING,
      grunnlag: g,
      tabeller: [tabell('t1', ['enhet', 'tjenestegruppe'])],
    });
    const t = utgivelse.tabeller[0];
    const fm = t.celler.find((c) => c.koordinater.enhet === 'flakstad_moskenes' && c.koordinater.tjenestegruppe === 'hjemmetjenester' && c.koordinater.utfall === 'avslag')!;
    expect(fm.verdi).toBeNull();
    expect(fm.merke).toBe(':');
    expect(JSON.stringify(utgivelse)).not.toMatch(/under 5|under_k|sekund/);
    expect(revisjon.prikket.some((p) => p.grunn === 'under_k')).toBe(true);
    expect(revisjon.prikket.some((p) => p.grunn === 'sekundaer')).toBe(true);
    sjekkUtgivelse(utgivelse.tabeller, utgivelse.tabeller);
  });

  it('merges adjacent age bands rather than suppressing a whole margin row', () => {
    // Under-67s are rare: 1 refusal office-wide in the margin row → merged with 67–79.
    const g = enkelGrunnlag([2024], (i, k) => {
      const alder = Math.floor(i / 4) % 3;
      if (alder === 0) return k === '1860' && i % 4 === 1 && i % 48 < 8 ? 1 : i % 2 === 0 && k === '1860' ? 3 : 0;
      return 5;
    });
    const { utgivelse, revisjon } = lagAnonymisertUtgivelse({
      utgivelseId: 'u1',
      klassifisering: KLASSIFISERING,
      grunnlag: g,
      tabeller: [tabell('t1', ['aldersgruppe'])],
    });
    const t = utgivelse.tabeller[0];
    expect(t.kategorier.aldersgruppe!.map((k) => k.etikett)).toEqual(['Under 67 år og 67–79 år', '80 år og over']);
    expect(revisjon.sammenslaatte).toHaveLength(1);
    expect(t.celler.every((c) => c.verdi !== null)).toBe(true);
    sjekkUtgivelse(utgivelse.tabeller, utgivelse.tabeller);
  });

  it('protects an earlier hidden cell against a later release (differencing across releases)', () => {
    const g = enkelGrunnlag([2024], (i, k) => (k === '1865' && i === 24 * 1 + 3 + 48 ? 2 : (i * 7) % 5 === 0 ? 1 : 3));
    const forste = lagAnonymisertUtgivelse({ utgivelseId: 'u1', klassifisering: KLASSIFISERING, grunnlag: g, tabeller: [tabell('a', ['enhet', 'behovsgruppe'])] });
    const spesifikasjoner = [tabell('b', ['enhet', 'aldersgruppe']), tabell('c', ['behovsgruppe', 'tjenestegruppe']), tabell('d', ['enhet'])];
    const andre = lagAnonymisertUtgivelse({
      utgivelseId: 'u2',
      klassifisering: KLASSIFISERING,
      grunnlag: g,
      tabeller: spesifikasjoner,
      tidligereTabeller: forste.utgivelse.tabeller,
    });
    sjekkUtgivelse(andre.utgivelse.tabeller, [...forste.utgivelse.tabeller, ...andre.utgivelse.tabeller]);
    // A figure published in the first release is never hidden later, and one hidden then stays hidden.
    const forsteCeller = new Map(forste.utgivelse.tabeller.flatMap((t) => t.celler.map((c) => [JSON.stringify(c.definisjon), c.verdi])));
    for (const c of andre.utgivelse.tabeller.flatMap((t) => t.celler)) {
      const tidligere = forsteCeller.get(JSON.stringify(c.definisjon));
      if (tidligere !== undefined) expect(c.verdi).toBe(tidligere);
    }
  });

  it('pooling 2023–2024 after 2023 was released would reveal a 2023 hidden cell by subtraction, unless history is passed', () => {
    // Flakstad og Moskenes, institusjon, avslag in 2023 is 2 in all (one atom, index 61); every other count is 6.
    const g = enkelGrunnlag([2023, 2024], (i) => {
      const j = i % 96;
      const fmInstitusjonAvslag2023 = i < 96 && Math.floor(j / 24) >= 2 && Math.floor((j % 24) / 12) === 1 && j % 2 === 1;
      return fmInstitusjonAvslag2023 ? (i === 61 ? 2 : 0) : 6;
    });
    const forste = lagAnonymisertUtgivelse({ utgivelseId: 'u1', klassifisering: KLASSIFISERING, grunnlag: g, tabeller: [tabell('a', ['enhet', 'tjenestegruppe'], 2023)] });
    const skjult = forste.utgivelse.tabeller[0].celler.find((c) => c.koordinater.enhet === 'flakstad_moskenes' && c.koordinater.tjenestegruppe === 'institusjon' && c.koordinater.utfall === 'avslag')!;
    expect(skjult.verdi).toBeNull();
    const senere = [tabell('b', ['enhet', 'tjenestegruppe'], 2024), tabell('c', ['enhet', 'tjenestegruppe'], 2023, 2024)];

    const utenHistorikk = lagAnonymisertUtgivelse({ utgivelseId: 'u2', klassifisering: KLASSIFISERING, grunnlag: g, tabeller: senere });
    const angrepUten = uavhengigAngrep([...forste.utgivelse.tabeller, ...utenHistorikk.utgivelse.tabeller]);
    const funnet = angrepUten.find((r) => r.tabellId === 'a' && JSON.stringify(r.koordinater) === JSON.stringify(skjult.koordinater))!;
    expect([funnet.min, funnet.max]).toEqual([2, 2]); // pinned: the reader learns the hidden 2

    const medHistorikk = lagAnonymisertUtgivelse({ utgivelseId: 'u2', klassifisering: KLASSIFISERING, grunnlag: g, tabeller: senere, tidligereTabeller: forste.utgivelse.tabeller });
    expect(medHistorikk.revisjon.prikket.length).toBeGreaterThan(0);
    sjekkUtgivelse(medHistorikk.utgivelse.tabeller, [...forste.utgivelse.tabeller, ...medHistorikk.utgivelse.tabeller]);
  });

  it('refuses a release when an earlier release stored without its data no longer matches the data', () => {
    const g1 = enkelGrunnlag([2024], () => 6);
    const forste = lagAnonymisertUtgivelse({ utgivelseId: 'u1', klassifisering: KLASSIFISERING, grunnlag: g1, tabeller: [tabell('a', ['enhet'])] });
    const g2 = enkelGrunnlag([2024], (i) => (i === 0 ? 7 : 6));
    expect(() =>
      lagAnonymisertUtgivelse({ utgivelseId: 'u2', klassifisering: KLASSIFISERING, grunnlag: g2, tabeller: [tabell('b', ['enhet', 'tjenestegruppe'])], tidligereTabeller: forste.utgivelse.tabeller }),
    ).toThrow(/tallene har endret seg siden; utgivelsen holdes tilbake/);
  });

  it('one person with several refused applications never makes a cell publishable', () => {
    // Vågan, home services, 80+, large need: 6 grants to 6 persons and 5 refusals, four of them to one person.
    const celle = (t: Grunntelling) => t.kommunenummer === '1865' && t.tjenestegruppe === 'hjemmetjenester' && t.aldersgruppe === '80_pluss' && t.behovsgruppe === 'stort';
    const tellinger = grunnlag([2024], (i) => (i % 2 === 0 ? 6 : 5))
      .filter(celle)
      .map((t) => ({ ...t, bidragsytere: t.utfall === 'avslag' ? [1000, 1000, 1000, 1000, 1001] : [1, 2, 3, 4, 5, 6] }));
    const lag = (tell: readonly Grunntelling[]) =>
      lagAnonymisertUtgivelse({ utgivelseId: 'u', klassifisering: KLASSIFISERING, grunnlag: { aar: [2024], tellinger: tell }, tabeller: [tabell('f', ['enhet'])] }).utgivelse.tabeller[0];
    const avslag = (t: PublisertTabell) => t.celler.find((c) => c.koordinater.enhet === 'vagan' && c.koordinater.utfall === 'avslag')!;
    // Counted by lines, 5 refusals would be publishable; counted by persons they are 2, so the cell is hidden …
    expect(avslag(lag(tellinger.map(({ bidragsytere: _b, ...t }) => t))).verdi).toBe(5);
    const medPersoner = lag(tellinger);
    expect(avslag(medPersoner)).toMatchObject({ verdi: null, merke: PRIKK });
    // … no rate shows it either, and the total (11 decisions, 8 persons) does not give it away.
    expect(medPersoner.andeler.find((a) => a.koordinater.enhet === 'vagan')!.andel).toBeNull();
    const total = medPersoner.celler.find((c) => c.koordinater.enhet === 'vagan' && c.koordinater.utfall === TOTALT)!;
    const innvilget = medPersoner.celler.find((c) => c.koordinater.enhet === 'vagan' && c.koordinater.utfall === 'innvilget')!;
    expect(total.verdi === null || innvilget.verdi === null).toBe(true);
    // Whatever the number of refusals one person gets, two persons never publish.
    for (const n of [5, 8, 20]) {
      const mange = tellinger.map((t) => (t.utfall === 'avslag' ? { ...t, antall: n, bidragsytere: Array.from({ length: n }, (_, i) => (i === 0 ? 1001 : 1000)) } : t));
      expect(avslag(lag(mange)).verdi).toBeNull();
    }
  });

  it('a second release after new decisions and a correction succeeds, and the independent check over both finds nothing narrower than k', async () => {
    let s = 7;
    const tilfeldig = () => (s = (s * 48271) % 2147483647) / 2147483647;
    const foer = grunnlag([2024], (_i, k) => Math.floor(tilfeldig() * (k === '1860' || k === '1865' ? 12 : 4)));
    const g1 = { aar: [2024], tellinger: foer };
    const spec = [tabell('tg', ['enhet', 'tjenestegruppe']), tabell('al', ['enhet', 'aldersgruppe']), tabell('bh', ['enhet', 'behovsgruppe'])];
    const forste = lagAnonymisertUtgivelse({ utgivelseId: 'u1', klassifisering: KLASSIFISERING, grunnlag: g1, tabeller: spec });
    // Later in the year: new decisions in Vågan and Vestvågøy (5 in some cells, 2 in one), and one corrected
    // decision in Flakstad that moves from refused to granted (it counts once, as its latest version).
    const etter = foer.map((t, i) => ({ ...t, antall: t.antall + (t.kommunenummer !== '1859' && t.kommunenummer !== '1874' && i % 3 === 0 ? 5 : 0) + (i === 30 ? 2 : 0) }));
    const fra = etter.findIndex((t) => t.kommunenummer === '1859' && t.utfall === 'avslag' && t.antall > 0);
    etter[fra] = { ...etter[fra], antall: etter[fra].antall - 1 };
    etter[fra - 1] = { ...etter[fra - 1], antall: etter[fra - 1].antall + 1 }; // the same cell, granted
    const g2 = { aar: [2024], tellinger: etter };
    const andre = lagAnonymisertUtgivelse({
      utgivelseId: 'u2',
      klassifisering: KLASSIFISERING,
      grunnlag: g2,
      tabeller: spec.map((t) => ({ ...t, id: `${t.id}-2` })),
      tidligereTabeller: forste.utgivelse.tabeller,
      tidligereGrunnlag: new Map([['u1', g1]]),
    });
    expect(andre.utgivelse.tabeller).toHaveLength(3);
    // Some figures changed by 1–4 and were held back; the rest is published again.
    expect(andre.revisjon.prikket.some((p) => p.grunn === 'endring_under_k')).toBe(true);
    expect(synligeAntall(andre.utgivelse.tabeller).length).toBeGreaterThan(20);
    const funn = await kontrollerUtgivelser([
      { utgivelseId: 'u1', tabeller: forste.utgivelse.tabeller, grunnlag: g1 },
      { utgivelseId: 'u2', tabeller: andre.utgivelse.tabeller, grunnlag: g2 },
    ], K);
    expect(funn).toEqual([]);
  }, 120_000);

  it('the independent check finds a hidden cell that two releases together pin', async () => {
    // Release 1 hides Vågan's refusals (3) but publishes its total; release 2 (no new data) publishes the
    // refusals' complement: together they pin the 3. The check must see it.
    const g = { aar: [2024], tellinger: grunnlag([2024], (i, k) => (k === '1865' && i % 2 === 1 ? (i === 25 ? 3 : 0) : 6)) };
    const forste = lagAnonymisertUtgivelse({ utgivelseId: 'u1', klassifisering: KLASSIFISERING, grunnlag: g, tabeller: [tabell('a', ['enhet'])] });
    const vaganAvslag = forste.utgivelse.tabeller[0].celler.find((c) => c.koordinater.enhet === 'vagan' && c.koordinater.utfall === 'avslag')!;
    expect(vaganAvslag.verdi).toBeNull();
    const total = forste.utgivelse.tabeller[0].celler.find((c) => c.koordinater.enhet === 'vagan' && c.koordinater.utfall === TOTALT)!;
    const innvilget = forste.utgivelse.tabeller[0].celler.find((c) => c.koordinater.enhet === 'vagan' && c.koordinater.utfall === 'innvilget')!;
    // A forged second release that publishes what the first hid behind.
    const lekk: PublisertTabell = {
      ...forste.utgivelse.tabeller[0],
      utgivelseId: 'u2',
      id: 'lekk',
      celler: [{ ...total, verdi: 75, merke: null }, { ...innvilget, verdi: 72, merke: null }],
    };
    const funn = await kontrollerUtgivelser([{ utgivelseId: 'u1', tabeller: forste.utgivelse.tabeller, grunnlag: g }, { utgivelseId: 'u2', tabeller: [lekk], grunnlag: g }], K);
    expect(funn.some((f) => f.art === 'for_smalt_intervall' && f.min === 3 && f.max === 3)).toBe(true);
  }, 60_000);

  it('is fast enough for a few dozen tables', () => {
    const aar = [2023, 2024];
    let s = 42;
    const tilfeldig = () => (s = (s * 48271) % 2147483647) / 2147483647;
    const g = enkelGrunnlag(aar, (_i, k) => Math.floor(tilfeldig() * (k === '1860' ? 14 : k === '1865' ? 8 : 3)));
    const dims = [['enhet'], ['tjenestegruppe'], ['aldersgruppe'], ['behovsgruppe'], ['enhet', 'aldersgruppe'], ['enhet', 'behovsgruppe'], ['enhet', 'tjenestegruppe'], ['aldersgruppe', 'behovsgruppe'], ['tjenestegruppe', 'aldersgruppe'], ['tjenestegruppe', 'behovsgruppe']];
    const tabeller = aar.flatMap((a) => dims.map((d, i) => tabell(`t${a}-${i}`, d, a)));
    tabeller.push(...dims.slice(0, 6).map((d, i) => tabell(`p-${i}`, d, 2023, 2024)));
    const start = performance.now();
    const { utgivelse } = lagAnonymisertUtgivelse({ utgivelseId: 'stor', klassifisering: KLASSIFISERING, grunnlag: g, tabeller });
    const ms = performance.now() - start;
    expect(utgivelse.tabeller).toHaveLength(26);
    expect(ms).toBeLessThan(5000);
    sjekkUtgivelse(utgivelse.tabeller, utgivelse.tabeller);
  });
});

describe('property: random tables and release histories', () => {
  const DIMENSJONSVALG = [['enhet'], ['aldersgruppe'], ['enhet', 'aldersgruppe'], ['enhet', 'behovsgruppe'], ['enhet', 'tjenestegruppe'], ['aldersgruppe', 'behovsgruppe'], ['tjenestegruppe', 'aldersgruppe'], []];
  const tellinger = fc.array(fc.nat({ max: 4 }), { minLength: 96, maxLength: 96 });
  const utgivelse = fc.array(fc.tuple(fc.constantFrom(...DIMENSJONSVALG), fc.constantFrom<[number, number]>([2023, 2023], [2024, 2024], [2023, 2024])), { minLength: 1, maxLength: 3 });

  it('no count 1–4, no rate with a side under 5, no Flakstad or Moskenes alone, no hidden cell narrowed below 5 values across releases', () => {
    fc.assert(
      fc.property(tellinger, fc.array(utgivelse, { minLength: 1, maxLength: 3 }), fc.nat({ max: 3 }), (tall, historikk, skala) => {
        const g = { aar: [2023, 2024], tellinger: grunnlag([2023, 2024], (i) => tall[i % 96] * (1 + ((i * skala) % 3))) };
        const utgitt: PublisertTabell[] = [];
        historikk.forEach((spesifikasjoner, r) => {
          const tabeller = spesifikasjoner.map(([d, [fra, til]], i) => tabell(`r${r}t${i}`, d, fra, til));
          const { utgivelse: u } = lagAnonymisertUtgivelse({ utgivelseId: `r${r}`, klassifisering: KLASSIFISERING, grunnlag: g, tabeller, tidligereTabeller: utgitt });
          utgitt.push(...u.tabeller);
          sjekkUtgivelse(u.tabeller, utgitt);
        });
      }),
      { numRuns: 200 },
    );
  });
});
