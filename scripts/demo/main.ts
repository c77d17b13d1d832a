/**
 * `npm run demo`: the whole office at work in one command (see docs/demo.md).
 *
 * Settings (environment): DEMO_SOKNADER (default 2000), DEMO_SEED (1860), DEMO_HTTP_PARALLELL (8),
 * DEMO_EKSTRA_WORKERE (1), DEMO_EKSTRA_API (0), DEMO_WORKER_CONCURRENCY (1), DEMO_UT (out), DEMO_BREV_TIDSAVBRUDD_S (300),
 * DEMO_DATABASE_NAME (tk_demo), or DATABASE_URL / DATABASE_OWNER_URL / REDIS_URL / QUEUE_PREFIX to run
 * against a database and Redis you choose.
 */
import { DemoFeil, kjorDemo, type Demoresultat } from './demo.js';
import { STANDARD_STYRKE } from './praksis.js';

const tall = (navn: string, standard: number, min = 0): number => {
  const v = process.env[navn];
  if (v === undefined || v === '') return standard;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) {
    console.error(`${navn} må være et heltall ≥ ${min} (fikk «${v}»).`);
    process.exit(2);
  }
  return n;
};

const andel = (navn: string, standard: number): number => {
  const v = process.env[navn];
  if (v === undefined || v === '') return standard;
  const x = Number(v);
  if (!(x >= 0 && x <= 1)) {
    console.error(`${navn} må være en andel mellom 0 og 1 (fikk «${v}»).`);
    process.exit(2);
  }
  return x;
};

function oppsummering(r: Demoresultat): string {
  const linjer: string[] = [];
  const l = (s = '') => linjer.push(s);
  l();
  l(`═══ TK Lofoten – demo for ${r.aar} ferdig på ${r.sekunder.toFixed(1)} s ═══`);
  l(`Søknader per kommune:   ${Object.entries(r.saker).map(([k, n]) => `${k} ${n}`).join(' · ')}`);
  l(`Vedtak per kommune:     ${Object.entries(r.vedtak.perKommune).map(([k, n]) => `${k} ${n}`).join(' · ')}`);
  l(`Vedtak:                 ${r.vedtak.totalt} (tjenestelinjer: ${Object.entries(r.vedtak.perUtfall).map(([u, n]) => `${u.replace('_', ' ')} ${n}`).join(', ')})`);
  l(`                        ${r.vedtak.avvik} med begrunnet avvik fra kriteriene, ${r.vedtak.fireOyne} godkjent av en annen (fire øyne)`);
  l(`Foreløpige svar:        ${r.foreloepigeSvar} (fvl. § 11 a, saker eldre enn én måned)`);
  l(`Klager:                 ${r.klager.registrert} (${r.klager.oversendt} oversendt klageinstansen, ${r.klager.omgjort} omgjort av kontoret)`);
  l(`Brev:                   ${r.brev.totalt} PDF/A (${Object.entries(r.brev.perType).map(([t, n]) => `${t} ${n}`).join(', ')})`);
  l(`Brevkontroll:           ${r.brevkontroll.kontrollert} vedtaks- og oversendelsesbrev: ${r.brevkontroll.feilKlagevei} med feil klagevei, ${r.brevkontroll.tommeLister} med tomme lister, ${r.brevkontroll.utkastKriterier} med utkastnavn på kriteriene`);
  l();
  l('Likebehandlingsrapporten flagger:');
  if (r.flagg.length === 0) l('  (ingen flagg)');
  for (const f of r.flagg) l(`  • ${f.tekst}`);
  l();
  l('Filer:');
  l(`  Brev:       ${r.filer.brev}/<kommunenummer>/*.pdf (${r.brev.pdfFiler} PDF-er, med kvittering .json ved siden av)`);
  for (const f of r.filer.rapporter) l(`  Rapport:    ${f}`);
  l();
  l(`Tid per steg: ${r.steg.map((s) => `${s.navn} ${s.sekunder.toFixed(1)} s`).join(' · ')}`);
  return linjer.join('\n');
}

try {
  const r = await kjorDemo({
    antall: tall('DEMO_SOKNADER', 2000, 1),
    seed: tall('DEMO_SEED', 1860),
    httpParallell: tall('DEMO_HTTP_PARALLELL', 8, 1),
    ekstraWorkere: tall('DEMO_EKSTRA_WORKERE', 1),
    ekstraApi: tall('DEMO_EKSTRA_API', 0),
    workerConcurrency: tall('DEMO_WORKER_CONCURRENCY', 1, 1),
    utmappe: process.env.DEMO_UT ?? 'out',
    brevTidsavbruddSek: tall('DEMO_BREV_TIDSAVBRUDD_S', 300, 1),
    plantet: { avslag: andel('DEMO_PLANTET_AVSLAG', STANDARD_STYRKE.avslag), redusert: andel('DEMO_PLANTET_REDUSERT', STANDARD_STYRKE.redusert) },
    fremdrift: Boolean(process.stdout.isTTY) && process.env.CI === undefined,
  });
  console.log(oppsummering(r));
  if (process.env.DEMO_RESULTAT_JSON) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(process.env.DEMO_RESULTAT_JSON, JSON.stringify(r, null, 2));
  }
  process.exit(0);
} catch (e) {
  console.error('');
  console.error(`✗ Demoen feilet: ${e instanceof DemoFeil ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
}
