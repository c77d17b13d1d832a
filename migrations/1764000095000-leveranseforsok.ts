import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which delivery of a letter this is. A forsendelse SvarUt could not deliver is sent again when a leader asks:
 * the new one carries its own external reference (`<brev-id>-2`, …), so the look-up that keeps a retry from
 * sending twice finds this attempt's forsendelse, not the failed one.
 */
export class Leveranseforsok1764000095000 implements MigrationInterface {
  name = 'Leveranseforsok1764000095000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "brev" ADD "leveranseforsok" integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "brev" DROP COLUMN "leveranseforsok"`);
  }
}
