#!/usr/bin/env bash
# Soak: mixed load on one node for 30 minutes; no error, live heap and RSS stable (see README.md).
#   bench/soak/run.sh [--minutes 30] [--searchers 4] [--sample-seconds 30] [--data /tmp/repere-soak/data]
# Uses target/repere.jar (REPERE_JAR to override; built when missing). Prints RESULT lines.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${REPERE_JAR:-target/repere.jar}
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
CP=$(bench/lib/compile.sh bench/soak/SoakBench.java)
exec java -cp "$CP" SoakBench --jar "$JAR" "$@"
