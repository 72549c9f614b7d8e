#!/usr/bin/env bash
# Compiles the portal and its test classes and writes their dependencies' class path to target/bench.classpath, for
# the benchmark scripts (bench-data.sh, bench.sh). Offline when the local Maven repository has everything.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn=(./mvnw -q)
[ -n "${BENCH_MAVEN_ONLINE:-}" ] || mvn+=(-o)
"${mvn[@]}" test-compile -Dspotless.check.skip=true
"${mvn[@]}" dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
echo target/bench.classpath
