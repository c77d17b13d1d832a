import type { MigrationInterface, QueryRunner } from 'typeorm';
import { settInnManglendeStandardmaler } from './helpers.js';

/** Marks the templates this migration added, so `down` removes those and nothing a fagadmin made. */
export const KLAGEAVSLUTNING_OPPRETTET_AV = 'migrering Klageavslutning1764000006000';

/**
 * A complaint can be withdrawn or dismissed: when and why on the complaint, and the letter types
 * `klage_avvist` and `klage_trukket`.
 *
 * The standard templates reach databases migrated before those types existed: every standard template whose
 * letter type and målform has no template at all is inserted as published version 1. A fresh database already
 * has them (Vedtak1764000002000 seeds from the same constant), so there this inserts nothing; a type that
 * already has a template, edited or not, is left alone. Idempotent.
 *
 * `down` drops the columns and deletes the templates this migration inserted. Complaints with status
 * `trukket` or `avvist` keep that status (a text column): the older code cannot act on them.
 */
export class Klageavslutning1764000006000 implements MigrationInterface {
  name = 'Klageavslutning1764000006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "klage" ADD "avsluttet_dato" date`);
    await q.query(`ALTER TABLE "klage" ADD "avslutningsgrunn" text`);
    await settInnManglendeStandardmaler(q, KLAGEAVSLUTNING_OPPRETTET_AV);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM brevmal WHERE opprettet_av = $1`, [KLAGEAVSLUTNING_OPPRETTET_AV]);
    await q.query(`ALTER TABLE "klage" DROP COLUMN "avslutningsgrunn"`);
    await q.query(`ALTER TABLE "klage" DROP COLUMN "avsluttet_dato"`);
  }
}
