import 'reflect-metadata';
import { ConfigError, loadConfig, loadDotEnv } from '../../../libs/config/src/config.js';
import { startWorker } from './bootstrap.js';

loadDotEnv();
try {
  const config = loadConfig();
  await startWorker(config, {
    concurrency: Number(process.env.WORKER_CONCURRENCY ?? 1),
    laasMs: process.env.WORKER_LOCK_MS ? Number(process.env.WORKER_LOCK_MS) : undefined,
    gjenopprettingMs: process.env.WORKER_RECONCILE_MS ? Number(process.env.WORKER_RECONCILE_MS) : undefined,
    gjenopprettEtterSek: process.env.WORKER_RECONCILE_AFTER_S ? Number(process.env.WORKER_RECONCILE_AFTER_S) : undefined,
  });
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(78);
  }
  throw e;
}
