#!/usr/bin/env bash
# `npm start`: api and worker side by side against the PostgreSQL and Redis named in .env (or the
# environment). Ctrl-C stops both gracefully.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f .env ] || npm run -s setup
npm run -s migrate
npm run -s start:worker &
WORKER=$!
trap 'kill -TERM $WORKER 2>/dev/null; wait $WORKER 2>/dev/null' EXIT INT TERM
npm run -s start:api
