import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * Queries live in repositories. A service, controller, worker or job handler reaches the database only through
 * a repository (`*.repository.ts`, or a file in a `repository/` folder), passing on the tenant handle it got
 * from TenantTransaction. This check reads the source of the apps and libraries and names, by file and line,
 * every other file that imports from 'typeorm' or calls a query method on a manager or DataSource.
 * libs/persistence (the tenant transaction, the reference data, the entities) is the plumbing under the
 * repositories and is not checked; nor are migrations, tests, benches and scripts, which this scan never reads.
 */

const ROT = join(import.meta.dirname, '../../..');

/**
 * Files that still query outside a repository, until their libraries' repositories arrive. The list only
 * shrinks: an entry that no longer queries fails the last test below, so it is removed as soon as it is done.
 */
const VENTER_PAA_REPOSITORY: readonly string[] = [
  'libs/access/src/tilgang.ts',
  'libs/audit/src/audit.service.ts',
  'libs/dokumenter/src/dokument.service.ts',
  'libs/innboks/src/innboks.service.ts',
  'libs/klage/src/klage.service.ts',
  'libs/personoversikt/src/personoversikt.service.ts',
  'libs/saksbehandling/src/innbyggersoknad.service.ts',
  'libs/saksbehandling/src/kartlegging.service.ts',
  'libs/saksbehandling/src/person.service.ts',
  'libs/saksbehandling/src/saksflyt.service.ts',
  'libs/saksbehandling/src/soknad.service.ts',
  'libs/saksbehandling/src/tilgangslogg.service.ts',
  'libs/sok/src/sok.service.ts',
];

/** EntityManager's and DataSource's ways to reach the database. */
const SPORREMETODER = [
  'query', 'sql', 'find', 'findBy', 'findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'findAndCount', 'findAndCountBy',
  'exists', 'existsBy', 'count', 'countBy', 'sum', 'average', 'minimum', 'maximum', 'insert', 'save', 'update', 'upsert', 'delete',
  'remove', 'softDelete', 'softRemove', 'restore', 'recover', 'increment', 'decrement', 'preload', 'clear', 'getRepository',
  'getTreeRepository', 'withRepository', 'createQueryBuilder', 'transaction', 'manager', 'createQueryRunner',
];

/** The names a file gives its handles: the usual ones, and any name declared as a manager or DataSource. */
function handler(kilde: string): string[] {
  const navn = new Set(['tm', 'em', 'manager', 'entityManager', 'dataSource', 'ds', 'db']);
  for (const m of kilde.matchAll(/\b(\w+)\??\s*:\s*(?:TenantManager|EntityManager|DataSource|QueryRunner)\b/g)) navn.add(m[1]);
  return [...navn];
}

/**
 * The source without the comments that begin a line (their lines kept, so line numbers stay right). Only
 * those: a `/*` or `//` inside a string (`'application/*+json'`) must not hide the code after it.
 */
function utenKommentarer(kilde: string): string {
  return kilde.replace(/^[ \t]*\/\*[\s\S]*?\*\//gm, (k) => k.replace(/[^\n]/g, ' ')).replace(/^([ \t]*)\/\/.*$/gm, '$1');
}

const linje = (tekst: string, indeks: number) => tekst.slice(0, indeks).split('\n').length;

/** What in `kilde` (the file `fil`) reaches the database outside a repository, one finding per place. */
export function sporringerUtenforRepository(fil: string, kilde: string): string[] {
  const tekst = utenKommentarer(kilde);
  const funn: string[] = [];
  for (const m of tekst.matchAll(/^\s*import\b[^;]*?\bfrom\s+'typeorm'/gm)) {
    funn.push(`${fil}:${linje(tekst, m.index + m[0].indexOf('import'))} imports from 'typeorm'`);
  }
  const handle = new RegExp(`\\b(${handler(tekst).join('|')})\\s*\\.\\s*(${SPORREMETODER.join('|')})\\b`, 'g');
  const sett = new Set<number>();
  for (const m of tekst.matchAll(handle)) {
    funn.push(`${fil}:${linje(tekst, m.index)} calls ${m[1]}.${m[2]}`);
    sett.add(m.index + m[0].length);
  }
  // A query builder or an entity's repository is a query whatever the receiver is called.
  for (const m of tekst.matchAll(/\.\s*(createQueryBuilder|getRepository)\b/g)) {
    if (!sett.has(m.index + m[0].length)) funn.push(`${fil}:${linje(tekst, m.index)} calls .${m[1]}`);
  }
  return funn;
}

const erRepository = (fil: string) => /\.repository\.ts$/.test(fil) || /\/repository\//.test(fil);

function kildefiler(mappe: string): string[] {
  return readdirSync(join(ROT, mappe), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && f.name.endsWith('.ts') && !f.name.endsWith('.spec.ts'))
    .map((f) => relative(ROT, join(f.parentPath, f.name)))
    .filter((f) => !f.startsWith('apps/web/') && !f.startsWith('libs/persistence/'));
}

const FILER = new Map([...kildefiler('apps'), ...kildefiler('libs')].map((f) => [f, readFileSync(join(ROT, f), 'utf8')]));

describe('queries live in repositories', () => {
  it('recognises a query outside a repository (the check has teeth)', () => {
    const tjeneste = [
      "import { In } from 'typeorm';",
      '// tm.find(X) in a comment is no query',
      'export class S {',
      '  les(tm: TenantManager) { return tm.find(SoknadEntity, { where: { id: In(ider) } }); }',
      '  skriv(mgr: EntityManager) { return mgr',
      '    .createQueryBuilder().insert().execute(); }',
      '  rapport() { return this.dataSource.manager.query(`select 1`); }',
      '  liste() { return [1, 2].find((x) => x > 1); }',
      '}',
    ].join('\n');
    expect(sporringerUtenforRepository('libs/x/src/s.service.ts', tjeneste)).toEqual([
      "libs/x/src/s.service.ts:1 imports from 'typeorm'",
      'libs/x/src/s.service.ts:4 calls tm.find',
      'libs/x/src/s.service.ts:5 calls mgr.createQueryBuilder',
      'libs/x/src/s.service.ts:7 calls dataSource.manager',
    ]);
  });

  it('finds no query outside a repository in apps/ and libs/ (but the files still waiting for theirs)', () => {
    const funn = [...FILER].filter(([fil]) => !erRepository(fil) && !VENTER_PAA_REPOSITORY.includes(fil)).flatMap(([fil, kilde]) => sporringerUtenforRepository(fil, kilde));
    expect(funn).toEqual([]);
  });

  it('lists every repository in docs/architecture.md, and no file that is not one', () => {
    const dokument = readFileSync(join(ROT, 'docs/architecture.md'), 'utf8');
    const listet = [...dokument.matchAll(/^\| `([^`]+\.ts)` \|/gm)].map((m) => m[1]).sort();
    expect(listet).toEqual([...FILER.keys()].filter(erRepository).sort());
  });

  it('lists only files that still query outside a repository', () => {
    const ferdige = VENTER_PAA_REPOSITORY.filter((fil) => !FILER.has(fil) || sporringerUtenforRepository(fil, FILER.get(fil)!).length === 0);
    expect(ferdige).toEqual([]);
  });
});
