import pg from 'pg';
import { urls } from './db.js';
import { tabell, tall } from './felles.js';
import { SAKSMODELL } from './konstanter.js';

export interface Tabellstorrelse {
  tabell: string;
  rader: number;
  bytes: number;
}

const TABELLER = ['soknad', 'person', 'statushistorikk', 'vedtak', 'vedtakslinje', 'brev', 'outbox', 'tilgangslogg', 'kartlegging', 'journalnotat', 'klage', 'venteliste', 'saksnummerserie'];

/** Rows and bytes (table + indexes + TOAST) of every tenant table, read as a superuser (RLS does not hide rows from it). */
export async function storrelser(): Promise<Tabellstorrelse[]> {
  const admin = new URL(urls.admin);
  admin.pathname = new URL(urls.owner).pathname;
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    await c.query('VACUUM ANALYZE');
    const ut: Tabellstorrelse[] = [];
    for (const t of TABELLER) {
      const { rows } = await c.query(`SELECT count(*) AS n, pg_total_relation_size($1::regclass) AS b FROM ${t}`, [t]);
      ut.push({ tabell: t, rader: Number(rows[0].n), bytes: Number(rows[0].b) });
    }
    return ut;
  } finally {
    await c.end();
  }
}

export function vekstTabell(s: Tabellstorrelse[]): { markdown: string; bytesPerSak: number } {
  const saker = s.find((x) => x.tabell === 'soknad')!.rader;
  let bytesPerSak = 0;
  const rader = s.map((x) => {
    const perRad = x.rader ? x.bytes / x.rader : 0;
    const modell = SAKSMODELL[x.tabell] ?? 0;
    bytesPerSak += modell * perRad;
    return [x.tabell, tall(x.rader), tall(x.bytes / 1024 / 1024, 1), (x.rader / saker).toFixed(3), tall(x.bytes / saker), x.rader ? tall(perRad) : '–', modell || '–', modell ? tall(modell * perRad) : '–'];
  });
  rader.push(['**sum**', '', tall(s.reduce((a, x) => a + x.bytes, 0) / 1024 / 1024, 1), '', tall(s.reduce((a, x) => a + x.bytes, 0) / saker), '', '', `**${tall(bytesPerSak)}**`]);
  return {
    markdown: tabell(['table', 'rows', 'MB (table + indexes + TOAST)', 'rows / case (this DB)', 'bytes / case (this DB)', 'bytes / row', 'rows per decided case (model)', 'bytes per decided case (model)'], rader),
    bytesPerSak,
  };
}
