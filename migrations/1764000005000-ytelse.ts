import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes found by the benchmarks (docs/benchmarks.md), so the reports and the work list stop reading
 * whole wide tables:
 * - `idx_soknad_frist`: the work list's default page (deadline, then case number, across the caller's
 *   municipalities) reads the first rows of this index instead of sorting every case the caller may see.
 * - The statistics indexes become covering: every column the report aggregations read from `vedtak`,
 *   `vedtakslinje` and `soknad` (and `kommunenummer`, which row-level security filters on) is in the index,
 *   so a report is an index-only scan of a narrow index instead of a scan of the decision rows with their
 *   assessment basis, facts and reasoning (a few KB each). The leading columns are unchanged, so every
 *   earlier use of the two old indexes is still served.
 */
export class Ytelse1764000005000 implements MigrationInterface {
  name = 'Ytelse1764000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "idx_soknad_frist" ON "soknad" ("frist_dato", "saksnummer") `);
    await q.query(`CREATE INDEX "idx_soknad_statistikk" ON "soknad" ("kommunenummer", "mottatt_dato", "id", "foreloepig_svar_dato", "tjenester") `);
    await q.query(`DROP INDEX "public"."idx_vedtak_statistikk"`);
    await q.query(`CREATE INDEX "idx_vedtak_statistikk" ON "vedtak" ("kommunenummer", "vedtaksdato", "status", "id", "soknad_id", "bistandsbehov", "aldersgruppe", "bor_alene") `);
    await q.query(`DROP INDEX "public"."idx_vedtakslinje_statistikk"`);
    await q.query(
      `CREATE INDEX "idx_vedtakslinje_statistikk" ON "vedtakslinje" ("kommunenummer", "tjenestekode", "vedtak_id", "utfall", "omfang", "avviker", "lokalt_avvik", "avvik_retning", "avvik_kategori") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."idx_vedtakslinje_statistikk"`);
    await q.query(`CREATE INDEX "idx_vedtakslinje_statistikk" ON "vedtakslinje" ("kommunenummer", "tjenestekode") `);
    await q.query(`DROP INDEX "public"."idx_vedtak_statistikk"`);
    await q.query(`CREATE INDEX "idx_vedtak_statistikk" ON "vedtak" ("kommunenummer", "vedtaksdato") `);
    await q.query(`DROP INDEX "public"."idx_soknad_statistikk"`);
    await q.query(`DROP INDEX "public"."idx_soknad_frist"`);
  }
}
