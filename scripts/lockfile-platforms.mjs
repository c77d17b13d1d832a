#!/usr/bin/env node
/**
 * Completes package-lock.json with entries for platform-specific optional binaries (swc, msgpackr-extract,
 * unrs-resolver, …) that the package registry in use does not list for every platform. Without them
 * `npm ci` calls the lock out of sync. The entries only name version, os, cpu and libc, so npm skips them
 * on other platforms and never fetches them. Run after changing dependencies: `npm run lock`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'netbsd', 'openbsd', 'sunos', 'aix'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32'];

function missing() {
  try {
    execFileSync('npm', ['ci', '--dry-run', '--no-audit', '--no-fund'], { stdio: 'pipe', encoding: 'utf8' });
    return [];
  } catch (e) {
    const out = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    return [...out.matchAll(/Missing: (@?[^@\s]+)@\S* from lock file/g)].map((m) => m[1]);
  }
}

const names = missing();
if (!names.length) {
  console.log('package-lock.json is complete.');
  process.exit(0);
}
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
let added = 0;
for (const name of names) {
  const version = Object.values(lock.packages)
    .map((p) => p.optionalDependencies?.[name])
    .find(Boolean);
  if (!version) {
    console.error(`${name} is missing from the lock and is no optional dependency: run npm install.`);
    process.exit(1);
  }
  const leaf = name.split('/').pop();
  const os = OS.filter((o) => leaf.includes(o)).slice(0, 1);
  const cpu = CPU.filter((c) => new RegExp(`-${c}(-|$)`).test(leaf)).slice(0, 1);
  const entry = { version, cpu, optional: true, os };
  if (leaf.includes('musl')) entry.libc = ['musl'];
  else if (leaf.includes('gnu')) entry.libc = ['glibc'];
  lock.packages[`node_modules/${name}`] = entry;
  added += 1;
}
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
const left = missing();
console.log(`Added ${added} platform entries to ${LOCK}.${left.length ? ` Still missing: ${left.join(', ')}` : ''}`);
process.exit(left.length ? 1 : 0);
