import pg from 'pg';

/**
 * Cluster administration used by `npm run db:setup`, the tests and the demo: roles and databases (the
 * migrations run from `migrations/kjoring.ts`). Runs as a superuser (ADMIN_DATABASE_URL) only for role and database creation.
 */
export interface DatabaseUrls {
  /** A superuser connection to the maintenance database, e.g. postgres://postgres@127.0.0.1:5432/postgres. */
  admin: string;
  /** The owner role: runs migrations, owns every object. */
  owner: string;
  /** The application role: DML only, row-level security applies. */
  app: string;
}

const ident = (s: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new Error(`Ugyldig navn på rolle eller database: ${s}`);
  return `"${s}"`;
};

function parts(url: string) {
  const u = new URL(url);
  return { user: decodeURIComponent(u.username), password: decodeURIComponent(u.password), database: u.pathname.slice(1) };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the owner and application roles if missing, and the database if missing (or anew with `fresh`). */
export async function prepareDatabase(urls: DatabaseUrls, options: { fresh?: boolean } = {}): Promise<void> {
  const owner = parts(urls.owner);
  const app = parts(urls.app);
  if (owner.database !== app.database) throw new Error('DATABASE_URL og DATABASE_OWNER_URL må peke på samme database');
  await withClient(urls.admin, async (c) => {
    for (const role of [owner, app]) {
      const exists = await c.query('select 1 from pg_roles where rolname = $1', [role.user]);
      const pw = role.password ? ` PASSWORD '${role.password.replace(/'/g, "''")}'` : '';
      if (exists.rowCount === 0) {
        await c.query(`CREATE ROLE ${ident(role.user)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS${pw}`);
      }
    }
    if (options.fresh) await c.query(`DROP DATABASE IF EXISTS ${ident(owner.database)} WITH (FORCE)`);
    const db = await c.query('select 1 from pg_database where datname = $1', [owner.database]);
    if (db.rowCount === 0) await c.query(`CREATE DATABASE ${ident(owner.database)} OWNER ${ident(owner.user)}`);
  });
  const adminOnDb = new URL(urls.admin);
  adminOnDb.pathname = `/${owner.database}`;
  await withClient(adminOnDb.toString(), async (c) => {
    await c.query(`ALTER SCHEMA public OWNER TO ${ident(owner.user)}`);
    await c.query(`REVOKE ALL ON SCHEMA public FROM PUBLIC`);
    await c.query(`GRANT USAGE ON SCHEMA public TO ${ident(app.user)}`);
    await c.query(`REVOKE ALL ON DATABASE ${ident(owner.database)} FROM PUBLIC`);
    await c.query(`GRANT CONNECT ON DATABASE ${ident(owner.database)} TO ${ident(app.user)}`);
  });
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(database)} WITH (FORCE)`));
}
