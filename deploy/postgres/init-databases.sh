#!/usr/bin/env bash
# Creates the two databases on PostgreSQL's first start (empty data directory only): gep for the
# API and keycloak for Keycloak, each owned by its own login role. Run by the postgres image from
# /docker-entrypoint-initdb.d with API_DB_PASSWORD and KEYCLOAK_DB_PASSWORD in the environment.
set -euo pipefail

# A placeholder left from the templates fails the first start. The data directory is then half
# made: set the password and start again from an empty volume.
for name in POSTGRES_PASSWORD API_DB_PASSWORD KEYCLOAK_DB_PASSWORD; do
  value="${!name:-}"
  if [[ -z "$value" || "$value" == CHANGE_ME* ]]; then
    echo "init-databases: set $name to a real password (see deploy/README.md)" >&2
    exit 1
  fi
done

# psql's :'name' quoting keeps any character of a password literal.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v api_password="$API_DB_PASSWORD" -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE gep LOGIN PASSWORD :'api_password';
CREATE DATABASE gep OWNER gep ENCODING 'UTF8';
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8';
SQL
