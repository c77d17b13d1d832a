import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantSecurity, grantApp } from './helpers.js';

/**
 * Webhook subscriptions: `abonnement` (a municipality's receiver URL, the event types it wants and its
 * signing secret, encrypted) and `abonnement_leveranse` (one row per event × subscription: the delivery log).
 * The delivery rows are written with the event, in the change's transaction. The letter-sent event names
 * its letter: `hendelse.brev_id`. A decision gets a `versjon` (its ETag; approving a draft moves it on), which the
 * application may update beside the status.
 */
export class Abonnementer1764000130000 implements MigrationInterface {
  name = 'Abonnementer1764000130000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "hendelse" ADD "brev_id" uuid`);
    await q.query(`ALTER TABLE "vedtak" ADD "versjon" integer NOT NULL DEFAULT 1`);
    await grantApp(q, 'vedtak', 'UPDATE (versjon)');
    await q.query(`
      CREATE TABLE "abonnement" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(), "kommunenummer" character varying(4) NOT NULL,
        "url" character varying(2000) NOT NULL, "hendelsestyper" character varying(40)[] NOT NULL,
        "hemmelighet" text NOT NULL, "opprettet_av" character varying(200) NOT NULL,
        "opprettet" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_abonnement" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_abonnement_kommune" ON "abonnement" ("kommunenummer")`);
    await enableTenantSecurity(q, 'abonnement');
    await grantApp(q, 'abonnement', 'SELECT, INSERT, DELETE');
    await q.query(`
      CREATE TABLE "abonnement_leveranse" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(), "kommunenummer" character varying(4) NOT NULL,
        "abonnement_id" uuid NOT NULL, "hendelse_id" bigint NOT NULL,
        "status" character varying(12) NOT NULL DEFAULT 'venter', "forsok" integer NOT NULL DEFAULT 0,
        "siste_http_status" integer, "siste_feil" character varying(300), "siste_forsok" TIMESTAMP WITH TIME ZONE,
        "levert" TIMESTAMP WITH TIME ZONE, "opprettet" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_abonnement_leveranse" PRIMARY KEY ("id"),
        CONSTRAINT "uq_abonnement_leveranse" UNIQUE ("abonnement_id", "hendelse_id"),
        CONSTRAINT "fk_abonnement_leveranse_abonnement" FOREIGN KEY ("abonnement_id") REFERENCES "abonnement"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_abonnement_leveranse_hendelse" FOREIGN KEY ("hendelse_id") REFERENCES "hendelse"("id"),
        CONSTRAINT "ck_abonnement_leveranse_status" CHECK ("status" IN ('venter', 'levert', 'feilet')))`);
    await enableTenantSecurity(q, 'abonnement_leveranse');
    await grantApp(q, 'abonnement_leveranse', 'SELECT, INSERT, UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "abonnement_leveranse"`);
    await q.query(`DROP TABLE "abonnement"`);
    await q.query(`ALTER TABLE "vedtak" DROP COLUMN "versjon"`);
    await q.query(`ALTER TABLE "hendelse" DROP COLUMN "brev_id"`);
  }
}
