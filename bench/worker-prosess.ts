import 'reflect-metadata';
import { startWorker } from '../apps/worker/src/bootstrap.js';
import { loadConfig } from '../libs/config/src/config.js';

/** One worker process (relay + letter worker, concurrency 1, no scheduled jobs), as `apps/worker/src/main.ts` starts it. */
const app = await startWorker(loadConfig(process.env), { concurrency: Number(process.env.WORKER_CONCURRENCY ?? 1), planlagt: false });
process.stdout.write('klar\n');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
