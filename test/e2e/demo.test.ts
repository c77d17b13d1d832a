import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropDatabase } from '../../libs/persistence/src/database-admin.js';
import { lagTestmiljo } from '../support/global-setup.js';
import { queryForKommuner } from '../support/harness.js';

/**
 * `npm run demo` end to end with a small caseload, twice: on the embedded default (PGlite with the queue on
 * BullMQ's PostgreSQL backend, what a machine with only Node.js gets) and on the machine's PostgreSQL and
 * Redis in a fresh database and queue prefix of its own (the other end-to-end files leave cases in the
 * tier's database, and the demo's counts and statistics are of an office that starts empty). Checks what an
 * evaluator would look at: a PDF for every decision, both reports in every format, the planted difference
 * flagged, and no small counts in the anonymised report.
 */
const KOMMUNER = ['1860', '1865', '1859', '1874'];
const ANTALL = 200;

interface Resultat {
  vedtak: { totalt: number };
  brev: { totalt: number; perType: Record<string, number> };
  foreloepigeSvar: number;
  klager: { oversendt: number };
  flagg: { kommunenummer: string }[];
  aar: number;
}

/** The tier's own database settings, which the embedded run must not inherit. */
const DATABASEVARIABLER = ['DATABASE_URL', 'DATABASE_OWNER_URL', 'ADMIN_DATABASE_URL', 'REDIS_URL', 'QUEUE_BACKEND', 'QUEUE_PREFIX', 'DATABASE_MODE', 'TEST_DATABASE_NAME'];

function kjorDemo(env: Record<string, string>, utenArv: string[] = []): Promise<{ kode: number | null; ut: string; feil: string }> {
  const arvet = Object.fromEntries(Object.entries(process.env).filter(([k]) => !utenArv.includes(k)));
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--no-warnings', '--import', '@swc-node/register/esm-register', 'scripts/demo/main.ts'], {
      env: { ...arvet, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let ut = '';
    let feil = '';
    p.stdout.on('data', (d: Buffer) => (ut += d.toString()));
    p.stderr.on('data', (d: Buffer) => (feil += d.toString()));
    p.on('exit', (kode) => resolve({ kode, ut, feil }));
  });
}

interface Variant {
  navn: string;
  /** Environment for the run, and what it must not inherit from the tier. */
  miljo: () => { env: Record<string, string>; utenArv: string[] };
  /** Decisions with status vedtatt in the database the run left behind. */
  vedtatte: (env: Record<string, string>) => Promise<number>;
  rydd: (env: Record<string, string>) => Promise<void>;
  /** What the demo says about where it runs. */
  sier: RegExp[];
}

