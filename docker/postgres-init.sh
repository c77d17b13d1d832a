#!/usr/bin/env bash
# Creates the two roles the application needs: an owner that runs migrations, and an application role
# that owns nothing, is no superuser and cannot bypass row-level security.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE tk_owner LOGIN PASSWORD '${TK_OWNER_PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE ROLE tk_app LOGIN PASSWORD '${TK_APP_PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE DATABASE tk OWNER tk_owner;
\c tk
ALTER SCHEMA public OWNER TO tk_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO tk_app;
REVOKE ALL ON DATABASE tk FROM PUBLIC;
GRANT CONNECT ON DATABASE tk TO tk_app;
SQL
