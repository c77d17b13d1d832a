import { existsSync, readFileSync } from 'node:fs';
import { API_MAAL, type ApiCelle } from './api.js';
import { pst, tabell, tall } from './felles.js';
import { NASJONALE_KOMMUNER, SAKSMODELL } from './konstanter.js';

export interface Dokumentgrunnlag {
  maskin: Record<string, string>;
  seksjoner: Record<string, string>;
  resultater: Record<string, unknown>;
  varighetMs: number;
  kommando: string;
  nasjonaltAar: number;
}

/** The API table of the run made before migration 1764000005000 existed (kept in bench/results). */
function tidligereApiTabell(): string {
  const fil = 'bench/results/before-migration-run.log';
  if (!existsSync(fil)) return '_(not available)_';
  const linjer = readFileSync(fil, 'utf8').split('\n');
  const start = linjer.findIndex((l) => l.startsWith('| endpoint'));
  const ut: string[] = [];
  for (let i = start; i >= 0 && i < linjer.length && linjer[i]!.startsWith('|'); i++) ut.push(linjer[i]!);
  return ut.join('\n');
}

interface Skala {
  vedtak: number;
  likebehandling: { ms: number; maxRss: number };
  anonymisert: { ms: number; maxRss: number };
  foer?: { ms: number };
  gjennomgang: { ms: number };
}

interface Spenn {
  median: number;
  min: number;
  maks: number;
}

interface ApiRad {
  endepunkt: string;
  tilkoblinger: number;
  server: string;
  rps: number;
  p99: number;
}

