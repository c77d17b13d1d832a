import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The README's configuration table is what an operator reads: every variable the configuration validates
 * is in it, and everything in it is either validated at boot or read by a tool script (db:setup, demo).
 */

const ROT = join(import.meta.dirname, '../../..');
const les = (fil: string) => readFileSync(join(ROT, fil), 'utf8');

function validerte(): string[] {
  const kilde = les('libs/config/src/config.ts');
  const navn = [...kilde.matchAll(/^ {4}([A-Z][A-Z0-9_]+):\s/gm)].map((m) => m[1]);
  // The per-municipality SvarUt pairs are made in a loop; the README writes them with a placeholder.
  for (const m of kilde.matchAll(/felter\[`([A-Z_]+)_\$\{knr\}`\]/g)) navn.push(`${m[1]}_<kommunenummer>`);
  return navn;
}

function iReadme(): string[] {
  const readme = les('README.md');
  const del = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
  return del
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .flatMap((l) => [...l.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]*(?:_<kommunenummer>)?)`/g)].map((m) => m[1]));
}

function lestAvVerktoy(): Set<string> {
  const filer = ['scripts/db-setup.ts', 'scripts/dev-env.ts', 'scripts/migrate.ts', 'scripts/demo/miljo.ts'];
  return new Set(filer.flatMap((f) => [...les(f).matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1])));
}

describe('README configuration table', () => {
  it('finds the variables on both sides (the check has something to compare)', () => {
    expect(validerte()).toEqual(expect.arrayContaining(['DATABASE_URL', 'PERSON_DATA_KEY', 'WORKER_CONCURRENCY']));
    expect(iReadme()).toEqual(expect.arrayContaining(['DATABASE_URL', 'PERSON_DATA_KEY', 'WORKER_CONCURRENCY']));
  });

  it('lists every variable the configuration validates', () => {
    const readme = new Set(iReadme());
    expect(validerte().filter((n) => !readme.has(n))).toEqual([]);
  });

  it('lists nothing that is neither validated at boot nor read by a tool', () => {
    const kjent = new Set([...validerte(), ...lestAvVerktoy()]);
    expect(iReadme().filter((n) => !kjent.has(n))).toEqual([]);
  });
});
