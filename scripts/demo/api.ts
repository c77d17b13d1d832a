/**
 * An extra API process for the demo (DEMO_EKSTRA_API): the same `createApiApp` on a free loopback port, so
 * the HTTP work can use a second core. Prints `{"port": n}` on one line when it listens; stops when the demo
 * closes its stdin (or on SIGTERM, through Nest's shutdown hooks).
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { loadConfig } from '../../libs/config/src/config.js';

const app = await createApiApp(loadConfig(process.env));
await app.listen(0, '127.0.0.1');
process.stdout.write(`${JSON.stringify({ port: (app.getHttpServer().address() as AddressInfo).port })}\n`);
let stopper = false;
process.stdin.on('end', () => {
  if (stopper) return;
  stopper = true;
  void app.close().finally(() => process.exit(0));
});
process.stdin.resume();
