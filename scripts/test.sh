#!/usr/bin/env bash
# The whole test command: lint, type check, and every test tier against the machine's real
# PostgreSQL and Redis. Each tier creates its own fresh database and drops it afterwards; the embedded tier
# runs the isolation tests again on the demo's embedded PostgreSQL (PGlite).
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s ==\n' "$1"; }
# The messages the tiers send to the integration stand-ins are kept here for the schema check (.ci/run): only this run's.
rm -rf test/.artifacts/integrasjoner
step "lint";           npx eslint . --max-warnings 0
step "dependency direction"; npm run --silent lint:lagdeling
step "type check";     npx tsc --noEmit -p tsconfig.json
step "unit";           npm run --silent test:unit
step "integration";    npm run --silent test:integration
step "end-to-end";     npm run --silent test:e2e
step "resilience";     npm run --silent test:resilience
step "security";       npm run --silent test:security
step "embedded";       npm run --silent test:embedded
step "web";            npm run --silent build:web && npm run --silent test:web