const VARIANTER: Variant[] = [
  {
    navn: 'embedded default: PGlite, queue on BullMQ\'s PostgreSQL backend, no Redis',
    miljo: () => ({ env: { DEMO_DATA_DIR: mkdtempSync(join(tmpdir(), 'tk-demo-pglite-')) }, utenArv: DATABASEVARIABLER }),
    async vedtatte(env) {
      // The data stays in the folder: open it again, as a user exploring after the demo would (in a process of
      // its own, so nothing of PGlite stays behind in the test runner).
      const skript = `const { PGlite } = await import('@electric-sql/pglite');
        const db = await PGlite.create(process.env.MAPPE);
        const r = await db.query("select count(*)::int as antall from vedtak where status = 'vedtatt'");
        console.log(r.rows[0].antall);
        await db.close();`;
      const ut = execFileSync(process.execPath, ['--input-type=module', '-e', skript], { encoding: 'utf8', env: { ...process.env, MAPPE: env.DEMO_DATA_DIR } });
      return Number(ut.trim());
    },
    async rydd(env) {
      rmSync(env.DEMO_DATA_DIR, { recursive: true, force: true });
    },
    sier: [/Innebygd PostgreSQL \(PGlite\)/, /køen i PostgreSQL \(BullMQ/, /lytter kun på 127\.0\.0\.1/],
  },
  {
    navn: 'the machine\'s PostgreSQL and Redis (DATABASE_URL and REDIS_URL set)',
    // A fresh database and queue prefix, made as the tier's own are (test/support/global-setup.js).
    miljo: () => ({ env: lagTestmiljo(), utenArv: [] }),
    async vedtatte(env) {
      const [{ antall }] = await queryForKommuner<{ antall: string }>(KOMMUNER, `select count(*) as antall from vedtak where status = 'vedtatt'`, [], env.DATABASE_OWNER_URL);
      return Number(antall);
    },
    async rydd(env) {
      if (env.TEST_DATABASE_NAME && !process.env.KEEP_TEST_DB) await dropDatabase(env.ADMIN_DATABASE_URL, env.TEST_DATABASE_NAME);
    },
    sier: [/Database fra DATABASE_URL/, /køen i Redis/],
  },
];

describe.each(VARIANTER)('npm run demo, small caseload, $navn', (variant) => {
  const mappe = mkdtempSync(join(tmpdir(), 'tk-demo-'));
  let resultat: Resultat;
  let utskrift = '';
  let miljo: Record<string, string> = {};

  beforeAll(async () => {
    // With 200 applications Vågan has about 80 cases: the default planted practice (a quarter refused) is real
    // but, rightly, within the report's uncertainty at that size (need-adjusted strata of one or two cases).
    // The test plants a stronger one; the default caseload of 2000 flags the default one.
    const { env, utenArv } = variant.miljo();
    miljo = env;
    const r = await kjorDemo(
      { ...env, DEMO_SOKNADER: String(ANTALL), DEMO_UT: mappe, DEMO_RESULTAT_JSON: join(mappe, 'resultat.json'), CI: '1', DEMO_PLANTET_AVSLAG: '0.6', DEMO_PLANTET_REDUSERT: '0.4' },
      utenArv,
    );
    utskrift = r.ut;
    if (r.kode !== 0) throw new Error(`demoen avsluttet med kode ${r.kode}:\n${r.ut.slice(-3000)}\n${r.feil.slice(-3000)}`);
    resultat = JSON.parse(readFileSync(join(mappe, 'resultat.json'), 'utf8')) as Resultat;
  }, 420_000);

  afterAll(async () => {
    rmSync(mappe, { recursive: true, force: true });
    await variant.rydd(miljo);
  });

  it('says where it runs', () => {
    for (const r of variant.sier) expect(utskrift).toMatch(r);
  });

  it('writes one PDF per decision (and per interim reply and forwarded complaint) in the municipality folders', async () => {
    const pdfer = KOMMUNER.flatMap((k) => (existsSync(join(mappe, 'brev', k)) ? readdirSync(join(mappe, 'brev', k)).filter((f) => f.endsWith('.pdf')).map((f) => join(mappe, 'brev', k, f)) : []));
    const vedtakPdfer = pdfer.filter((f) => /_vedtak_[a-z_]+_[0-9a-f-]{36}\.pdf$/.test(f));
    expect(await variant.vedtatte(miljo)).toBe(ANTALL);
    expect(vedtakPdfer).toHaveLength(ANTALL);
    expect(resultat.vedtak.totalt).toBe(ANTALL);
    expect(pdfer).toHaveLength(ANTALL + resultat.foreloepigeSvar + resultat.klager.oversendt);
    expect(resultat.foreloepigeSvar).toBeGreaterThan(0);
    for (const f of pdfer) expect(readFileSync(f).subarray(0, 5).toString()).toBe('%PDF-');
    // No identity number in what the demo printed (synthetic numbers are still numbers of 11 digits).
    expect(utskrift).not.toMatch(/\b\d{11}\b/);
  });

  it('writes both reports as PDF, JSON and CSV', () => {
    for (const type of ['likebehandling', 'anonymisert']) {
      for (const format of ['pdf', 'json', 'csv']) {
        const fil = join(mappe, 'rapporter', `${type}-${resultat.aar}.${format}`);
        expect(existsSync(fil)).toBe(true);
        expect(statSync(fil).size).toBeGreaterThan(100);
      }
      expect(readFileSync(join(mappe, 'rapporter', `${type}-${resultat.aar}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('flags the planted difference in practice (Vågan) in the leader report', () => {
    const rapport = JSON.parse(readFileSync(join(mappe, 'rapporter', `likebehandling-${resultat.aar}.json`), 'utf8')) as { flagg: { kommunenummer: string; indikator: string; retning: string }[] };
    expect(rapport.flagg).toEqual(expect.arrayContaining([expect.objectContaining({ kommunenummer: '1865', retning: 'lav' })]));
    expect(utskrift).toContain('Vågan');
  });

  it('shows no count between 1 and 4 in the anonymised report', () => {
    const rapport = JSON.parse(readFileSync(join(mappe, 'rapporter', `anonymisert-${resultat.aar}.json`), 'utf8')) as { tabeller: { id: string; kolonner: string[]; rader: (string | number)[][] }[] };
    expect(rapport.tabeller.length).toBeGreaterThan(0);
    const tellinger: number[] = [];
    for (const t of rapport.tabeller) {
      const kolonner = t.kolonner.map((k, i) => (['Innvilget', 'Ikke innvilget', 'I alt'].includes(k) ? i : -1)).filter((i) => i >= 0);
      for (const rad of t.rader) for (const i of kolonner) if (typeof rad[i] === 'number') tellinger.push(rad[i] as number);
    }
    expect(tellinger.length).toBeGreaterThan(0);
    expect(tellinger.filter((n) => n >= 1 && n <= 4)).toEqual([]);
  });
});
