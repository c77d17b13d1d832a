import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantSecurity, grantApp } from './helpers.js';

/**
 * The national integrations: per municipality how letters go out (`fil`, the file drop, stays the default;
 * `svarut`, KS SvarUt) and whether cases are archived through Fiks Arkiv; on each letter the channel it went
 * by and the status SvarUt last reported; on the case and the letter the ids the archive gave them; and the
 * archive messages themselves (one per case, letter, complaint and journal note: the unique key makes a
 * repeated sweep send nothing twice).
 */
export class Integrasjoner1764000040000 implements MigrationInterface {
  name = 'Integrasjoner1764000040000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "kommune" ADD "leveransekanal" character varying(10) NOT NULL DEFAULT 'fil'`);
    await q.query(`ALTER TABLE "kommune" ADD CONSTRAINT "ck_kommune_leveransekanal" CHECK ("leveransekanal" IN ('fil', 'svarut'))`);
    await q.query(`ALTER TABLE "kommune" ADD "arkivering" character varying(12) NOT NULL DEFAULT 'ingen'`);
    await q.query(`ALTER TABLE "kommune" ADD CONSTRAINT "ck_kommune_arkivering" CHECK ("arkivering" IN ('ingen', 'fiks_arkiv'))`);

    await q.query(`ALTER TABLE "brev" ADD "leveransekanal" character varying(10)`);
    await q.query(`ALTER TABLE "brev" ADD "leveransestatus" character varying(20)`);
    await q.query(`ALTER TABLE "brev" ADD "leveransestatus_tid" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "brev" ADD "arkiv_system_id" uuid`);
    await q.query(`ALTER TABLE "brev" ADD "arkiv_journalpostnummer" text`);
    await q.query(`CREATE INDEX "idx_brev_svarut_apen" ON "brev" ("kommunenummer") WHERE "leveransekanal" = 'svarut' AND "leveransestatus" IN ('sendt', 'levert_digitalt', 'sendt_print')`);

    await q.query(`ALTER TABLE "soknad" ADD "arkiv_system_id" uuid`);
    await q.query(`ALTER TABLE "soknad" ADD "arkiv_saksnummer" text`);

    await q.query(`CREATE TABLE "arkivmelding" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "kommunenummer" character varying(4) NOT NULL,
      "soknad_id" uuid NOT NULL,
      "gjelder" character varying(10) NOT NULL,
      "gjelder_id" uuid NOT NULL,
      "status" character varying(10) NOT NULL DEFAULT 'sendt',
      "opprettet" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "kvittert" TIMESTAMP WITH TIME ZONE,
      "system_id" uuid,
      "journalpostnummer" text,
      "feil" text,
      CONSTRAINT "pk_arkivmelding" PRIMARY KEY ("id"),
      CONSTRAINT "ck_arkivmelding_gjelder" CHECK ("gjelder" IN ('sak', 'brev', 'klage', 'notat')),
      CONSTRAINT "ck_arkivmelding_status" CHECK ("status" IN ('sendt', 'arkivert', 'feilet')),
      CONSTRAINT "fk_arkivmelding_soknad" FOREIGN KEY ("soknad_id") REFERENCES "soknad"("id") ON DELETE RESTRICT
    )`);
    await q.query(`CREATE UNIQUE INDEX "uq_arkivmelding_gjelder" ON "arkivmelding" ("gjelder", "gjelder_id")`);
    await q.query(`CREATE INDEX "idx_arkivmelding_soknad" ON "arkivmelding" ("soknad_id")`);
    await enableTenantSecurity(q, 'arkivmelding');
    await grantApp(q, 'arkivmelding', 'SELECT, INSERT, UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "arkivmelding"`);
    await q.query(`ALTER TABLE "soknad" DROP COLUMN "arkiv_saksnummer"`);
    await q.query(`ALTER TABLE "soknad" DROP COLUMN "arkiv_system_id"`);
    await q.query(`DROP INDEX "idx_brev_svarut_apen"`);
    for (const k of ['arkiv_journalpostnummer', 'arkiv_system_id', 'leveransestatus_tid', 'leveransestatus', 'leveransekanal']) await q.query(`ALTER TABLE "brev" DROP COLUMN "${k}"`);
    await q.query(`ALTER TABLE "kommune" DROP CONSTRAINT "ck_kommune_arkivering"`);
    await q.query(`ALTER TABLE "kommune" DROP COLUMN "arkivering"`);
    await q.query(`ALTER TABLE "kommune" DROP CONSTRAINT "ck_kommune_leveransekanal"`);
    await q.query(`ALTER TABLE "kommune" DROP COLUMN "leveransekanal"`);
  }
}
