import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FELLES_KRITERIER_2026 } from '../libs/domain/src/kriterier/fellesKriterier2026.js';
import { TJENESTEKATALOG } from '../libs/domain/src/tjenester/katalog.js';
import { oppdaterStandardmaler } from './helpers.js';

/** Marks the template versions this migration added, so `down` removes those and nothing a fagadmin made. */
export const RETTSGRUNNLAG_OPPRETTET_AV = 'migrering Rettsgrunnlag1764000020000';

/** The name the common criteria were seeded with before they got their published name. */
const GAMMELT_KRITERIENAVN = 'Forslag til felles tildelingskriterier – til vedtak i TK Lofoten';

/**
 * Starting values of the municipalities' legal settings. Fagadmin keeps them right (PUT /kommuner/{nr}/innstillinger):
 * the names of the complaint bodies and the regulations' dates are to be checked against each municipality's
 * own records.
 */
const KOMMUNEINNSTILLINGER: readonly { kommunenummer: string; klageorgan: string; langtidsforskrift: string; dato: string }[] = [
  { kommunenummer: '1860', klageorgan: 'Klagenemnda i Vestvågøy kommune', langtidsforskrift: 'Forskrift om tildeling av langtidsopphold i sykehjem eller tilsvarende bolig særskilt tilrettelagt for heldøgns tjenester, Vestvågøy kommune, Nordland', dato: '2017-06-22' },
  { kommunenummer: '1865', klageorgan: 'Klagenemnda i Vågan kommune', langtidsforskrift: 'Forskrift om tildeling av langtidsopphold i sykehjem eller tilsvarende bolig særskilt tilrettelagt for heldøgns tjenester, Vågan kommune, Nordland', dato: '2017-06-20' },
  { kommunenummer: '1859', klageorgan: 'Klagenemnda i Flakstad kommune', langtidsforskrift: 'Forskrift om tildeling av langtidsopphald i sjukeheim eller tilsvarande bustad særskilt tilrettelagd for heildøgns tenester, Flakstad kommune, Nordland', dato: '2017-06-15' },
  { kommunenummer: '1874', klageorgan: 'Klagenemnda i Moskenes kommune', langtidsforskrift: 'Forskrift om tildeling av langtidsopphald i sjukeheim eller tilsvarande bustad særskilt tilrettelagd for heildøgns tenester, Moskenes kommune, Nordland', dato: '2017-06-21' },
];

/**
 * The legal regime of each service as data, and what follows from it:
 * - `tjeneste.rettsgrunnlag` (pbrl. § 2-1 a, § 2-1 d, § 2-1 e, or discretionary) and `tjeneste.tekster` (name,
 *   legal basis, the municipality's duty and the person's right, in bokmål and nynorsk), filled from the
 *   catalogue; `rettighet` and `klageinstans` corrected to match (trygghetsalarm and matombringing are
 *   discretionary: complaints go to the municipality's own body, not to Statsforvalteren);
 * - each municipality's complaint body and its regulation on long-term care (full name and date);
 * - the common criteria seeded as a proposal get their published name (the seed's name was a proposal's,
 *   which a decision must never cite); decisions already made keep the name they were made under;
 * - new versions of the standard templates that state each complaint route, where the template in force is
 *   still a standard one (a fagadmin's own version is left alone).
 */