/** The targets of issue 8 and where this run landed. */
function sammendrag(r: Record<string, unknown>): string {
  const api = (r.api ?? []) as ApiRad[];
  const finn = (e: string, n: number, sv: string) => api.find((x) => x.endepunkt === e && x.tilkoblinger === n && x.server === sv);
  const andel = (e: string) =>
    [1, 16, 64].map((n) => {
      const a = finn(e, n, 'api');
      const b = finn(e, n, 'baseline');
      return a && b ? `${((a.rps / b.rps) * 100).toFixed(0)} %` : '?';
    }).join(' / ');
  const lesOk = ['GET /soknader/:id', 'GET /soknader'].every((e) => [1, 16, 64].every((n) => { const a = finn(e, n, 'api'); const b = finn(e, n, 'baseline'); return a && b && a.rps / b.rps >= 0.4; }));
  // Interleaved cells (issue 22): the median ratio per cell, with its spread.
  const celler = (r.apiCeller ?? []) as ApiCelle[];
  const celle = (e: string) =>
    [1, 16, 64].map((n) => {
      const c = celler.find((x) => x.endepunkt === e && x.tilkoblinger === n);
      return c ? `${pst(c.forhold)} (${pst(c.forholdMin)}–${pst(c.forholdMaks)})` : '?';
    }).join(' / ');
  const celleOk = (e: string) => [1, 16, 64].every((n) => { const c = celler.find((x) => x.endepunkt === e && x.tilkoblinger === n); return c && c.forhold >= API_MAAL[e]!; });
  const apiRader: string[][] = celler.length
    ? [
        ['case view and work list ≥ 60 % of the baseline (interleaved median, spread)', `case view ${celle('GET /soknader/:id')}; work list ${celle('GET /soknader')} (1 / 16 / 64 connections)`, celleOk('GET /soknader/:id') && celleOk('GET /soknader') ? 'met' : 'missed in part (see API)'],
        ['registration ≥ 50 % of the baseline', celle('POST /soknader'), celleOk('POST /soknader') ? 'met' : 'missed in part (see API)'],
      ]
    : [['API reads ≥ 40 % of the baseline throughput', `case view ${andel('GET /soknader/:id')}; work list ${andel('GET /soknader')} (1 / 16 / 64 connections)`, lesOk ? 'met' : 'missed in part']];
  const p99 = (sv: string) => ['GET /soknader/:id', 'GET /soknader', 'POST /soknader'].map((e) => `${finn(e, 16, sv)?.p99 ?? '?'}`).join(' / ');
  const brev = (r.brev ?? {}) as { perProsess?: Spenn; skalering?: Spenn; concurrency?: number };
  const spenn = (x: Spenn | undefined, f: (n: number) => string) => (x ? `${f(x.median)} (${f(x.min)}–${f(x.maks)})` : '?');
  const ganger = (n: number) => `${n.toFixed(2)}×`;
  const stat = (r.statistikk ?? []) as Skala[];
  const m = stat.find((x) => x.vedtak === 1_000_000);
  const rss = stat.map((x) => `${(x.likebehandling.maxRss / 1024 / 1024).toFixed(0)} MB at ${tall(x.vedtak)}`).join(', ');
  const nasj = (r.nasjonal ?? {}) as Record<string, number>;
  const demo = (r.demo ?? {}) as { sekunder?: number; soknader?: number };
  const ikkeKjort = 'not run in this invocation';
  return tabell(
    ['target (issues 8 and 22)', 'this run', 'verdict'],
    [
      ...apiRader,
      ['API p99 < 50 ms at 16 connections', `app ${p99('api')} ms; bare baseline ${p99('baseline')} ms (view / list / register)`, 'missed — by the baseline too: the shared 2-core machine (load ~10) cannot show it'],
      [`letters ≥ 90 % of the bare renderer per process (WORKER_CONCURRENCY=${brev.concurrency ?? '?'}; interleaved median, spread)`, spenn(brev.perProsess, pst), brev.perProsess ? (brev.perProsess.median >= 0.9 ? 'met' : 'MISSED (see Letters)') : ikkeKjort],
      ['letters ≥ 1.8× with two worker processes (interleaved median, spread)', spenn(brev.skalering, ganger), brev.skalering ? (brev.skalering.median >= 1.8 ? 'met' : 'MISSED (see Letters)') : ikkeKjort],
      ['leader report over 1,000,000 decisions < 5 s and ≤ 3× one SQL pass', m ? `${(m.likebehandling.ms / 1000).toFixed(1)} s; ${(m.likebehandling.ms / m.gjennomgang.ms).toFixed(1)}× one pass (${(m.gjennomgang.ms / 1000).toFixed(1)} s)` : '?', m ? (m.likebehandling.ms < 5_000 && m.likebehandling.ms <= 3 * m.gjennomgang.ms ? 'met' : 'MISSED (see Statistics)') : ikkeKjort],
      ['memory flat in the number of decisions', rss || '?', stat.length ? 'met (aggregation in PostgreSQL; peak RSS of the report process)' : ikkeKjort],
      ['national year (≈ 400,000 decisions, 357 municipalities) < 5 s', nasj.landetMs ? `${(nasj.landetMs / 1000).toFixed(1)} s; ${(nasj.landetMs / nasj.passMs!).toFixed(1)}× one pass` : '?', nasj.landetMs ? (nasj.landetMs < 5_000 ? 'met' : 'MISSED (see National simulation)') : ikkeKjort],
      [`embedded demo (${tall(demo.soknader ?? 2000)} applications, PGlite) < 90 s on two cores`, demo.sekunder ? `${demo.sekunder.toFixed(1)} s` : '?', demo.sekunder ? (demo.sekunder < 90 ? 'met' : 'MISSED (see Embedded demo)') : ikkeKjort],
      ['10,000,000 decisions', 'not run (time)', '–'],
    ],
  );
}

