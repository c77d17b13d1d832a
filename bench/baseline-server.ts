import { createHmac, createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';

/**
 * The baseline: bare `node:http` and a `pg` Pool of the same size as the application's, running the same SQL
 * the application runs for each endpoint — the same tenant transaction with `set_config`, the same selects
 * and the same inserts (audit rows included) — but no framework, no token check, no validation, no ORM.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const KOMMUNER = '1860,1865,1859,1874';
const BRUKER = 'u-baseline';
const master = Buffer.from(process.env.PERSON_DATA_KEY!, 'base64');
const encKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'tk-lofoten fnr kryptering', 32));
const macKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'tk-lofoten fnr sok', 32));
const krypter = (fnr: string) => {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', encKey, iv);
  const data = Buffer.concat([c.update(fnr, 'utf8'), c.final()]);
  return ['v1', iv.toString('base64'), c.getAuthTag().toString('base64'), data.toString('base64')].join('.');
};

async function tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query(`select set_config('app.kommuner', $1, true), set_config('app.bruker_id', $2, true), set_config('app.korrelasjon_id', $3, true)`, [KOMMUNER, BRUKER, randomBytes(8).toString('hex')]);
    const r = await fn(c);
    await c.query('COMMIT');
    return r;
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  } finally {
    c.release();
  }
}

const LOGG = `INSERT INTO tilgangslogg (kommunenummer, bruker_id, bruker_navn, roller, handling, ressurs, ressurs_id, person_id, soknad_id, formaal, korrelasjon_id)
  SELECT k, $2, 'Baseline', ARRAY['saksbehandler'], $3, $4, r, p, s, $5, 'baseline' FROM unnest($1::varchar[], $6::uuid[], $7::uuid[], $8::uuid[]) AS t(k, r, p, s)`;

async function hent(id: string) {
  return tx(async (c) => {
    const s = (await c.query('SELECT * FROM soknad WHERE id = ANY($1)', [[id]])).rows[0];
    if (!s) return null;
    const p = (await c.query('SELECT * FROM person WHERE id = $1 LIMIT 1', [s.person_id])).rows[0];
    const [h, j, k] = await Promise.all([
      c.query('SELECT * FROM statushistorikk WHERE soknad_id = $1 ORDER BY tidspunkt, id', [id]),
      c.query('SELECT * FROM journalnotat WHERE soknad_id = $1 ORDER BY opprettet', [id]),
      c.query('SELECT * FROM kartlegging WHERE soknad_id = $1 ORDER BY dato DESC, opprettet DESC', [id]),
    ]);
    await c.query(LOGG, [[s.kommunenummer], BRUKER, 'les', 'soknad', 'saksbehandling', [id], [p.id], [id]]);
    return { ...s, person: { id: p.id, navn: p.navn, adresse: p.adresse }, historikk: h.rows, journal: j.rows, kartlegginger: k.rows };
  });
}

async function arbeidsliste() {
  return tx(async (c) => {
    const [rader, totalt] = await Promise.all([
      c.query(`SELECT s.*, p.navn AS personnavn FROM soknad s JOIN person p ON p.id = s.person_id ORDER BY s.frist_dato, s.saksnummer LIMIT 25`),
      // Counted as the application counts: exactly up to 1,000 past the page's start.
      c.query(`SELECT count(*) AS n FROM (SELECT 1 FROM soknad s JOIN person p ON p.id = s.person_id LIMIT 1001) x`),
    ]);
    const r = rader.rows;
    await c.query(LOGG, [r.map((x) => x.kommunenummer), BRUKER, 'les', 'arbeidsliste', 'arbeidsliste', r.map((x) => x.id), r.map((x) => x.person_id), r.map((x) => x.id)]);
    const n = Number(totalt.rows[0].n);
    return { elementer: r, totalt: Math.min(n, 1000), totaltAvkortet: n > 1000, side: 1, antall: 25 };
  });
}

async function registrer(b: { kommunenummer: string; mottattDato: string; kanal: string; sokerType: string; tjenester: string[]; fritekst: string; person: { fodselsnummer: string; navn: string; adresse: string } }) {
  const tj = await pool.query('SELECT * FROM tjeneste WHERE kode = ANY($1) AND aktiv', [b.tjenester]);
  const normDager = Math.min(...tj.rows.map((t) => t.behandlingsfrist_dager as number));
  return tx(async (c) => {
    const nokkel = createHmac('sha256', macKey).update(b.person.fodselsnummer).digest('hex');
    let p = (await c.query('SELECT * FROM person WHERE kommunenummer = $1 AND fnr_sokenokkel = $2 LIMIT 1', [b.kommunenummer, nokkel])).rows[0];
    const ny = !p;
    if (!p) {
      p = (await c.query(
        `INSERT INTO person (kommunenummer, fnr_sokenokkel, fnr_kryptert, fodselsdato, navn, adresse, versjon) VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING *`,
        [b.kommunenummer, nokkel, krypter(b.person.fodselsnummer), '1941-03-12', b.person.navn, b.person.adresse],
      )).rows[0];
    }
    const aar = Number(b.mottattDato.slice(0, 4));
    const [serie] = (await c.query(
      `INSERT INTO saksnummerserie (kommunenummer, aar, siste) VALUES ($1, $2, 1) ON CONFLICT (kommunenummer, aar) DO UPDATE SET siste = saksnummerserie.siste + 1 RETURNING siste`,
      [b.kommunenummer, aar],
    )).rows;
    const saksnummer = `${b.kommunenummer}-${aar}-${String(serie.siste).padStart(6, '0')}`;
    const s = (await c.query(
      `INSERT INTO soknad (kommunenummer, saksnummer, person_id, mottatt_dato, kanal, soker_type, tjenester, fritekst, akutt, status, frist_dato, saksbehandler_id, saksbehandler_navn, navngitte_saksbehandlere, opprettet_av, versjon)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false, 'mottatt', $4::date + $9::int, $10, 'Baseline', ARRAY[$10], $10, 1) RETURNING id, status, frist_dato, versjon`,
      [b.kommunenummer, saksnummer, p.id, b.mottattDato, b.kanal, b.sokerType, b.tjenester, b.fritekst, normDager, BRUKER],
    )).rows[0];
    await c.query(
      `INSERT INTO statushistorikk (kommunenummer, soknad_id, fra_status, til_status, handling, bruker_id, bruker_navn, kommentar) VALUES ($1, $2, NULL, 'mottatt', 'registrer', $3, 'Baseline', $4)`,
      [b.kommunenummer, s.id, BRUKER, `Mottatt via ${b.kanal}`],
    );
    await c.query(
      `INSERT INTO tilgangslogg (kommunenummer, bruker_id, bruker_navn, roller, handling, ressurs, ressurs_id, person_id, soknad_id, formaal, korrelasjon_id)
       VALUES ($1, $2, 'Baseline', ARRAY['saksbehandler'], $3, 'person', $4, $4, NULL, 'registrering av søknad', 'baseline'),
              ($1, $2, 'Baseline', ARRAY['saksbehandler'], 'opprett', 'soknad', $5, $4, $5, 'registrering av søknad', 'baseline')`,
      [b.kommunenummer, BRUKER, ny ? 'opprett' : 'endre', p.id, s.id],
    );
    return { id: s.id, saksnummer, status: s.status, versjon: s.versjon };
  });
}

function svar(res: ServerResponse, status: number, body: unknown) {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
  res.end(data);
}

async function behandle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://x');
  const m = /^\/api\/v1\/soknader(?:\/([0-9a-f-]{36}))?$/.exec(url.pathname);
  if (!m) return svar(res, 404, { title: 'Not found' });
  if (req.method === 'GET' && m[1]) {
    const s = await hent(m[1]);
    return s ? svar(res, 200, s) : svar(res, 404, { title: 'Fant ikke søknaden.' });
  }
  if (req.method === 'GET') return svar(res, 200, await arbeidsliste());
  if (req.method === 'POST') {
    const deler: Buffer[] = [];
    for await (const d of req) deler.push(d as Buffer);
    return svar(res, 201, await registrer(JSON.parse(Buffer.concat(deler).toString('utf8'))));
  }
  return svar(res, 405, { title: 'Method not allowed' });
}

const server = createServer((req, res) => {
  behandle(req, res).catch((e: unknown) => svar(res, 500, { title: 'Teknisk feil', detail: e instanceof Error ? e.message : String(e) }));
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('klar\n'));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
