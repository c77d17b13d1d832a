import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A request for information (fvl. § 17) ordered from a case: what is needed and by when, kept on the case so it
 * shows as waiting for it (`soknad.innhenting`, null when nothing is asked for). A change or stop of a decision
 * records the earlier decision's date and the day it takes effect (`vedtak.endring`), which its letter prints.
 */
export class Innhenting1764000022000 implements MigrationInterface {
  name = 'Innhenting1764000022000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "soknad" ADD "innhenting" jsonb`);
    await q.query(`ALTER TABLE "vedtak" ADD "endring" jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "vedtak" DROP COLUMN "endring"`);
    await q.query(`ALTER TABLE "soknad" DROP COLUMN "innhenting"`);
  }
}
