import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a decision letter must be able to say (fvl. §§ 24–25):
 * - `soknad.sokt_om`: what was applied for per service (scope, frequency), optional when not known;
 * - `vedtakslinje.begrunnelse`: why a line is partly granted or refused;
 * - `vedtak.tjenester_i_mellomtiden`: the services given while waiting for long-term care;
 * - `klage.klagevei`: where the complaint goes, from the legal regime of the decision's services.
 * Existing rows get empty lists and, for complaints, the route they were handled under (Statsforvalteren).
 */
export class Vedtaksgrunnlag1764000021000 implements MigrationInterface {
  name = 'Vedtaksgrunnlag1764000021000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "soknad" ADD "sokt_om" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "vedtakslinje" ADD "begrunnelse" text`);
    await q.query(`ALTER TABLE "vedtak" ADD "tjenester_i_mellomtiden" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "klage" ADD "klagevei" character varying(20) NOT NULL DEFAULT 'statsforvalteren'`);
    await q.query(`ALTER TABLE "klage" ADD CONSTRAINT "ck_klage_klagevei" CHECK ("klagevei" IN ('statsforvalteren', 'kommunen'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "klage" DROP CONSTRAINT "ck_klage_klagevei"`);
    await q.query(`ALTER TABLE "klage" DROP COLUMN "klagevei"`);
    await q.query(`ALTER TABLE "vedtak" DROP COLUMN "tjenester_i_mellomtiden"`);
    await q.query(`ALTER TABLE "vedtakslinje" DROP COLUMN "begrunnelse"`);
    await q.query(`ALTER TABLE "soknad" DROP COLUMN "sokt_om"`);
  }
}
