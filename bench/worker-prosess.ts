import 'reflect-metadata';
import { startWorker } from '../apps/worker/src/bootstrap.js';
import { loadConfig } from '../libs/config/src/config.js';

/** One worker process (relay + letter worker at WORKER_CONCURRENCY, no scheduled jobs), as `apps/worker/src/main.ts` starts it. */
const config = loadConfig(process.env);
const app = await startWorker(config, { concurrency: config.WORKER_CONCURRENCY, planlagt: false });
process.stdout.write('klar\n');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
