import 'reflect-metadata';
import { ConfigError, loadConfig, loadDotEnv } from '../../../libs/config/src/config.js';
import { createApiApp } from './bootstrap.js';

loadDotEnv();
try {
  const config = loadConfig();
  const app = await createApiApp(config);
  // The embedded database is not as safe as a real server (see libs/persistence/src/embedded): loopback only.
  await app.listen(config.HTTP_PORT, config.DATABASE_MODE === 'embedded' ? '127.0.0.1' : '0.0.0.0');
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(78); // EX_CONFIG
  }
  throw e;
}
