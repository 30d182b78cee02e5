#!/usr/bin/env bash
# Sourced by .ci/run: installs PostgreSQL from Debian's packages when absent, starts a cluster, creates a role and a
# database for the tests, and exports LIAISON_TEST_PG so the store's conformance suite runs against it.
# Does nothing when LIAISON_TEST_PG is already set (a database provided by the CI host).
set -euo pipefail

if [ -z "${LIAISON_TEST_PG:-}" ]; then
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
  as_postgres() { as_root su postgres -s /bin/sh -c "$1"; }
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  ver=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$ver main"; then
    as_root pg_createcluster "$ver" main >/dev/null
  fi
  pg_lsclusters -h | awk '$1=="'"$ver"'" && $2=="main" {print $4}' | grep -qx online || as_root pg_ctlcluster "$ver" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  as_postgres "psql -q -v ON_ERROR_STOP=1 -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'liaison_ci') THEN CREATE ROLE liaison_ci LOGIN PASSWORD 'liaison_ci'; END IF; END \\\$\\\$;\""
  as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'liaison_ci'\" | grep -q 1 || createdb -O liaison_ci liaison_ci"
  export LIAISON_TEST_PG=postgres://liaison_ci:liaison_ci@127.0.0.1:5432/liaison_ci
  echo "ci: PostgreSQL $ver ready for the store tests (LIAISON_TEST_PG set)"
fi
