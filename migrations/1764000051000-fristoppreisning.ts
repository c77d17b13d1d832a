import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A late complaint taken up anyway (fvl. § 31): when the office decided so, why, and who. The complaint is assessed
 * on its merits only after that explicit step; otherwise it is dismissed as too late.
 */
export class Fristoppreisning1764000051000 implements MigrationInterface {
  name = 'Fristoppreisning1764000051000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "klage" ADD "fristoppreisning_dato" date`);
    await q.query(`ALTER TABLE "klage" ADD "fristoppreisning_begrunnelse" text`);
    await q.query(`ALTER TABLE "klage" ADD "fristoppreisning_av" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "klage" DROP COLUMN "fristoppreisning_av"`);
    await q.query(`ALTER TABLE "klage" DROP COLUMN "fristoppreisning_begrunnelse"`);
    await q.query(`ALTER TABLE "klage" DROP COLUMN "fristoppreisning_dato"`);
  }
}
