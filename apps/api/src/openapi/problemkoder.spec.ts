import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEMKODER } from './problemkoder.js';

/** Every TypeScript source file under a folder, tests left out. */
function kilder(mappe: string): string[] {
  return readdirSync(mappe, { withFileTypes: true }).flatMap((e) => {
    const sti = join(mappe, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : kilder(sti);
    return /\.ts$/.test(e.name) && !/\.(spec|test)\.ts$/.test(e.name) ? [sti] : [];
  });
}

describe('the problem codes in the OpenAPI document', () => {
  const kastet = new Map<string, string>();
  for (const fil of [...kilder('libs'), ...kilder('apps/api/src'), ...kilder('apps/worker/src')]) {
    const tekst = readFileSync(fil, 'utf8');
    // `new DomeneFeil('KODE', …)`, the anonymisation's `feil('kode', …)`, and the filter's `base(400, '…', 'KODE')`.
    const treff = [
      ...tekst.matchAll(/DomeneFeil\(\s*'([A-Za-z_]+)'/g),
      ...(fil.endsWith('utgivelse.ts') ? tekst.matchAll(/\bfeil\(\s*'([a-z_]+)'/g) : []),
      ...tekst.matchAll(/\bbase\(\s*\d{3},[^;]*?'([A-Z_]+)'\)/g),
    ];
    for (const t of treff) kastet.set(t[1]!, fil);
  }

  it('finds the codes in the source at all', () => {
    expect(kastet.size).toBeGreaterThan(50);
  });

  it('lists every code the source can throw, so Problem.code is a complete enum', () => {
    const mangler = [...kastet].filter(([kode]) => !(PROBLEMKODER as readonly string[]).includes(kode)).map(([kode, fil]) => `${kode} (${fil})`);
    expect(mangler).toEqual([]);
  });

  it('lists each code once', () => {
    expect(new Set(PROBLEMKODER).size).toBe(PROBLEMKODER.length);
  });
});
