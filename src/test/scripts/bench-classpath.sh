#!/usr/bin/env bash
# Compiles the portal and its test classes and writes their dependencies' class path to target/bench.classpath, for
# the benchmark scripts (bench-data.sh, bench.sh). Offline when the local Maven repository has everything, online
# otherwise (a fresh machine has not downloaded the dependency plugin yet).
set -euo pipefail
cd "$(dirname "$0")/../../.."
goals=(test-compile dependency:build-classpath -Dspotless.check.skip=true -Dmdep.outputFile=target/bench.classpath
    -Dmdep.includeScope=test)
./mvnw -q -o "${goals[@]}" >/dev/null 2>&1 || ./mvnw -q "${goals[@]}"
echo target/bench.classpath
