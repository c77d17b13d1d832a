import { DomeneFeil } from '../../domain/index.js';
import type { RapportEntity, SystemvidTilgang, TenantManager, TenantTransaction } from '../../persistence/index.js';
import type { Grunntelling, PublisertTabell } from '../../statistics/src/anonymisering/utgivelse.js';
import type { AnonymisertRapport } from './anonymisert.js';
import { RapportBeregning } from './rapport.beregning.js';
import type { RapportRepository } from './rapport.repository.js';
import { Utgivelseskontroll } from './utgivelseskontroll.js';

/*
 * The union representatives' anonymised release, computed against an in-memory report repository: what is
 * stored is what a reader downloads, and no count of 1 to 4 people is in it.
 */

const tm = {} as TenantManager;
const tx = { run: <T>(fn: (tm: TenantManager) => Promise<T>) => fn(tm), les: <T>(fn: (tm: TenantManager) => Promise<T>) => fn(tm) } as unknown as TenantTransaction;
const systemvid = { forAlleKommuner: <T>(_grunn: string, fn: () => Promise<T>) => fn() } as unknown as SystemvidTilgang;

const AAR = 2025;
const KOMMUNER = ['1859', '1860', '1865', '1874'];

/** A year of decisions per municipality, service group, age band, need group and outcome: many small cells, some large; one person per decision. */
function tellinger(): Grunntelling[] {
  const ut: Grunntelling[] = [];
  let person = 0;
  let i = 0;
  for (const kommunenummer of KOMMUNER) {
    for (const tjenestegruppe of ['hjemmetjenester', 'institusjon']) {
      for (const aldersgruppe of ['under_67', '67_79', '80_pluss']) {
        for (const behovsgruppe of ['noe_avgrenset', 'middels_til_stort', 'omfattende']) {
          for (const utfall of ['innvilget', 'ikke_innvilget']) {
            const antall = [1, 12, 3, 0, 7, 2, 25, 4, 9, 1, 0, 16][i++ % 12]!;
            if (antall === 0) continue;
            ut.push({ aar: AAR, kommunenummer, tjenestegruppe, aldersgruppe, behovsgruppe, utfall, antall, bidragsytere: Array.from({ length: antall }, () => ++person) });
          }
        }
      }
    }
  }
  return ut;
}

class MinneRapporter {
  readonly grunnlag = tellinger();
  ferdig: { innhold: AnonymisertRapport; csv: string; pdf: Buffer } | null = null;
  publisert: PublisertTabell[] = [];

  async hent(id: string) {
    return { id, status: this.ferdig ? 'ferdig' : 'bestilt' } as RapportEntity;
  }
  async laasUtgivelser() {}
  async tidligereUtgivelsesIder() {
    return [];
  }
  async tidligereUtgivelser() {
    return [];
  }
  async tidligereGrunnlag() {
    return new Map();
  }
  async vedtakPerAar() {
    return KOMMUNER.map((kommunenummer) => ({ aar: AAR, kommunenummer, antall: this.grunnlag.filter((t) => t.kommunenummer === kommunenummer).reduce((s, t) => s + t.antall, 0) }));
  }
  async grunntellinger() {
    return this.grunnlag;
  }
  async tjenestenavn() {
    return new Map([
      ['hjemmesykepleie', { navn: 'Hjemmesykepleie', gruppe: 'hjemmetjenester', omfangsenhet: 'timer_per_uke' }],
      ['langtidsopphold', { navn: 'Langtidsopphold', gruppe: 'institusjon', omfangsenhet: 'dogn' }],
    ]);
  }
  async behandlingstidPerKommune(_tm: TenantManager, _fra: number, _til: number, kommuner: readonly string[]) {
    return kommuner.includes('1860') ? { n: 40, median: 21 } : { n: 8, median: 30 };
  }
  async lagreUtgivelse(_tm: TenantManager, _id: string, tabeller: readonly PublisertTabell[]) {
    this.publisert = [...tabeller];
  }
  async lagreFerdig(_id: string, innhold: Record<string, unknown>, csv: string, pdf: Buffer) {
    this.ferdig = { innhold: innhold as unknown as AnonymisertRapport, csv, pdf };
  }
}

