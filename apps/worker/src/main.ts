import 'reflect-metadata';
import { ConfigError, loadConfig, loadDotEnv } from '../../../libs/config/src/config.js';
import { startWorker, workerValgFraConfig } from './bootstrap.js';

loadDotEnv();
try {
  const config = loadConfig();
  await startWorker(config, workerValgFraConfig(config));
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(78);
  }
  throw e;
}
