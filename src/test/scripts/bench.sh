#!/usr/bin/env bash
# The load benchmark (README, "Performance"): for each dataset, generates it (unless BENCH_REUSE=1), starts the
# packaged jar on it (profile postgres, -Xmx512m, scheduling off, the loggers endpoint for capturing the dashboard's
# SQL), runs vn.itplan.bench.LoadBenchmark against it and stops it. Prints a table per dataset and the ratios.
#   src/test/scripts/bench.sh [dataset ...]     datasets: province, national, national-1y (default: all three)
# Environment: BENCH_PORT (8106), BENCH_SECONDS (10 per step), BENCH_CLIENTS (20), BENCH_REUSE=1 (keep the data),
# BENCH_WARMUP (3 seconds of requests a step before measuring), BENCH_STEPS (step names, comma-separated: only those), BENCH_LABEL (results name),
# PGHOST/PGPORT/PGUSER/PGPASSWORD (localhost:5432, postgres). Databases: itplan_bench_province, itplan_bench
# (national), itplan_bench_1y (national, 2025 only).
set -euo pipefail
cd "$(dirname "$0")/../../.."
port=${BENCH_PORT:-8106}
host=${PGHOST:-localhost}
pgport=${PGPORT:-5432}
datasets=("$@")
[ ${#datasets[@]} -gt 0 ] || datasets=(province national-1y national)
mkdir -p target/bench
src/test/scripts/bench-classpath.sh >/dev/null
jar=$(ls target/itplan-portal-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
    ./mvnw -o -q package -DskipTests -Dspotless.check.skip=true
    jar=$(ls target/itplan-portal-*.jar | grep -v original | head -1)
fi
for dataset in "${datasets[@]}"; do
    case $dataset in
        province) db=itplan_bench_province; size=province; years=0 ;;
        national) db=itplan_bench; size=national; years=0 ;;
        national-1y) db=itplan_bench_1y; size=national; years=1 ;;
        *) echo "unknown dataset $dataset" >&2; exit 2 ;;
    esac
    if [ -z "${BENCH_REUSE:-}" ]; then
        start=$(date +%s)
        src/test/scripts/bench-data.sh "$size" "$db" "$years"
        echo "generated $dataset in $(( $(date +%s) - start )) s"
    fi
    log=target/bench/portal-$dataset.log
    DB_URL="jdbc:postgresql://$host:$pgport/$db" DB_USERNAME=${PGUSER:-postgres} DB_PASSWORD=${PGPASSWORD:-} \
        java -Xmx512m -jar "$jar" --spring.profiles.active=postgres --server.port="$port" \
        --itplan.scheduling.enabled=false --management.endpoints.web.exposure.include=health,info,prometheus,loggers \
        >"$log" 2>&1 &
    app=$!
    trap 'kill $app 2>/dev/null || true' EXIT
    for _ in $(seq 1 240); do
        curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
        kill -0 $app 2>/dev/null || { echo "the portal did not start, see $log" >&2; exit 1; }
        sleep 1
    done
    java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
        -Dbase="http://localhost:$port" -Ddb="jdbc:postgresql://$host:$pgport/$db" -Dlog="$log" \
        -Dseconds="${BENCH_SECONDS:-10}" -Dclients="${BENCH_CLIENTS:-20}" -Dpassword="${PGPASSWORD:-}" \
        -Dwarmup="${BENCH_WARMUP:-3}" -Dsteps="${BENCH_STEPS:-}" -Dlabel="${BENCH_LABEL:-$dataset}" \
        vn.itplan.bench.LoadBenchmark | tee "target/bench/$dataset.txt"
    grep -c "OutOfMemoryError" "$log" | sed 's/^/OutOfMemoryError lines in the log: /'  || true
    kill $app
    wait $app 2>/dev/null || true
    trap - EXIT
done
