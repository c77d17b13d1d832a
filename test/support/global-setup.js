// Jest loads global setup as CommonJS-transformed code, which cannot import the ESM TypeScript sources;
// so the database is created by a child process and its environment handed back as JSON.
import { execFileSync } from 'node:child_process';

/** A fresh, migrated test database and queue prefix: their environment (test/support/create-test-db.ts). */
export function lagTestmiljo() {
  const out = execFileSync(process.execPath, ['--no-warnings', '--import', '@swc-node/register/esm-register', 'test/support/create-test-db.ts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 180_000,
  });
  return JSON.parse(out);
}

export default async function setup() {
  Object.assign(process.env, lagTestmiljo());
}
