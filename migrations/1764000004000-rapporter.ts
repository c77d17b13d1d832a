import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantApp } from './helpers.js';

/**
 * Ordered reports and the released tables of anonymised reports. Not tenant-owned (aggregates only, and a
 * report may span municipalities): access is checked in the service. Released tables are insert-only.
 */
export class Rapporter1764000004000 implements MigrationInterface {
  name = 'Rapporter1764000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "rapport" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(20) NOT NULL, "status" character varying(12) NOT NULL, "aar" integer NOT NULL, "kommuner" text array NOT NULL, "bestilt_av" text NOT NULL, "bestilt_av_rolle" text NOT NULL, "innhold" jsonb, "csv" text, "pdf" bytea, "feil" text, "opprettet" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ferdig_tid" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_rapport_type" CHECK ("type" IN ('likebehandling', 'anonymisert')), CONSTRAINT "ck_rapport_status" CHECK ("status" IN ('bestilt', 'ferdig', 'feilet')), CONSTRAINT "pk_rapport" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_rapport_bestilt_av" ON "rapport" ("bestilt_av") `);
    await q.query(`CREATE TABLE "rapport_utgivelse" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rapport_id" uuid NOT NULL, "tabell_id" character varying(80) NOT NULL, "tabell" jsonb NOT NULL, "opprettet" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_rapport_utgivelse" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_rapport_utgivelse_tabell" ON "rapport_utgivelse" ("rapport_id", "tabell_id") `);
    await q.query(`ALTER TABLE "rapport_utgivelse" ADD CONSTRAINT "fk_rapport_utgivelse_rapport" FOREIGN KEY ("rapport_id") REFERENCES "rapport"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await grantApp(q, 'rapport', 'SELECT, INSERT, UPDATE');
    await grantApp(q, 'rapport_utgivelse', 'SELECT, INSERT');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "rapport_utgivelse"`);
    await q.query(`DROP TABLE "rapport"`);
  }
}
