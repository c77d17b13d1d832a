import { mkdirSync, rmSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { APP_ROLE } from '../roller.js';
import { registrerInternForbindelse } from './intern-forbindelse.js';
import { startPgliteTjener } from './pglite-tjener.js';

/**
 * PostgreSQL in-process for the demo on a machine with only Node.js: PGlite (PostgreSQL compiled to
 * WebAssembly, data in a local folder) served on a loopback port, so the application, the worker processes
 * and BullMQ's PostgreSQL backend connect with the ordinary `pg` driver, exactly as to a real server.
 *
 * PGlite has one database session, shared by every connection:
 * - Transactions: the server (pglite-tjener.ts) runs one connection's transaction to its end before it
 *   takes anything from another connection, so tenant transactions are serialised, and thereby isolated.
 * - Roles: PGlite's own user is a superuser, which row-level security does not filter. The session is
 *   switched to the owner role for the migrations and then, for good, to the application role
 *   (NOBYPASSRLS, owns nothing), so the policies apply as on a real server.
 * - What is not the same: the session user stays the superuser, so SQL that ran `RESET ROLE` would leave
 *   the application role. The application never does, but a real server does not depend on that; hence
 *   `DATABASE_MODE=embedded` is refused in production and the API then listens on loopback only.
 */
export interface InnebygdPostgres {
  /** Connection string for the application, the workers and the queue (user and password are not checked). */
  url: string;
  stopp(): Promise<void>;
}

export const EIERROLLE = 'tk_owner';

/** `migrer` runs the migrations as the owner role on the given url (migrations/kjoring.ts's runMigrations). */
export async function startInnebygdPostgres(valg: { mappe: string; fersk?: boolean; migrer: (eierUrl: string) => Promise<string[]> }): Promise<InnebygdPostgres & { migreringer: string[] }> {
  if (valg.fersk) rmSync(valg.mappe, { recursive: true, force: true });
  mkdirSync(valg.mappe, { recursive: true });
  // Relaxed durability: a commit does not wait for the files to be written (a demo, not a record of decisions).
  const db = await PGlite.create(valg.mappe, { relaxedDurability: true });
  // The roles as `npm run db:setup` makes them on a real server; the database is the owner's.
  await db.exec(`
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${EIERROLLE}') THEN CREATE ROLE ${EIERROLLE} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS; END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${APP_ROLE} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS; END IF;
    END $$;
    ALTER DATABASE postgres OWNER TO ${EIERROLLE};
    ALTER SCHEMA public OWNER TO ${EIERROLLE};
    REVOKE ALL ON SCHEMA public FROM PUBLIC;
    GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
    RESET ROLE;
  `);
  const server = await startPgliteTjener(db);
  const url = `postgres://${APP_ROLE}@127.0.0.1:${server.port}/postgres`;
  const avregistrer = registrerInternForbindelse(url, () => server.kobleTil());
  let migreringer: string[];
  try {
    await db.exec(`SET ROLE ${EIERROLLE}`);
    migreringer = await valg.migrer(url);
    // From here on every connection is the application role.
    await db.exec(`SET ROLE ${APP_ROLE}`);
  } catch (e) {
    avregistrer();
    await server.stopp();
    await db.close();
    throw e;
  }
  return {
    url,
    migreringer,
    async stopp() {
      avregistrer();
      await server.stopp();
      await db.close();
    },
  };
}