export class Rettsgrunnlag1764000020000 implements MigrationInterface {
  name = 'Rettsgrunnlag1764000020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "tjeneste" ADD "rettsgrunnlag" character varying(12)`);
    await q.query(`ALTER TABLE "tjeneste" ADD "tekster" jsonb`);
    for (const t of TJENESTEKATALOG) {
      await q.query(
        `UPDATE "tjeneste" SET rettsgrunnlag = $2, tekster = $3::jsonb, rettighet = $4, klageinstans = $5, hjemmel = $6, navn_nynorsk = $7 WHERE kode = $1`,
        [t.kode, t.rettsgrunnlag, JSON.stringify(t.tekster), t.rettighet, t.klageinstans, t.hjemmel, t.navnNynorsk],
      );
    }
    // A service added outside the catalogue is treated as discretionary until fagadmin says otherwise.
    await q.query(
      `UPDATE "tjeneste" SET rettsgrunnlag = 'skjonn', tekster = jsonb_build_object(
         'nb', jsonb_build_object('navn', navn, 'hjemmel', hjemmel, 'plikt', jsonb_build_object('hjemmel', hjemmel, 'tekst', navn), 'rett', NULL),
         'nn', jsonb_build_object('navn', navn_nynorsk, 'hjemmel', hjemmel, 'plikt', jsonb_build_object('hjemmel', hjemmel, 'tekst', navn_nynorsk), 'rett', NULL))
       WHERE rettsgrunnlag IS NULL`,
    );
    await q.query(`ALTER TABLE "tjeneste" ALTER COLUMN "rettsgrunnlag" SET NOT NULL`);
    await q.query(`ALTER TABLE "tjeneste" ALTER COLUMN "tekster" SET NOT NULL`);
    await q.query(`ALTER TABLE "tjeneste" ADD CONSTRAINT "ck_tjeneste_rettsgrunnlag" CHECK ("rettsgrunnlag" IN ('pbrl_2_1_a', 'pbrl_2_1_d', 'pbrl_2_1_e', 'skjonn'))`);

    await q.query(`ALTER TABLE "kommune" ADD "klageorgan" text`);
    await q.query(`ALTER TABLE "kommune" ADD "langtidsforskrift" text`);
    await q.query(`ALTER TABLE "kommune" ADD "langtidsforskrift_dato" date`);
    for (const k of KOMMUNEINNSTILLINGER) {
      await q.query(`UPDATE "kommune" SET klageorgan = $2, langtidsforskrift = $3, langtidsforskrift_dato = $4 WHERE kommunenummer = $1`, [k.kommunenummer, k.klageorgan, k.langtidsforskrift, k.dato]);
    }
    await q.query(
      `UPDATE "kommune" SET klageorgan = 'Klagenemnda i ' || navn || ' kommune', langtidsforskrift = 'Forskrift om tildeling av langtidsopphold, ' || navn || ' kommune', langtidsforskrift_dato = DATE '2017-07-01' WHERE klageorgan IS NULL`,
    );
    for (const c of ['klageorgan', 'langtidsforskrift', 'langtidsforskrift_dato']) await q.query(`ALTER TABLE "kommune" ALTER COLUMN "${c}" SET NOT NULL`);
    // Fagadmin maintains these settings; the rest of the row stays migration-only.
    await q.query(`GRANT UPDATE (klageorgan, langtidsforskrift, langtidsforskrift_dato) ON "kommune" TO tk_app`);

    // The seed is the only published set whose name is a proposal's; the trigger guards every other change.
    await q.query(`ALTER TABLE "kriteriesett" DISABLE TRIGGER "kriteriesett_uforanderlig"`);
    await q.query(
      `UPDATE "kriteriesett" SET navn = $2, innhold = jsonb_set(jsonb_set(innhold, '{navn}', to_jsonb($2::text)), '{beskrivelse}', to_jsonb($3::text)) WHERE navn = $1`,
      [GAMMELT_KRITERIENAVN, FELLES_KRITERIER_2026.navn, FELLES_KRITERIER_2026.beskrivelse],
    );
    await q.query(`ALTER TABLE "kriteriesett" ENABLE TRIGGER "kriteriesett_uforanderlig"`);

    await oppdaterStandardmaler(q, RETTSGRUNNLAG_OPPRETTET_AV);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM brevmal WHERE opprettet_av = $1`, [RETTSGRUNNLAG_OPPRETTET_AV]);
    await q.query(`REVOKE UPDATE (klageorgan, langtidsforskrift, langtidsforskrift_dato) ON "kommune" FROM tk_app`);
    for (const c of ['klageorgan', 'langtidsforskrift', 'langtidsforskrift_dato']) await q.query(`ALTER TABLE "kommune" DROP COLUMN "${c}"`);
    await q.query(`ALTER TABLE "tjeneste" DROP CONSTRAINT "ck_tjeneste_rettsgrunnlag"`);
    await q.query(`ALTER TABLE "tjeneste" DROP COLUMN "tekster"`);
    await q.query(`ALTER TABLE "tjeneste" DROP COLUMN "rettsgrunnlag"`);
  }
}
