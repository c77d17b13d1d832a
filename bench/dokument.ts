import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { NASJONAL_AAR } from './nasjonal.js';
import { dokument } from './rapport.js';

/**
 * Rewrites docs/benchmarks.md from saved runs without measuring anything again:
 * `node --import @swc-node/register/esm-register bench/dokument.ts [run.json ...]` (the newest run by default).
 * With several runs, the first gives the machine and each part comes from the latest run that measured it (a part
 * measured again replaces the earlier figures, which stay in bench/results/); database growth comes from the last run.
 */
type Kjoring = Record<string, unknown> & { maskin: Record<string, string>; seksjoner: Record<string, string>; varighetMs: number; kommando: string };
const filer = process.argv.length > 2 ? process.argv.slice(2) : [`bench/results/${readdirSync('bench/results').filter((f) => f.endsWith('.json')).sort().pop()}`];
const kjoringer = filer.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Kjoring);
const forste = kjoringer[0]!;
const seksjoner: Record<string, string> = {};
const resultater: Record<string, unknown> = {};
const DELER: Record<string, string[]> = { api: ['api', 'apiCeller'], brev: ['brev'], statistikk: ['statistikk'], nasjonal: ['nasjonal'], demo: ['demo'], vekst: ['vekst'] };
for (const k of kjoringer) {
  for (const [navn, tekst] of Object.entries(k.seksjoner)) {
    seksjoner[navn] = `${tekst}\n\n_Measured by \`${k.kommando}\` at commit ${k.maskin.git}, load average ${k.maskin['load average at start (1/5/15 min)']} at the start of that run._`;
    for (const felt of DELER[navn] ?? []) if (felt in k) resultater[felt] = k[felt];
  }
}
const kommando = kjoringer.map((k) => `\`${k.kommando}\``).join(', then ');
writeFileSync(
  'docs/benchmarks.md',
  dokument({ maskin: forste.maskin, seksjoner, resultater, varighetMs: kjoringer.reduce((a, k) => a + k.varighetMs, 0), kommando, nasjonaltAar: NASJONAL_AAR }),
);
console.log(`docs/benchmarks.md written from ${filer.join(', ')}`);
