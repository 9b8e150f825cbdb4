#!/usr/bin/env bash
# Crash safety: kill -9 the node at random moments under mixed load, ten times (see README.md).
#   bench/crash/run.sh [--kills 10] [--data /tmp/repere-crash/data] [--min-load 3] [--max-load 12]
# Uses target/repere.jar (REPERE_JAR to override; built when missing), started as the documented
# systemd unit starts it: unpacked, with the class data sharing archive of bin/cds-archive (made in
# target/repere-app when missing or older than the jar; REPERE_CDS=off runs the plain jar instead).
# Prints RESULT lines.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${REPERE_JAR:-target/repere.jar}
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
CP=$(bench/lib/compile.sh bench/crash/CrashBench.java)
if [ "${REPERE_CDS:-on}" = off ]; then
  exec java -cp "$CP" CrashBench --jar "$JAR" "$@"
fi
APP=target/repere-app
if [ ! -s "$APP/repere.jsa" ] || [ "$JAR" -nt "$APP/repere.jsa" ]; then
  bin/cds-archive "$JAR" "$APP"
fi
exec java -cp "$CP" CrashBench --jar "$APP/repere.jar" --cds-archive "$APP/repere.jsa" "$@"
