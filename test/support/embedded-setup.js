// The embedded tier runs the isolation tests against PGlite. Jest's global setup cannot load the ESM
// TypeScript sources, so the database runs in a child process that prints its environment and lives until
// global teardown closes its stdin.
import { spawn } from 'node:child_process';

export default async function setup() {
  const child = spawn(process.execPath, ['--no-warnings', '--import', '@swc-node/register/esm-register', 'test/support/start-embedded-db.ts'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const env = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d.toString();
      const i = buf.indexOf('\n');
      if (i >= 0) resolve(JSON.parse(buf.slice(0, i)));
    });
    child.once('exit', (code) => reject(new Error(`the embedded database stopped (code ${code}) before it was ready`)));
  });
  Object.assign(process.env, env);
  globalThis.__TK_EMBEDDED_DB__ = child;
}
