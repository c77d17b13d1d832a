import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { loadConfig } from '../libs/config/src/config.js';
import { RapportBeregning } from '../libs/rapporter/src/rapport.beregning.js';
import { RequestContext } from '../libs/persistence/src/tenant/request-context.js';
import { systembruker } from '../libs/persistence/src/tenant/systembruker.js';
import { WorkerModule } from '../apps/worker/src/worker.module.js';

/**
 * One report in its own process, so the peak RSS it prints belongs to that report alone. Runs the worker's
 * own computation (RapportBeregning.beregn: SQL aggregation, statistics, CSV and PDF) without the queue.
 * Argument: a JSON object { type, aar, kommuner }. Prints one JSON line.
 */
const { type, aar, kommuner } = JSON.parse(process.argv[2]!) as { type: 'likebehandling' | 'anonymisert'; aar: number; kommuner: string[] };
const config = loadConfig(process.env);
const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
const eier = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
await eier.connect();
const { rows } = await eier.query(
  `INSERT INTO rapport (type, status, aar, kommuner, bestilt_av, bestilt_av_rolle) VALUES ($1, 'bestilt', $2, $3, 'u-bench', 'leder') RETURNING id`,
  [type, aar, kommuner],
);
const rapportId = rows[0].id as string;
global.gc?.();
const rssFoer = process.memoryUsage().rss;
const maxFoer = process.resourceUsage().maxRSS * 1024;
const t0 = performance.now();
await app.get(RequestContext).kjorSom(systembruker(kommuner), () => app.get(RapportBeregning).beregn({ rapportId, type, kommuner, aar }));
const ms = performance.now() - t0;
const { rows: ferdig } = await eier.query(`SELECT status, feil, length(pdf) AS pdf, length(csv) AS csv FROM rapport WHERE id = $1`, [rapportId]);
await eier.end();
await app.close();
process.stdout.write(
  `${JSON.stringify({ ms, rssFoer, maxRssFoer: maxFoer, maxRss: process.resourceUsage().maxRSS * 1024, status: ferdig[0].status, feil: ferdig[0].feil, pdfBytes: Number(ferdig[0].pdf), csvBytes: Number(ferdig[0].csv) })}\n`,
);
process.exit(0);
