/**
 * An extra letter worker for the demo, as its own process (rendering PDFs is CPU-bound; a second process
 * uses the second core). Reads its settings from the environment the demo hands it; no scheduled jobs
 * (the demo runs the interim-reply sweep itself).
 */
import 'reflect-metadata';
import { loadConfig } from '../../libs/config/src/config.js';
import { startWorker } from '../../apps/worker/src/bootstrap.js';

const app = await startWorker(loadConfig(process.env), {
  concurrency: Number(process.env.DEMO_WORKER_CONCURRENCY ?? 1),
  // The first extra worker also runs the outbox relay, so letters flow while the demo's own process is busy serving HTTP.
  relay: process.env.DEMO_WORKER_RELAY === '1',
  planlagt: false,
});
let stopper = false;
const stopp = () => {
  if (stopper) return;
  stopper = true;
  void app.close().finally(() => process.exit(0));
};
// SIGTERM and SIGINT close the worker (startWorker handles them).
// Stop with the demo: it keeps a pipe to this process open.
process.stdin.on('end', stopp);
process.stdin.resume();
