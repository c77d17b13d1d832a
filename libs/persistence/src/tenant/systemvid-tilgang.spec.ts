import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SYSTEMVIDE_GRUNNER } from './systemvid-tilgang.js';

/*
 * Which municipalities a query runs for must be visible in the code. These checks read the source of the
 * apps and libraries: a new system-wide widening, a tenant setting made elsewhere, or a read of a table with
 * row-level security outside a tenant transaction fails here, naming the file.
 */

const ROT = join(import.meta.dirname, '../../../..');

function kildefiler(mappe: string): string[] {
  return readdirSync(join(ROT, mappe), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && f.name.endsWith('.ts') && !f.name.endsWith('.spec.ts'))
    .map((f) => relative(ROT, join(f.parentPath, f.name)))
    .filter((f) => !f.startsWith('apps/web/'));
}

const FILER = new Map([...kildefiler('apps'), ...kildefiler('libs')].map((f) => [f, readFileSync(join(ROT, f), 'utf8')]));
const linje = (tekst: string, indeks: number) => tekst.slice(0, indeks).split('\n').length;

/** Entities (class and table) per tenancy: a `kommunenummer` column means row-level security (docs/tenancy.md). */
function entiteter(): { klasse: string; tabell: string; rls: boolean }[] {
  const ut: { klasse: string; tabell: string; rls: boolean }[] = [];
  for (const [fil, tekst] of FILER) {
    if (!fil.startsWith('libs/persistence/src/entities/')) continue;
    const deler = tekst.split(/@Entity\(/).slice(1);
    for (const del of deler) {
      const tabell = /name:\s*'(\w+)'/.exec(del)?.[1] ?? /^'(\w+)'/.exec(del)?.[1];
      const klasse = /export class (\w+)/.exec(del)?.[1];
      if (!tabell || !klasse) throw new Error(`${fil}: en entitet uten tabellnavn eller klasse`);
      // `kommune` is the list of tenants itself: its key is a municipality number, and it has no policy.
      ut.push({ klasse, tabell, rls: tabell !== 'kommune' && /\bkommunenummer\b[!?]?:/.test(del.split(/\nexport class /)[1] ?? del) });
    }
  }
  return ut;
}

describe('tenancy in the source', () => {
  const ENTITETER = entiteter();
  const RLS = ENTITETER.filter((e) => e.rls);
  const FELLES = ENTITETER.filter((e) => !e.rls);

  it('knows the tables with row-level security (the check below has something to check)', () => {
    expect(RLS.map((e) => e.tabell)).toEqual(expect.arrayContaining(['soknad', 'person', 'vedtak', 'brev', 'outbox', 'tilgangslogg']));
    expect(FELLES.map((e) => e.tabell)).toEqual(expect.arrayContaining(['kommune', 'tjeneste', 'kriteriesett', 'brevmal']));
  });

  it('widens to every municipality only through SystemvidTilgang, at the call sites docs/tenancy.md lists', () => {
    const bruk: string[] = [];
    for (const [fil, tekst] of FILER) {
      for (const m of tekst.matchAll(/\b(forAlleKommuner|alleKommuner)\(\s*'(\w+)'/g)) bruk.push(`${m[2]} ${fil}`);
    }
    const dokument = readFileSync(join(ROT, 'docs/tenancy.md'), 'utf8');
    const listet = [...dokument.matchAll(/^\| `(\w+)` \| `([^`]+)` \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect([...new Set(bruk)].sort()).toEqual([...new Set(listet)].sort());
    // Every named reason is in use and explained; none is kept "just in case".
    expect([...new Set(bruk.map((b) => b.split(' ')[0]))].sort()).toEqual(Object.keys(SYSTEMVIDE_GRUNNER).sort());
  });

  it('runs background work for named municipalities only: a job payload’s or a literal list, never a computed “all”', () => {
    const feil: string[] = [];
    for (const [fil, tekst] of FILER) {
      if (fil.endsWith('tenant/request-context.ts') || fil.endsWith('tenant/systemvid-tilgang.ts')) continue;
      for (const m of tekst.matchAll(/\.kjorSom\(\s*([^,]+?\))\s*,/g)) {
        if (!/^\w+\(\[[^\]]*\]\)$/.test(m[1]) && !/^systembruker\(def\.kommuner\(parsed\.data\)\)$/.test(m[1])) {
          feil.push(`${fil}:${linje(tekst, m.index)} kjorSom(${m[1]})`);
        }
      }
    }
    expect(feil).toEqual([]);
  });

  it('sets the tenant only in TenantTransaction', () => {
    const steder = [...FILER].filter(([, t]) => /set_config\('app\.kommuner'/.test(t)).map(([f]) => f);
    expect(steder).toEqual(['libs/persistence/src/tenant/tenant-transaction.ts']);
  });

  it('reads and writes outside a tenant transaction only the shared tables without row-level security', () => {
    const rlsNavn = new RegExp(`\\b(${RLS.map((e) => e.klasse).join('|')})\\b|\\b(from|join|update|into)\\s+"?(${RLS.map((e) => e.tabell).join('|')})\\b`, 'i');
    const fellesNavn = new RegExp(`\\b(${FELLES.map((e) => e.klasse).join('|')})\\b|\\b(from|join|update|into)\\s+"?(${FELLES.map((e) => e.tabell).join('|')})\\b`, 'i');
    const feil: string[] = [];
    for (const [fil, tekst] of FILER) {
      if (fil.endsWith('tenant/tenant-transaction.ts')) continue;
      for (const m of tekst.matchAll(/\b(?:dataSource|ds)\s*\.\s*(manager|getRepository|createQueryBuilder|query|transaction)\b/g)) {
        // The statement the access belongs to: up to its end (a parameter default runs to the end of its function's first statement).
        const setning = tekst.slice(m.index, tekst.indexOf(';\n', m.index) + 1);
        const sted = `${fil}:${linje(tekst, m.index)}`;
        // The generic repository and Referansedata name their tables by parameter; the next test keeps both on shared tables.
        const generisk = fil === 'libs/persistence/src/versjonert-repository.ts' || fil === 'libs/persistence/src/referansedata.ts';
        const ingenTabell = /^\w+\s*\.\s*query\('select 1'\)/.test(setning);
        const viaReferansedata = /\b(referanse|ref)\.\w+\(\s*(this\.)?(dataSource|ds)\.manager\b/.test(tekst.slice(m.index - 60, m.index + 30));
        if (rlsNavn.test(setning) && !viaReferansedata) feil.push(`${sted} names a table with row-level security`);
        else if (!generisk && !viaReferansedata && !ingenTabell && !fellesNavn.test(setning)) feil.push(`${sted} reaches a table the check cannot name: go through TenantTransaction or Referansedata`);
      }
    }
    expect(feil).toEqual([]);
  });

  it('keeps Referansedata and the shared-document repositories on tables without row-level security', () => {
    const referansedata = FILER.get('libs/persistence/src/referansedata.ts')!;
    const importert = [...referansedata.matchAll(/import \{([^}]+)\} from '\.\/entities\//g)].flatMap((m) => m[1].split(',').map((n) => n.trim()));
    expect(importert.length).toBeGreaterThan(0);
    expect(importert.filter((n) => RLS.some((e) => e.klasse === n))).toEqual([]);
    const versjonerte = [...FILER.values()].flatMap((t) => [...t.matchAll(/extends VersjonertRepository<(\w+)>/g)].map((m) => m[1]));
    expect(versjonerte.length).toBeGreaterThan(0);
    expect(versjonerte.filter((n) => !FELLES.some((e) => e.klasse === n))).toEqual([]);
  });
});
