#!/usr/bin/env bash
# Backup and restore, tried for real: dumps the portal's database (pg_dump, custom format: every table, the
# attachment bytes included), restores the dump into a fresh database (pg_restore), starts the portal on the restored
# database and checks that it shows the same plan and reports, and that every table holds the same rows.
#
#   src/main/scripts/backup-roundtrip.sh [source database] [jar]
#
# Connection: the usual PGHOST, PGPORT, PGUSER, PGPASSWORD (default 127.0.0.1:5432, postgres). The source database
# defaults to itplan; it must hold the demo data (profile postgres,demo) for the page checks. The restored copy is
# <source>_restored (dropped first), the portal on it listens on PORT (default 8097) and is stopped at the end.
set -euo pipefail

SOURCE=${1:-itplan}
JAR=${2:-$(ls target/itplan-portal-*.jar | head -1)}
TARGET=${SOURCE}_restored
PORT=${PORT:-8097}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DUMP=$(mktemp -d)/itplan-$(date +%Y%m%d-%H%M%S).dump
BASE=http://localhost:$PORT

echo "1. pg_dump $SOURCE -> $DUMP"
pg_dump --format=custom --no-owner --file="$DUMP" "$SOURCE"
ls -l "$DUMP"

echo "2. pg_restore into a fresh database $TARGET"
dropdb --if-exists --force "$TARGET"
createdb "$TARGET"
pg_restore --no-owner --exit-on-error --dbname="$TARGET" "$DUMP"

echo "3. same rows in every table, same attachment bytes"
counts() {
  psql -At -d "$1" -c "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1" |
    while read -r t; do echo "$t $(psql -At -d "$1" -c "select count(*) from \"$t\"")"; done
}
diff <(counts "$SOURCE") <(counts "$TARGET") && echo "   row counts identical ($(counts "$TARGET" | wc -l) tables)"
bytes="select coalesce(md5(string_agg(md5(content), '' order by attachment_id)), 'none') from report_attachment_content"
if psql -At -d "$SOURCE" -c "select 1 from report_attachment_content limit 1" >/dev/null 2>&1; then
  [ "$(psql -At -d "$SOURCE" -c "$bytes")" = "$(psql -At -d "$TARGET" -c "$bytes")" ] && echo "   attachment bytes identical"
fi

echo "4. the portal on $TARGET (port $PORT)"
LOG=$(mktemp)
SPRING_PROFILES_ACTIVE=postgres,demo DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$TARGET" DB_USERNAME="$PGUSER" \
  DB_PASSWORD="${PGPASSWORD:-}" ITPLAN_SCHEDULING=false java -jar "$JAR" --server.port="$PORT" >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -fsS "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { echo "the portal did not start:"; tail -30 "$LOG"; exit 1; }
  sleep 1
done
grep -m1 "ready:" "$LOG" || true

JAR_COOKIES=$(mktemp)
token() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
T=$(curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | token)
curl -fsS -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=itstaff" \
  --data-urlencode "password=KonTum@2015" --data-urlencode "_csrf=$T" "$BASE/login"
page() { curl -fsS -b "$JAR_COOKIES" -H 'Accept: text/html' "$BASE$1"; }

plan=$(psql -At -d "$SOURCE" -c "select id from plan where number = '263/KH-UBND' and plan_year = 2015")
plan_page=$(page "/plans/$plan")
grep -q "263/KH-UBND" <<<"$plan_page" || { echo "FAIL: plan 263/KH-UBND not shown"; exit 1; }
echo "   plan 263/KH-UBND shown (/plans/$plan)"
period=$(psql -At -d "$SOURCE" -c "select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1")
expected=$(psql -At -d "$SOURCE" -c "select count(*) from status_report where period_id = $period")
board=$(page "/reports?period=$period")
shown=$(grep -o 'href="/reports/[0-9]*"' <<<"$board" | sort -u | wc -l)
echo "   reports of the first quarter of 2015: $expected in the source database, $shown linked on the board"
[ "$shown" -ge "$expected" ] || { echo "FAIL: the board of the restored database lacks reports"; exit 1; }
report=$(psql -At -d "$SOURCE" -c "select min(id) from status_report where period_id = $period")
page "/reports/$report" >/dev/null || { echo "FAIL: report $report not shown"; exit 1; }
echo "   report $report shown"
echo "PASS: dump, restore, the portal serves the restored database"
