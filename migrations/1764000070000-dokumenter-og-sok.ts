import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantSecurity, grantApp } from './helpers.js';

/**
 * The caseworker's working day: documents of a case and search by name.
 *
 * `dokument` holds uploaded files (PDF, JPEG, PNG) as their exact bytes with a SHA-256, registered as incoming
 * (inngående) documents of the case. Append-only for the application (`UPDATE` only of `kommunenummer` and
 * `person_id`, for a change of municipality).
 *
 * `sokenavn(text)` is the one form a name is compared in: lower case (upper-case letters beyond ASCII folded
 * by the function itself, whatever the database's locale), diacritics and the Sami letters folded to their base letter (á→a, č→c, đ→d, ŋ→n, š→s, ŧ→t, ž→z), while æ, ø and å stay letters of their own.
 */
export class DokumenterOgSok1764000070000 implements MigrationInterface {
  name = 'DokumenterOgSok1764000070000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "dokument" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "kommunenummer" character varying(4) NOT NULL,
      "soknad_id" uuid NOT NULL,
      "person_id" uuid NOT NULL,
      "retning" character varying(10) NOT NULL DEFAULT 'inngaaende',
      "kilde" character varying(20) NOT NULL,
      "tittel" text NOT NULL,
      "filnavn" text NOT NULL,
      "innholdstype" character varying(40) NOT NULL,
      "storrelse" integer NOT NULL,
      "sha256" character varying(64) NOT NULL,
      "innhold" bytea NOT NULL,
      "opprettet_av" text NOT NULL,
      "opprettet_av_navn" text NOT NULL,
      "opprettet" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_dokument" PRIMARY KEY ("id"),
      CONSTRAINT "ck_dokument_retning" CHECK ("retning" IN ('inngaaende')),
      CONSTRAINT "ck_dokument_kilde" CHECK ("kilde" IN ('saksbehandler', 'innbygger')),
      CONSTRAINT "ck_dokument_innholdstype" CHECK ("innholdstype" IN ('application/pdf', 'image/jpeg', 'image/png')),
      CONSTRAINT "fk_dokument_soknad" FOREIGN KEY ("soknad_id") REFERENCES "soknad"("id") ON DELETE RESTRICT
    )`);
    await q.query(`CREATE INDEX "idx_dokument_soknad" ON "dokument" ("soknad_id")`);
    await q.query(`CREATE INDEX "idx_dokument_person" ON "dokument" ("person_id")`);
    await enableTenantSecurity(q, 'dokument');
    await grantApp(q, 'dokument', 'SELECT, INSERT');
    await grantApp(q, 'dokument', 'UPDATE ("kommunenummer", "person_id")');

    await q.query(`CREATE FUNCTION sokenavn(navn text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT lower(translate(navn, 'áàâäãéèêëíìîïóòôõöúùûüýčçđŋńñšŧžǯǥǧǩʒÁÀÂÄÃÉÈÊËÍÌÎÏÓÒÔÕÖÚÙÛÜÝČÇĐŊŃÑŠŦŽǮǤǦǨƷÆØÅ', 'aaaaaeeeeiiiiooooouuuuyccdnnnstzzggkzaaaaaeeeeiiiiooooouuuuyccdnnnstzzggkzæøå')) $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION sokenavn(text)`);
    await q.query(`DROP TABLE "dokument"`);
  }
}
