import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantApp } from './helpers.js';

/**
 * `Idempotency-Key` on POST: the first answer per user and key, kept 24 hours (rows older than that are
 * taken over by the next request with the key, and swept). Not tenant-owned, so no row-level security:
 * the application reaches a row only by the signed-in user's id.
 */
export class Idempotens1764000010000 implements MigrationInterface {
  name = 'Idempotens1764000010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "idempotens" (
      "bruker_id" varchar(200) NOT NULL,
      "nokkel" varchar(200) NOT NULL,
      "forespoersel_hash" char(64) NOT NULL,
      "status" integer,
      "svar" jsonb,
      "location" text,
      "opprettet" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "pk_idempotens" PRIMARY KEY ("bruker_id", "nokkel")
    )`);
    await grantApp(q, 'idempotens', 'SELECT, INSERT, UPDATE, DELETE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "idempotens"`);
  }
}
