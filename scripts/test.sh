#!/usr/bin/env bash
# The whole test command: lint, type check, and every test tier against the machine's real
# PostgreSQL and Redis. Each tier creates its own fresh database and drops it afterwards; the embedded tier
# runs the isolation tests again on the demo's embedded PostgreSQL (PGlite).
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s ==\n' "$1"; }
# Each tier runs under a time limit, so a hang fails the run within minutes and names the tier (with the
# processes still alive) instead of using up CI's whole budget. The limits are several times a tier's usual time.
tier() {
  local navn=$1 grense=$2 start=$SECONDS rc=0
  shift 2
  step "$navn"
  timeout --kill-after=20 "$grense" "$@" || rc=$?
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    printf '\n%s stopped after its limit of %ss; processes still running:\n' "$navn" "$grense" >&2
    ps -eo pid,ppid,etimes,args --forest | grep -E 'node|postgres|redis|chromium' | grep -v grep | cut -c1-200 >&2 || true
  fi
  printf -- '-- %s: %ss\n' "$navn" "$((SECONDS - start))"
  return "$rc"
}
# The messages the tiers send to the integration stand-ins are kept here for the schema check (.ci/run): only this run's.
rm -rf test/.artifacts/integrasjoner
tier "lint" 600                  npx eslint . --max-warnings 0
tier "dependency direction" 300  npm run --silent lint:lagdeling
tier "type check" 600            npx tsc --noEmit -p tsconfig.json
tier "unit" 600                  npm run --silent test:unit
tier "integration" 1200          npm run --silent test:integration
tier "end-to-end" 1200           npm run --silent test:e2e
tier "resilience" 1500           npm run --silent test:resilience
tier "security" 1200             npm run --silent test:security
tier "embedded" 900              npm run --silent test:embedded
tier "web" 900                   bash -c 'npm run --silent build:web && npm run --silent test:web'
