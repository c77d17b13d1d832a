import 'reflect-metadata';
import { createApiApp } from '../apps/api/src/bootstrap.js';
import { loadConfig } from '../libs/config/src/config.js';

/** The real API (Nest, auth guard, validation, RLS tenant transaction, audit log) on the port in PORT. */
const app = await createApiApp(loadConfig(process.env));
await app.listen(Number(process.env.PORT), '127.0.0.1');
process.stdout.write('klar\n');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
