import type { MigrationInterface, QueryRunner } from 'typeorm';
import { settInnManglendeStandardmaler } from './helpers.js';

/** Marks the templates this migration added, so `down` removes those and nothing a fagadmin made. */
export const INNBYGGERSOKNAD_OPPRETTET_AV = 'migrering Innbyggersoknad1764000041000';

/**
 * Applications from the citizens' digital form (ID-porten): the applicant's own account of the situation and
 * whether they consented to the office obtaining information (from the GP, home nursing …), the search key of
 * who sent it (the only one who may read its receipt), and the receipt
 * letter `kvittering` (templates nb/nn, inserted where the letter type has none, as Soknadsavvisning1764000007000).
 */
export class Innbyggersoknad1764000041000 implements MigrationInterface {
  name = 'Innbyggersoknad1764000041000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "soknad" ADD "situasjon" text`);
    await q.query(`ALTER TABLE "soknad" ADD "samtykke_innhenting" boolean`);
    await q.query(`ALTER TABLE "soknad" ADD "innsender_sokenokkel" character varying(64)`);
    await settInnManglendeStandardmaler(q, INNBYGGERSOKNAD_OPPRETTET_AV);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM brevmal WHERE opprettet_av = $1`, [INNBYGGERSOKNAD_OPPRETTET_AV]);
    await q.query(`ALTER TABLE "soknad" DROP COLUMN "innsender_sokenokkel"`);
    await q.query(`ALTER TABLE "soknad" DROP COLUMN "samtykke_innhenting"`);
    await q.query(`ALTER TABLE "soknad" DROP COLUMN "situasjon"`);
  }
}
