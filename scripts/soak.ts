/**
 * `npm run soak`: the soak test for 10 minutes (SOAK_SECONDS overrides), with `--expose-gc` so every heap
 * sample follows a full collection. CI runs the same test for 2 minutes as part of the resilience tier.
 */
import { spawnSync } from 'node:child_process';

const sekunder = process.env.SOAK_SECONDS ?? '600';
const r = spawnSync(
  process.execPath,
  ['--expose-gc', '--experimental-vm-modules', '--no-warnings', 'node_modules/jest/bin/jest.js', '--selectProjects', 'resilience', '--runInBand', '--forceExit', '--testPathPatterns', 'soak'],
  { stdio: 'inherit', env: { ...process.env, SOAK_SECONDS: sekunder } },
);
process.exit(r.status ?? 1);
