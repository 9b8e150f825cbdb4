#!/usr/bin/env bash
# Crash safety: kill -9 the node at random moments under mixed load, ten times (see README.md).
#   bench/crash/run.sh [--kills 10] [--data /tmp/repere-crash/data] [--min-load 3] [--max-load 12]
# Uses target/repere.jar (REPERE_JAR to override; built when missing). Prints RESULT lines.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${REPERE_JAR:-target/repere.jar}
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
CP=$(bench/lib/compile.sh bench/crash/CrashBench.java)
exec java -cp "$CP" CrashBench --jar "$JAR" "$@"
