import 'reflect-metadata';
import { ConfigError, loadConfig, loadDotEnv } from '../../../libs/config/src/config.js';
import { createApiApp } from './bootstrap.js';

loadDotEnv();
try {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen(config.HTTP_PORT, '0.0.0.0');
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(78); // EX_CONFIG
  }
  throw e;
}
