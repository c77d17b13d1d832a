import type { MigrationInterface, QueryRunner } from 'typeorm';
import { settInnManglendeStandardmaler } from './helpers.js';

/** Marks the templates this migration added, so `down` removes those and nothing a fagadmin made. */
export const SOKNADSAVVISNING_OPPRETTET_AV = 'migrering Soknadsavvisning1764000007000';

/**
 * Withdrawing or dismissing an application orders a letter: the new letter type `soknad_avvist` (a dismissal
 * is an individual decision, fvl. § 2 tredje ledd) beside the existing `trukket`.
 *
 * Inserts every standard template whose letter type and målform has none yet, as Klageavslutning1764000006000
 * does (the same helper). A fresh database already has them from the seed in Vedtak1764000002000, so there this
 * inserts nothing. No schema change: the letter type is a text column without a check.
 *
 * `down` deletes the templates this migration inserted and nothing else. A letter already rendered with one
 * keeps its bytes; one ordered but not yet rendered then has no template to render with (as after
 * Klageavslutning1764000006000's `down`).
 */
export class Soknadsavvisning1764000007000 implements MigrationInterface {
  name = 'Soknadsavvisning1764000007000';

  async up(q: QueryRunner): Promise<void> {
    await settInnManglendeStandardmaler(q, SOKNADSAVVISNING_OPPRETTET_AV);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM brevmal WHERE opprettet_av = $1`, [SOKNADSAVVISNING_OPPRETTET_AV]);
  }
}