/** docs/benchmarks.md: the machine, the command, each table, and what the figures mean. */
export function dokument(d: Dokumentgrunnlag): string {
  const s = (navn: string) => d.seksjoner[navn] ?? '_Not run in this invocation._';
  const skalaer = (d.resultater.statistikk ?? []) as Skala[];
  const en = skalaer.find((x) => x.vedtak === 1_000_000);
  const bytesPerSak = Number(d.resultater.vekst ?? 0);
  const nasj = (d.resultater.nasjonal ?? {}) as Record<string, number>;
  const landetAar = 400_000 * bytesPerSak;
  return `# Benchmarks

Generated from ${d.kommando} (entry point \`bench/index.ts\`; the doc rewritten from the saved runs by \`bench/dokument.ts\`), in total ${(d.varighetMs / 1000 / 60).toFixed(1)} minutes; raw figures in
\`bench/results/\`. Every figure is set against a baseline measured in the same run, on the same machine, minutes
(or seconds) apart; the absolute figures are for information only.

**Read every figure against the load.** The machine has two cores; the load average was ${d.maskin['load average at start (1/5/15 min)']}
at the start and ${d.maskin['load average at end (1/5/15 min)']} at the end (1 / 5 / 15 min). Above 2, other work
takes CPU from both the application and its baseline. The API and letter figures are therefore interleaved: the application
and its baseline alternate within each cell, so a change in load falls on both sides of each ratio, and each table
gives the median ratio with its spread and the load around it. Absolute times (the reports, the demo) have no baseline
running beside them, and on a loaded machine they measure the machine as much as the code: a target missed at a high
load average says little until it is measured again at a low one.

What the bench does: a fresh database \`tk_bench\` on the machine's PostgreSQL (\`prepareDatabase\` + \`runMigrations\`, roles
\`tk_owner\`/\`tk_app\`, row-level security forced), a bench-only \`QUEUE_PREFIX\` (\`tkbench_<random>\`, keys deleted at the end)
on the machine's Redis, load only to 127.0.0.1, every load bounded in time (API: ${process.env.BENCH_API_SECONDS ?? 3} s per measurement,
${process.env.BENCH_API_ALTERNATIONS ?? 3} alternations of baseline and application per cell) or count
(letters: a fixed number). Synthetic rows are written with \`INSERT … SELECT generate_series\` as the owner role with
\`app.kommuner\` set in the transaction (FORCE RLS applies to the owner too), followed by \`VACUUM ANALYZE\` (the state
autovacuum keeps a real database in).

Knobs: \`npm run bench -- api brev statistikk nasjonal demo\` (any subset), \`BENCH_API_SECONDS\`, \`BENCH_API_ALTERNATIONS\`, \`BENCH_API_CONNECTIONS\`,
\`BENCH_LETTERS\`, \`BENCH_LETTER_ALTERNATIONS\`, \`BENCH_DEMO_APPLICATIONS\`, \`BENCH_STAT_SCALES\` (e.g. \`100000,1000000,10000000\`), \`BENCH_NATIONAL_DECISIONS\`,
\`BENCH_BEFORE_INDEXES=0\` (skip the before-index report run), \`BENCH_CPU_PROF=<dir>\` (V8 CPU profiles of the API/worker child
processes).

## Summary

${sammendrag(d.resultater)}

The summary uses the latest run of each part.

## Machine

${tabell(['', ''], Object.entries(d.maskin).map(([k, v]) => [k, v]))}

## API

autocannon against the real application (\`createApiApp\`: helmet, rate limit (raised so it never answers 429 here), JSON
body parser, JWT check (HS256 dev token), validation, Nest + TypeORM, tenant transaction with \`set_config\`, row-level
security, audit rows in the same transaction) and against the baseline \`bench/baseline-server.ts\`: bare \`node:http\` and a
\`pg.Pool\` of the same size (10) running the same SQL per endpoint, including the tenant transaction with \`set_config\`
and the same audit inserts, but no framework, token check, validation or ORM. The two servers run side by side, each
in its own process, and every cell measures them interleaved (baseline, application, baseline, application …; only one
is under load at a time), so a change in the machine's load falls on both sides of a ratio; the table gives the median of
the per-alternation ratios, their spread, and the 1-minute load average at the cell's start and end. Same data: 6,000 open cases and 12,000 decided ones across the four municipalities
(2,000 persons). \`GET /soknader/:id\` picks a random open case per request; \`GET /soknader\` is the default work list
(first page of 25, sorted by deadline, with the total counted exactly up to 1,000, one audit row per case shown); \`POST /soknader\` registers
a new application for a new synthetic person each request.

${s('api')}
${d.seksjoner.api_gjentak ? `\nRepeat, a later run (same code and migration):\n\n${d.seksjoner.api_gjentak}\n` : ''}
Before migration 1764000005000 (an earlier run the same afternoon, same data, no \`idx_soknad_frist\`; an even busier
machine):

${tidligereApiTabell()}

What the profiles showed (\`BENCH_CPU_PROF\`, V8 CPU profile of the API process under \`GET /soknader/:id\` at 16 connections, an earlier run):

- The application spends its CPU across the stack, not in one hot spot: TypeORM ~30 % (building queries and mapping
  rows: \`findColumnWithPropertyPathStrict\`, \`replacePropertyNamesForTheWholeQuery\`), Nest + Express + router ~35 %,
  pg + pg-protocol ~25 %, jose ~14 %, the rate limiter ~7 %, pino-http ~3 % (inclusive shares, overlapping). The baseline
  pays only the pg part. Reads therefore land at roughly half the baseline in this run (the 40 % target is met for both
  reads here; a short smoke run at 16 connections earlier, at a higher load, measured 16 % for the case view and 42 % for
  the work list — the margin is not comfortable), registration at 10–25 %: it runs two TypeORM \`save\` calls and four
  more statements through the ORM, and class-validator over a nested body, where the baseline sends the same six
  statements as plain SQL (both encrypt and hash the identity number). Registration was not profiled separately.
- **jose imports the HS256 key on every request** (\`importKey\` + webcrypto helpers ≈ 7 % of API CPU): \`TokenVerifier\`
  passes a \`Uint8Array\` secret, which jose turns into a \`CryptoKey\` per verification. This is the development token
  path only (production uses the OIDC JWKS, whose keys jose caches). Since fixed: the key is created once with
  \`createSecretKey\`.
- **The work list is bound by its total count.** With \`idx_soknad_frist\` the page itself (25 rows in deadline order with
  the person's name) went from a sort of every visible case (43 ms) to an index scan (4.6 ms) — measured with EXPLAIN
  ANALYZE as \`tk_app\`. What remains is TypeORM's \`getCount()\`: \`COUNT(DISTINCT s.id)\` over soknad ⋈ person for every
  case the caller may see (≈ 100 ms for 21,000 cases on this loaded machine). It grows with the caseload, for every
  page view. The baseline runs the same count, so the ratio hides it; the absolute figure does not. Since changed: the
  count stops 1,000 cases past the page's start ("Mer enn 1 000 saker"; the reply's \`totaltAvkortet\`), in the
  application and the baseline alike.
- Row-level security cost a per-row evaluation of \`kommunenummer = ANY(app_kommuner())\` on sequential scans (the
  function was inlined, so \`string_to_array(current_setting(…))\` ran per row). Since changed: the policies compare with
  \`= ANY ((SELECT app_kommuner())::text[])\`, a once-per-query InitPlan (migration 1764000080000; the security tier's
  cross-tenant probes pass on it).
- p99 < 50 ms at 16 connections: **missed by both the application and the baseline** on this machine. With a pool of 10
  and 16 connections, six requests always queue; by Little's law p50 ≈ 16 / throughput. The target needs ≥ 400 req/s at
  16 connections, which two shared cores at load 10 do not give even the bare baseline. Re-measure on an idle machine
  before drawing conclusions.

## Letters

Same letter (decision, bokmål, the seeded \`vedtak_innvilget\` template, the test merge data with Sami characters) rendered
by the bare \`BrevRenderer\` in the bench process, and ordered through the whole pipeline: a \`brev\` row and an \`outbox\` row
per letter in one commit (as \`BrevbestillingService\` does), the worker's relay moves them to BullMQ, the letter worker
renders, stores the PDF (bytea) with its checksum and audit row, and delivers it (file drop). The clock runs from the
commit of the order to the last letter marked \`sendt\`. Worker processes are started like \`startWorkerProsess\` in the
tests (\`bench/worker-prosess.ts\`: \`startWorker\` at the configured \`WORKER_CONCURRENCY\`, default 2, no scheduled jobs) and
warmed up with a few letters each. Each alternation measures the bare renderer, one worker process and two worker
processes back to back (\`BENCH_LETTER_ALTERNATIONS\`, default 3; \`BENCH_LETTERS\` letters per measurement, default 60).

${s('brev')}
${d.seksjoner.brev_gjentak ? `\nRepeat, a later run:\n\n${d.seksjoner.brev_gjentak}\n` : ''}
Where the time goes (a V8 CPU profile of a worker process at concurrency 1, 60 letters, an earlier run): rendering
(pdfkit + fontkit) ~70 % of the worker's CPU, and the process idle ~24 % of the time, waiting for PostgreSQL and Redis
between letters (load the letter, store 38 KB of PDF, audit row, load it again for delivery, as the code then did, mark sent). Hence two letters
per process by default, so one renders while the other waits; a freshly rendered letter is delivered from the bytes
in memory, not read back. Two letter processes share no bottleneck (\`SKIP LOCKED\` relays, BullMQ
hands each job to one worker), so on two cores the second process can at best add what the rest of the machine leaves
free: at a load average above 2 the two-process ratio measures the machine, not the pipeline.

## Statistics

The leader report (\`likebehandling\`) and the anonymised report computed exactly as the worker does
(\`RapportBeregning.beregn\`: the SQL aggregations in one tenant transaction, the statistics library, CSV and PDF), each in
its own process so the peak RSS is that report's (\`bench/rapport-kjoring.ts\`). Baseline: one SQL pass over the same
decisions (vedtak ⋈ vedtakslinje, count and sum) in the same tenant context. Each scale is its own calendar year of
synthetic decisions (one decision line each; outcomes, hours, need groups, age bands, deviations spread
deterministically) for the four municipalities. The "BEFORE" row is the same report on the same data, same run, after
putting the statistics indexes back as they were before migration 1764000005000 (its \`down()\`, then \`VACUUM ANALYZE\`).

${s('statistikk')}

${en ? `Leader report over 1,000,000 decisions: **${(en.likebehandling.ms / 1000).toFixed(1)} s, ${(en.likebehandling.ms / en.gjennomgang.ms).toFixed(1)}× one SQL pass — the target (< 5 s and ≤ 3×) is ${en.likebehandling.ms < 5_000 && en.likebehandling.ms <= 3 * en.gjennomgang.ms ? 'met' : 'missed'}**.` : ''}
Memory does not grow with the number of decisions: the peak RSS stays at the size of an idle process with the worker's
modules loaded (every aggregation is done in PostgreSQL; Node receives a few hundred grouped rows).

How the report reads the year: the five line-level aggregations (volume, strata, hours, processing time, deviation
categories) read the year's decision lines once, into a materialised CTE of narrow fact rows in one statement
(\`RapportRepository.linjeaggregater\`; a CTE rather than a temporary table, so it also runs on a read replica), with
\`work_mem\` at 64 MB for the report's transaction (\`set_config(…, true)\`, so the processing-time percentiles sort in
memory); complaints, applications and decisions per municipality are passes of their own. The statistics themselves
(CMH, indirect standardisation, intervals) took below 1 % of the report process's CPU in an earlier profile and the PDF
about 10 %; the rest is waiting for PostgreSQL. The covering indexes of migration 1764000005000 put every column the
aggregations read (and \`kommunenummer\`, which row-level security filters on) into the statistics indexes, so a pass can
be an index-only scan; the BEFORE row, where measured, shows the report with the indexes as they were before it:
${skalaer.map((x) => (x.foer ? `${tall(x.vedtak)} decisions: ${(x.foer.ms / 1000).toFixed(1)} s → ${(x.likebehandling.ms / 1000).toFixed(1)} s (${(x.foer.ms / x.likebehandling.ms).toFixed(2)}×)` : '')).filter(Boolean).join('; ') || 'not measured in this run'}.

An operations note: **statistics after a bulk load.** Right after loading 20,000 decisions without \`ANALYZE\`, the planner
chose a nested loop with a BitmapAnd on \`idx_vedtakslinje_statistikk\` for every decision line: the leader report took
44 s; after \`ANALYZE\`, 2 s (same data, an earlier run). Any import that loads decisions in bulk must end with \`ANALYZE\`.

10,000,000 decisions are not in the default run (seeding alone takes tens of minutes on two cores); run them with
\`BENCH_STAT_SCALES=100000,1000000,10000000\`.

## National simulation (${d.nasjonaltAar})

${NASJONALE_KOMMUNER} municipalities (the four real ones plus 353 synthetic \`kommune\` rows, \`3000\`–\`3352\`) and a country-year of
decisions spread by a skewed size distribution (a few large municipalities, many small: the largest got
${tall(nasj.storsteKommune ?? 0)}, the smallest ${tall(nasj.minsteKommune ?? 0)}; the four real municipalities took the top of the distribution),
then the leader report over all of them and over Lofoten alone. With \`npm run bench\` the country-year is loaded next to the
statistics years; the figures below come from \`npm run bench -- nasjonal\` (see the note after the table), where it sits
in a fresh database beside the API data only. Interpretation in [scaling.md](scaling.md).

${s('nasjonal')}

The national scale once crashed the leader report (\`RangeError\` in \`libs/statistics/src/tester.ts\`, where the
generalised CMH test across 357 municipalities spread ~127,000 numbers into one \`Math.max\` call); it computes that
maximum with a loop, and this part of the bench keeps the case covered.

## Embedded demo

\`npm run demo\` as a new user runs it: PGlite inside the process and no Redis, the default 2,000 applications, run as a
child process of the bench (\`bench/demo.ts\`), timed by the demo itself and by the wall clock. No baseline runs beside
it: read it against the load average in the table.

${s('demo')}

## Database growth

Rows and bytes (\`pg_total_relation_size\`: table, indexes and TOAST) of each tenant table at the end of the run, divided by
the number of cases (\`soknad\` rows) in the database. Most cases are synthetic decided cases (one decision, one line);
the letters, audit rows, status history and persons include the real ones written through the API and the letter
pipeline. \`kartlegging\`, \`journalnotat\`, \`klage\` and \`venteliste\` are empty in the bench (not seeded), so the model leaves
them out; they add perhaps 2–4 KB per case that has them.

${s('vekst')}

The model (rows a decided case makes over its life): ${Object.entries(SAKSMODELL).map(([k, v]) => `${k} ${v}`).join(', ')}
(a repeat applicant's person row is shared; three to five status changes; one decision with 1–2 lines; a decision letter
and sometimes an interim reply, each with its 38 KB PDF; about 15 audit rows: registration, reads in the work list and the
case view, the decision, the letter).

- **Bytes per decided case: ${tall(bytesPerSak)} (~${(bytesPerSak / 1024).toFixed(0)} KB)**, most of it the letter PDF (bytea).
- **One municipality-year**: an average municipality (400,000 / 357 ≈ 1,120 decisions) ≈ ${(1120 * bytesPerSak / 1024 / 1024).toFixed(0)} MB;
  Vågan (~9,700 inhabitants, ~700 decisions a year at the national rate) ≈ ${(700 * bytesPerSak / 1024 / 1024).toFixed(0)} MB.
- **The country-year** (≈ 400,000 decisions): ≈ **${(landetAar / 1024 ** 3).toFixed(1)} GB**, of which the letter PDFs (bytea, ~46 KB
  per letter row with its indexes and TOAST) are about 85 %; with letters in object storage (see scaling.md) the
  database keeps ~10 KB per case, ~4 GB a year for the country.

## What the code does for speed (measured above)

- Migration 1764000005000: \`idx_soknad_frist\` (the work list's default page is an index scan) and covering statistics
  indexes on \`soknad\`, \`vedtak\` and \`vedtakslinje\` (the BEFORE row in Statistics).
- Row-level-security policies compare with \`= ANY ((SELECT app_kommuner())::text[])\`, an InitPlan read once per query
  (migration 1764000080000).
- The work list counts its total exactly up to 1,000 past the page's start and then says "more than" (\`totaltAvkortet\`).
- The development token's HS256 key is created once (\`createSecretKey\`).
- The leader report reads the year's decision lines once (materialised CTE) with \`work_mem\` 64 MB, computes before it
  opens the short transaction that stores it, and can read from a streaming replica (\`DATABASE_READ_URL\`).
- Letter workers take two letters at once per process (\`WORKER_CONCURRENCY\`, default 2).
`;
}