const jobb = { rapportId: '00000000-0000-4000-8000-000000000001', type: 'anonymisert' as const, kommuner: KOMMUNER, aar: AAR };

/** Every count a reader sees: the numbers in the tables, apart from the median days. */
function viste(r: AnonymisertRapport): number[] {
  return r.tabeller.filter((t) => t.id !== 'behandlingstid-median').flatMap((t) => t.rader.flatMap((rad) => rad.filter((c): c is number => typeof c === 'number')));
}

describe('the anonymised release', () => {
  it('releases no count of 1 to 4, in the tables, the CSV and the stored release, and hides a median of fewer than 10 people', async () => {
    const repo = new MinneRapporter();
    const beregning = new RapportBeregning(repo as unknown as RapportRepository, tx, systemvid, new Utgivelseskontroll());
    await beregning.beregn(jobb);

    const rapport = repo.ferdig!.innhold;
    expect(rapport).toMatchObject({ type: 'anonymisert', aar: AAR, utgave: 'endelig', k: 5 });
    const tall = viste(rapport);
    // Something was released, and something was held back: the rule had work to do.
    expect(tall.some((n) => n >= 5)).toBe(true);
    expect(rapport.tabeller.some((t) => t.rader.some((rad) => rad.includes(':')))).toBe(true);
    expect(tall.filter((n) => n >= 1 && n <= 4)).toEqual([]);

    // Columns 7–9 of the semicolon-separated file: granted, not granted, in all.
    const csvTall = repo.ferdig!.csv.split('\r\n').slice(1).flatMap((l) => l.split(';').slice(6, 9)).filter((c) => /^\d+$/.test(c)).map(Number);
    expect(csvTall.length).toBeGreaterThan(0);
    expect(csvTall.filter((n) => n >= 1 && n <= 4)).toEqual([]);
    expect(repo.publisert.flatMap((t) => t.celler.map((c) => c.verdi)).filter((v) => typeof v === 'number' && v >= 1 && v <= 4)).toEqual([]);

    const median = rapport.tabeller.find((t) => t.id === 'behandlingstid-median')!;
    expect(median.rader).toEqual(expect.arrayContaining([['Vestvågøy', String(AAR), 21], ['Vågan', String(AAR), ':']]));
    expect(repo.ferdig!.pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('publishes nothing, and says why, when the independent check can work out a hidden figure', async () => {
    const repo = new MinneRapporter();
    const kontroll = { kontroller: async () => [{ utgivelseId: jobb.rapportId }] } as unknown as Utgivelseskontroll;
    const feil = await new RapportBeregning(repo as unknown as RapportRepository, tx, systemvid, kontroll).beregn(jobb).catch((e: unknown) => e);
    expect(feil).toBeInstanceOf(DomeneFeil);
    expect((feil as DomeneFeil).message).toMatch(/^Utgivelsen er holdt tilbake, og ingen tall er publisert\./);
    expect(repo.ferdig).toBeNull();
    expect(repo.publisert).toEqual([]);
  }, 60_000);

  it('does nothing for a report that is already finished (a repeated job)', async () => {
    const repo = new MinneRapporter();
    repo.ferdig = { innhold: {} as AnonymisertRapport, csv: '', pdf: Buffer.alloc(0) };
    const kontroll = { kontroller: async () => { throw new Error('skulle ikke kjøre'); } } as unknown as Utgivelseskontroll;
    await new RapportBeregning(repo as unknown as RapportRepository, tx, systemvid, kontroll).beregn(jobb);
    expect(repo.publisert).toEqual([]);
  });
});
