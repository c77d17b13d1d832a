import pg from 'pg';
import { urls } from './db.js';
import { mb, sekunder, tabell, tall } from './felles.js';
import { seedKommuner } from './seed.js';
import { enGjennomgang, kjorRapport, LOFOTEN, seedBeslutninger, type RapportResultat } from './statistikk.js';

export const NASJONAL_AAR = 2022;
const VEDTAK = Number(process.env.BENCH_NATIONAL_DECISIONS ?? 400_000);

/**
 * The country-year on this machine: 353 synthetic municipalities besides the four real ones (357 in all), with
 * decisions spread by a skewed size distribution (a few large municipalities, many small), then the leader
 * report over all 357 and over Lofoten alone from the same national tables.
 */
export async function simulerLandet(env: Record<string, string>): Promise<{ markdown: string; tall: Record<string, number> }> {
  const c = new pg.Client({ connectionString: urls.owner });
  await c.connect();
  const nye = await seedKommuner(c, 353);
  await c.end();
  const alle = [...LOFOTEN, ...nye];
  const vekter = alle.map((_, i) => 1 / Math.pow(i + 3, 0.9));
  const sum = vekter.reduce((a, b) => a + b, 0);
  const fordeling = new Map(alle.map((k, i) => [k, Math.max(20, Math.round((VEDTAK * vekter[i]!) / sum))]));
  const totalt = [...fordeling.values()].reduce((a, b) => a + b, 0);
  const seedMs = await seedBeslutninger(env, fordeling, NASJONAL_AAR, 20);
  console.log(`country-year: ${tall(totalt)} decisions in ${alle.length} municipalities seeded in ${sekunder(seedMs)}`);
  const pass = await enGjennomgang(alle, NASJONAL_AAR);
  const landet: RapportResultat = await kjorRapport(env, 'likebehandling', NASJONAL_AAR, alle);
  console.log(`  leader report, all ${alle.length}: ${sekunder(landet.ms)}, peak RSS ${mb(landet.maxRss)}`);
  const passL = await enGjennomgang(LOFOTEN, NASJONAL_AAR);
  const lofoten = await kjorRapport(env, 'likebehandling', NASJONAL_AAR, LOFOTEN);
  console.log(`  leader report, Lofoten only: ${sekunder(lofoten.ms)}`);
  const anonym = await kjorRapport(env, 'anonymisert', NASJONAL_AAR, LOFOTEN);
  const lofotenVedtak = LOFOTEN.reduce((a, k) => a + fordeling.get(k)!, 0);
  const markdown = tabell(
    ['what', 'decisions', 'time', 'time / one SQL pass', 'peak RSS', 'PDF bytes'],
    [
      ['seed (INSERT … SELECT generate_series, 357 municipalities, then VACUUM ANALYZE)', tall(totalt), sekunder(seedMs), '', '', ''],
      ['baseline: one SQL pass over the country-year', tall(pass.n), sekunder(pass.ms), '1.0×', '', ''],
      [`leader report, all ${alle.length} municipalities`, tall(totalt), sekunder(landet.ms), `${(landet.ms / pass.ms).toFixed(1)}×`, mb(landet.maxRss), tall(landet.pdfBytes)],
      ['baseline: one SQL pass, Lofoten (4) in the national tables', tall(passL.n), sekunder(passL.ms), '1.0×', '', ''],
      ['leader report, Lofoten (4), from the national tables', tall(lofotenVedtak), sekunder(lofoten.ms), `${(lofoten.ms / passL.ms).toFixed(1)}×`, mb(lofoten.maxRss), tall(lofoten.pdfBytes)],
      ['anonymised report (Lofoten units), from the national tables', tall(lofotenVedtak), sekunder(anonym.ms), '', mb(anonym.maxRss), tall(anonym.pdfBytes)],
    ],
  );
  return { markdown, tall: { totalt, seedMs, landetMs: landet.ms, landetRss: landet.maxRss, lofotenMs: lofoten.ms, passMs: pass.ms, storsteKommune: Math.max(...fordeling.values()), minsteKommune: Math.min(...fordeling.values()) } };
}
