import { ownerClient } from './harness.js';

/**
 * Synthetic decisions straight into the tables (owner role, tenant setting as row-level security demands).
 * n is a multiple of 90, so every stratum (service × need group × age band × lives alone) gets the same mix in
 * every municipality; `andelInnvilget` and `timefaktor` plant a difference for one municipality.
 */
export async function seedVedtak(kommune: string, aar: number, n: number, { innvilgetAvTi = 8, timefaktor = 1 } = {}, eierUrl?: string): Promise<void> {
  const c = await ownerClient(eierUrl);
  try {
    await c.query('begin');
    await c.query(`select set_config('app.kommuner', $1, true)`, [kommune]);
    await c.query(`CREATE TEMP TABLE g ON COMMIT DROP AS
      SELECT i, gen_random_uuid() AS pid, gen_random_uuid() AS sid, gen_random_uuid() AS vid,
             make_date($2::int, 1 + (i % 11), 1 + (i % 27)) AS vedtaksdato,
             (ARRAY['noe_avgrenset','middels_til_stort','omfattende'])[i % 3 + 1] AS behov,
             (ARRAY['<67','67-79','80+'])[(i / 3) % 3 + 1] AS alder,
             (i / 9) % 2 = 0 AS alene,
             CASE WHEN i % 2 = 0 THEN 'hjemmesykepleie' ELSE 'praktisk-bistand' END AS tjeneste,
             (i % 10) < $3::int AS innvilget,
             10 + (i % 30) AS dager
        FROM generate_series(0, $1::int - 1) i`, [n, aar, innvilgetAvTi]);
    await c.query(`INSERT INTO person (id, kommunenummer, fnr_sokenokkel, fnr_kryptert, fodselsdato, navn, versjon)
      SELECT pid, $1, md5(pid::text), 'x', '1940-01-01', 'Syntetisk person', 1 FROM g`, [kommune]);
    await c.query(`INSERT INTO soknad (id, kommunenummer, saksnummer, person_id, mottatt_dato, kanal, soker_type, tjenester, status, frist_dato, foreloepig_svar_dato, opprettet_av, versjon)
      SELECT sid, $1, 'R-' || substr(md5(sid::text), 1, 16), pid, vedtaksdato - dager, 'papir', 'personen', ARRAY[tjeneste], 'vedtatt', vedtaksdato - dager + 28,
             CASE WHEN dager > 28 AND i % 2 = 0 THEN vedtaksdato - dager + 20 END, 'test', 1 FROM g`, [kommune]);
    await c.query(`INSERT INTO vedtak (id, kommunenummer, soknad_id, person_id, status, kriteriesett_id, kriteriesett_versjon, kriteriesett_navn, kartlegging_id, grunnlag, anbefaling, fakta, vurdering, vedtaksdato, bistandsbehov, aldersgruppe, bor_alene, krever_godkjenning, utkast_av, utkast_av_navn)
      SELECT vid, $1, sid, pid, 'vedtatt', gen_random_uuid(), 1, 'Test', gen_random_uuid(), '{}', '[]', 'f', 'v', vedtaksdato, behov, alder, alene, false, 'test', 'Test' FROM g`, [kommune]);
    await c.query(`INSERT INTO vedtakslinje (kommunenummer, vedtak_id, tjenestekode, utfall, omfang, omfangsenhet, hjemmel, anbefalt_utfall, anbefalt_regel_id, lokalt_avvik, avviker, avvik_retning, avvik_kategori)
      SELECT $1, vid, tjeneste, CASE WHEN innvilget THEN 'innvilget' ELSE 'avslag' END,
             CASE WHEN innvilget THEN round(((ARRAY[2, 5, 10])[i % 3 + 1] * $2::numeric + (i % 4) * 0.5), 2) END,
             'timer_per_uke', 'hol', 'innvilget', 'regel-1', false, NOT innvilget AND i % 3 = 0,
             CASE WHEN NOT innvilget AND i % 3 = 0 THEN 'strengere' END, CASE WHEN NOT innvilget AND i % 3 = 0 THEN 'annet' END FROM g`, [kommune, timefaktor]);
    // A few complaints: two reversed by the office; two on discretionary services, to the municipality's complaint body, one of them forwarded.
    await c.query(`INSERT INTO klage (kommunenummer, soknad_id, vedtak_id, mottatt_dato, kjent_dato, klagefrist, innen_frist, begrunnelse, status, kontorets_vurdering, oversendt_dato, klagevei, registrert_av, versjon)
      SELECT $1, sid, vid, vedtaksdato + 10, vedtaksdato + 3, vedtaksdato + 24, true, 'Klage', CASE WHEN i < 2 THEN 'omgjort' WHEN i = 5 THEN 'oversendt' ELSE 'mottatt' END,
             CASE WHEN i < 2 THEN 'omgjort' WHEN i = 5 THEN 'opprettholdt' END, CASE WHEN i = 5 THEN vedtaksdato + 20 END, CASE WHEN i >= 4 THEN 'kommunen' ELSE 'statsforvalteren' END, 'test', 1
        FROM g WHERE i < 6`, [kommune]);
    await c.query('commit');
  } finally {
    await c.end();
  }
}
