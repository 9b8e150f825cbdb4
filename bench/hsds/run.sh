#!/bin/sh
# HSDS import/export benchmark: generates N services as NDJSON, imports them into a fresh embedded
# database, exports them back. Usage: bench/hsds/run.sh [N]   (default 10000; build the jar first:
# ./mvnw -q package -DskipTests). Run it under the shared lock: flock /work/bench.lock bench/hsds/run.sh
#
# The issue names a target (import of 100k services ≤ 90 s) but no baseline; the baseline measured in
# the same run is the application's fixed cost: starting it (embedded PostgreSQL, Flyway, search
# index) and exporting an empty organization. Import and export are printed gross and net of it.
set -eu
N=${1:-10000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_DIR:-/tmp/repere-bench-hsds}
rm -rf "$WORK" && mkdir -p "$WORK"
python3 "$ROOT/bench/hsds/generate.py" "$N" "$WORK/services.ndjson"
export PORT=0  # the tasks need the web context of the accounts module (see README)
# REPERE_JAR: another jar (a copy, so that a build can run meanwhile); JAVA_OPTS: e.g. a JFR recording
JAR="java ${JAVA_OPTS:-} -jar ${REPERE_JAR:-$ROOT/target/repere.jar}"
OPTS="--spring.main.web-application-type=servlet --repere.data-dir=$WORK/data --repere.hsds-dir=${REPERE_HSDS_DIR:-$ROOT/../shared/hsds}"
TIME="%e %U %S %M"

timed() {  # timed NAME COMMAND...: runs the command, prints its figures, keeps them in $WORK/NAME.time
  name=$1; shift
  /usr/bin/time -o "$WORK/$name.time" -f "$TIME" "$@" >"$WORK/$name.out" 2>&1 || { tail -20 "$WORK/$name.out"; exit 1; }
  grep -E '(Import|Export) done|Import refused|problem' "$WORK/$name.out" | tail -5
  set -- $(cat "$WORK/$name.time")
  echo "$name wall $1 s, cpu $2 s user + $3 s sys, max RSS $4 KB"
}
wall() { cut -d' ' -f1 "$WORK/$1.time"; }
inside() { grep -E '(Import|Export) done' "$WORK/$1.out" | grep -oE '[0-9.]+ s' | tail -1 | cut -d' ' -f1; }  # as the task reports it
echo "load before: $(uptime)"
echo "== baseline: start the application and export one empty organization (fixed cost of every task)"
$JAR export "$WORK/first.json" --organization 00000000-0000-0000-0000-000000000000 $OPTS >/dev/null 2>&1  # creates the database
timed baseline $JAR export "$WORK/empty.json" --organization 00000000-0000-0000-0000-000000000000 $OPTS
echo "== import of $N services"
timed import $JAR import "$WORK/services.ndjson" $OPTS
echo "load after import: $(uptime)"
if [ "${SKIP_EXPORT:-}" != 1 ]; then  # SKIP_EXPORT=1: measure the import only
  echo "== export (ndjson)"
  timed export $JAR export "$WORK/export.ndjson" --format ndjson $OPTS
  echo "exported lines: $(wc -l <"$WORK/export.ndjson")"
fi
base=$(wall baseline)
echo "RESULT hsds.baseline.start | $base s | (fixed cost, same run)"
echo "RESULT hsds.import.$N | $(wall import) s wall ($(echo "$(wall import) - $base" | bc) s net of start, $(inside import) s inside the task) | ≤ 90 s for 100000"
[ "${SKIP_EXPORT:-}" = 1 ] || echo "RESULT hsds.export.$N | $(wall export) s wall ($(echo "$(wall export) - $base" | bc) s net of start, $(inside export) s inside the task) | (no target; same as import)"
echo "load at end: $(uptime)"
