// Jest loads global setup as CommonJS-transformed code, which cannot import the ESM TypeScript sources;
// so the database is created by a child process and its environment handed back as JSON.
import { execFileSync } from 'node:child_process';

export default async function setup() {
  const out = execFileSync(process.execPath, ['--no-warnings', '--import', '@swc-node/register/esm-register', 'test/support/create-test-db.ts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  Object.assign(process.env, JSON.parse(out));
}
