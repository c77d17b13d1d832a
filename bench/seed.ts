import pg from 'pg';
import { PersonnummerKrypto } from '../libs/persistence/src/crypto/personnummer-krypto.js';
import { lagSyntetiskFodselsnummer } from '../libs/domain/src/person/fodselsnummer.js';

/**
 * Synthetic data written straight into PostgreSQL as the owner role with `INSERT ... SELECT generate_series`.
 * FORCE ROW LEVEL SECURITY applies to the owner too, so every statement runs in a transaction with
 * `app.kommuner` set to the municipality it writes.
 */
export async function medKommuner<T>(c: pg.Client, kommuner: readonly string[], fn: () => Promise<T>): Promise<T> {
  await c.query('begin');
  try {
    await c.query(`select set_config('app.kommuner', $1, true)`, [kommuner.join(',')]);
    const r = await fn();
    await c.query('commit');
    return r;
  } catch (e) {
    await c.query('rollback');
    throw e;
  }
}

/** Persons with real encryption (the API decrypts the identity number when it shows a case). */
export async function seedPersoner(c: pg.Client, kommune: string, antall: number, personDataKey: string): Promise<void> {
  const krypto = new PersonnummerKrypto(personDataKey);
  const rader: string[][] = [];
  for (let i = 0; i < antall; i++) {
    const dato = `19${30 + (i % 60)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const fnr = lagSyntetiskFodselsnummer(dato, () => ((i * 7919 + Number(kommune)) % 1000) / 1000);
    rader.push([kommune, krypto.sokenokkel(`${fnr}:${kommune}:${i}`), krypto.krypter(fnr), dato, `Syntetisk Person ${i}`, `Fiskergata ${i % 200}, 8390 Reine`]);
  }
  await medKommuner(c, [kommune], async () => {
    for (let i = 0; i < rader.length; i += 1000) {
      const del = rader.slice(i, i + 1000);
      await c.query(
        `INSERT INTO person (kommunenummer, fnr_sokenokkel, fnr_kryptert, fodselsdato, navn, adresse, versjon)
         SELECT * , 1 FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::date[], $5::text[], $6::text[])
         ON CONFLICT DO NOTHING`,
        [0, 1, 2, 3, 4, 5].map((k) => del.map((r) => r[k])),
      );
    }
  });
}

const TJENESTER = ['praktisk-bistand', 'hjemmesykepleie', 'trygghetsalarm', 'korttidsopphold', 'omsorgsbolig', 'matombringing', 'stottekontakt', 'dagaktivitet'];
const FAKTA = 'Søker bor alene i egen bolig i andre etasje uten heis. Har hatt hoftebrudd og bruker rullator innendørs. '.repeat(3);
const VURDERING = 'Vi har lagt vekt på kartleggingen og opplysninger fra fastlegen. Behovet for hjelp til husarbeid er dokumentert. '.repeat(4);
/** About the size of a real assessment basis (IPLOS scores, facts, rule trace). */
const GRUNNLAG = JSON.stringify({
  iplos: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`variabel${i}`, (i % 5) + 1])),
  alder: 82, borAlene: true, hjelpFraFamilie: 'noe', kognitivSvikt: false, vurdertTimebehovPerUke: 3,
  regelspor: Array.from({ length: 6 }, (_, i) => ({ regel: `regel-${i}`, oppfylt: i % 2 === 0, tekst: 'Vilkåret er vurdert mot kartleggingen.' })),
});
const ANBEFALING = JSON.stringify({ utfall: 'innvilget', omfang: { min: 2, maks: 4 }, regelId: 'pb-middels', begrunnelse: 'Middels til stort bistandsbehov, bor alene.' });

/**
 * `antall` cases with one decision each (status 'vedtatt', decision date in `aar`) and 1–2 decision lines,
 * in one municipality, in batches. Case numbers carry the year; call once per municipality and year.
 */
export async function seedVedtak(c: pg.Client, kommune: string, antall: number, aar: number, fra = 0, batch = 100_000): Promise<void> {
  await medKommuner(c, [kommune], async () => {
    const { rows } = await c.query(`SELECT array_agg(id) AS a FROM person WHERE kommunenummer = $1`, [kommune]);
    if (!rows[0].a) throw new Error(`ingen personer i ${kommune}`);
  });
  for (let start = fra; start < fra + antall; start += batch) {
    const slutt = Math.min(fra + antall, start + batch) - 1;
    await medKommuner(c, [kommune], () =>
      c.query(
        `WITH p AS (SELECT array_agg(id) AS a FROM person WHERE kommunenummer = $1),
         s AS (
           INSERT INTO soknad (kommunenummer, saksnummer, person_id, mottatt_dato, kanal, soker_type, tjenester, fritekst, status, frist_dato,
                               foreloepig_svar_dato, vedtatt_dato, saksbehandler_id, saksbehandler_navn, navngitte_saksbehandlere, opprettet_av, versjon)
           SELECT $1, $1 || '-S' || $2::int || '-' || g, p.a[1 + g % array_length(p.a, 1)],
                  make_date($2::int, 1, 1) + (g * 7919 % 330), 'digital', 'selv', ARRAY[($5::text[])[1 + g % 8]],
                  'Trenger hjelp etter sykehusopphold.', 'vedtatt', make_date($2::int, 1, 1) + (g * 7919 % 330) + 28,
                  CASE WHEN g % 5 = 0 THEN make_date($2::int, 1, 1) + (g * 7919 % 330) + 20 END,
                  make_date($2::int, 1, 1) + (g * 7919 % 330) + (g % 45), 'u-bench', 'Benk Benksen', ARRAY['u-bench'], 'u-bench', 3
             FROM p, generate_series($3::int, $4::int) g
           RETURNING id, person_id, tjenester[1] AS tjeneste, vedtatt_dato, (substring(saksnummer from '-(\\d+)$'))::int AS g),
         v AS (
           INSERT INTO vedtak (kommunenummer, soknad_id, person_id, status, kriteriesett_id, kriteriesett_versjon, kriteriesett_navn, kartlegging_id,
                               grunnlag, anbefaling, fakta, vurdering, vedtaksdato, bistandsbehov, aldersgruppe, bor_alene, krever_godkjenning,
                               utkast_av, utkast_av_navn, vedtatt_av, vedtatt_av_navn, vedtatt_tid)
           SELECT $1, s.id, s.person_id, 'vedtatt', gen_random_uuid(), 1, 'Felles tildelingskriterier', gen_random_uuid(),
                  $6::jsonb, $7::jsonb, $8, $9, s.vedtatt_dato,
                  (ARRAY['noe_avgrenset', 'middels_til_stort', 'omfattende'])[1 + s.g % 3], (ARRAY['<67', '67-79', '80+'])[1 + (s.g / 3) % 3], s.g % 2 = 0, false,
                  'u-bench', 'Benk Benksen', 'u-bench', 'Benk Benksen', s.vedtatt_dato::timestamptz
             FROM s
           RETURNING id, soknad_id)
         INSERT INTO vedtakslinje (kommunenummer, vedtak_id, tjenestekode, utfall, omfang, omfangsenhet, innhold, hjemmel, anbefalt_utfall,
                                   anbefalt_omfang_min, anbefalt_omfang_maks, anbefalt_regel_id, lokalt_avvik, avviker, avvik_retning, avvik_kategori)
         SELECT $1, v.id, s.tjeneste, (ARRAY['innvilget', 'innvilget', 'delvis_innvilget', 'avslag', 'innvilget'])[1 + s.g % 5],
                CASE WHEN s.g % 5 = 3 THEN NULL ELSE 1 + (s.g % 8) END, 'timer_per_uke', 'Rengjøring og innkjøp.',
                'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 b', 'innvilget', 2, 4, 'pb-middels', s.g % 50 = 0, s.g % 10 = 0,
                CASE WHEN s.g % 10 = 0 THEN (ARRAY['gunstigere', 'strengere'])[1 + s.g % 2] END,
                CASE WHEN s.g % 10 = 0 THEN 'faglig_skjonn' END
           FROM v JOIN s ON s.id = v.soknad_id`,
        [kommune, aar, start, slutt, TJENESTER, GRUNNLAG, ANBEFALING, FAKTA, VURDERING],
      ),
    );
  }
}

/** Open cases (no decision yet) for the work list and the case view, with a status history row each. */
export async function seedApneSaker(c: pg.Client, kommune: string, antall: number): Promise<string[]> {
  return medKommuner(c, [kommune], async () => {
    const { rows } = await c.query(
      `WITH p AS (SELECT array_agg(id) AS a FROM person WHERE kommunenummer = $1),
       s AS (
         INSERT INTO soknad (kommunenummer, saksnummer, person_id, mottatt_dato, kanal, soker_type, tjenester, fritekst, status, frist_dato,
                             saksbehandler_id, saksbehandler_navn, navngitte_saksbehandlere, opprettet_av, versjon)
         SELECT $1, $1 || '-A' || g, p.a[1 + g % array_length(p.a, 1)], current_date - (g % 60), 'muntlig', 'selv', ARRAY['praktisk-bistand'],
                'Trenger hjelp til rengjøring etter hoftebrudd.', (ARRAY['mottatt', 'under_kartlegging', 'vedtak_utkast'])[1 + g % 3],
                current_date - (g % 60) + 28, 'u-bench', 'Benk Benksen', ARRAY['u-bench'], 'u-bench', 1
           FROM p, generate_series(1, $2::int) g
         RETURNING id, kommunenummer)
       , h AS (INSERT INTO statushistorikk (kommunenummer, soknad_id, fra_status, til_status, handling, bruker_id, bruker_navn, kommentar)
               SELECT kommunenummer, id, NULL, 'mottatt', 'registrer', 'u-bench', 'Benk Benksen', 'Mottatt via muntlig' FROM s)
       SELECT id FROM s`,
      [kommune, antall],
    );
    return rows.map((r) => r.id as string);
  });
}

/** Extra municipalities for the national simulation (the real four are seeded by the migrations). */
export async function seedKommuner(c: pg.Client, antall: number): Promise<string[]> {
  const nye: string[] = [];
  for (let i = 0; i < antall; i++) nye.push(String(3000 + i));
  await c.query(
    `INSERT INTO kommune (kommunenummer, navn, maalform, innbyggere, innbyggere_67_pluss, innbyggere_80_pluss, organisasjonsnummer, postadresse, telefon, epost, klageadresse)
     SELECT k, 'Kommune ' || k, CASE WHEN k::int % 4 = 0 THEN 'nn' ELSE 'nb' END, 15000, 3000, 800, '9' || lpad(k, 8, '0'), 'Postboks 1, 0001 Sted', '00 00 00 00', 'post@' || k || '.example', 'Postboks 1, 0001 Sted'
       FROM unnest($1::text[]) k ON CONFLICT DO NOTHING`,
    [nye],
  );
  return nye;
}
