import type { MigrationInterface, QueryRunner } from 'typeorm';

const PER_RAD = 'ANY (app_kommuner())';
const PER_SPORRING = 'ANY ((SELECT app_kommuner())::text[])';
/** How PostgreSQL prints the once-per-query form back (pg_policies), for the way down. */
const PER_SPORRING_LEST = 'ANY (( SELECT app_kommuner() AS app_kommuner)::text[])';

/** Rewrites every policy of the public schema that contains `fra`, replacing it with `til`, in both clauses. */
async function skrivOmPolicyer(q: QueryRunner, fra: string, til: string): Promise<void> {
  await q.query(`
    DO $$
    DECLARE p record;
    BEGIN
      FOR p IN SELECT tablename, policyname, qual, with_check FROM pg_policies
                WHERE schemaname = 'public' AND (strpos(qual, ${literal(fra)}) > 0 OR strpos(with_check, ${literal(fra)}) > 0)
      LOOP
        EXECUTE format('ALTER POLICY %I ON public.%I', p.policyname, p.tablename)
          || CASE WHEN p.qual IS NULL THEN '' ELSE format(' USING (%s)', replace(p.qual, ${literal(fra)}, ${literal(til)})) END
          || CASE WHEN p.with_check IS NULL THEN '' ELSE format(' WITH CHECK (%s)', replace(p.with_check, ${literal(fra)}, ${literal(til)})) END;
      END LOOP;
    END $$`);
}

const literal = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * Row-level security reads the tenant list once per query instead of once per row: `app_kommuner()` inside a
 * scalar subquery becomes an InitPlan, evaluated once, whose array the scan compares each row with. The
 * policies filter exactly as before (same function, same setting); tables created later get the same form
 * from `enableTenantSecurity`.
 */
export class RlsEnGangPerSporring1764000080000 implements MigrationInterface {
  name = 'RlsEnGangPerSporring1764000080000';

  async up(q: QueryRunner): Promise<void> {
    await skrivOmPolicyer(q, PER_RAD, PER_SPORRING);
  }

  async down(q: QueryRunner): Promise<void> {
    await skrivOmPolicyer(q, PER_SPORRING_LEST, PER_RAD);
  }
}
