#!/usr/bin/env bash
# Generates a benchmark dataset (README, "Performance"): wipes the given database's schema, migrates it with the
# portal's Flyway migrations and fills it through COPY.
#   src/test/scripts/bench-data.sh <province|national|PxBxC> [database] [years]
# e.g. src/test/scripts/bench-data.sh national itplan_bench
# The database is created when missing; its name must contain "bench" or "test". PostgreSQL on localhost:5432, user
# postgres (PGHOST, PGPORT, PGUSER, PGPASSWORD override).
set -euo pipefail
cd "$(dirname "$0")/../../.."
size=${1:-national}
db=${2:-itplan_bench}
years=${3:-0}
host=${PGHOST:-localhost}
port=${PGPORT:-5432}
user=${PGUSER:-postgres}
src/test/scripts/bench-classpath.sh >/dev/null
if ! psql -h "$host" -p "$port" -U "$user" -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
    psql -h "$host" -p "$port" -U "$user" -d postgres -qc "create database $db"
fi
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    -Dsize="$size" -Dyears="$years" -Ddb="jdbc:postgresql://$host:$port/$db" -Duser="$user" \
    -Dpassword="${PGPASSWORD:-}" vn.itplan.bench.NationalDataGenerator
