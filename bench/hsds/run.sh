#!/bin/sh
# HSDS import/export benchmark: generates N services as NDJSON, imports them into a fresh embedded
# database, exports them back. Usage: bench/hsds/run.sh [N]   (default 10000; build the jar first:
# ./mvnw -q package -DskipTests)
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
java -jar ${REPERE_JAR:-$ROOT/target/repere.jar} export "$WORK/warmup.json" --organization 00000000-0000-0000-0000-000000000000 $OPTS >/dev/null
echo "== import of $N services"
/usr/bin/time -f "import wall %e s, cpu %U s user + %S s sys, max RSS %M KB" $JAR import "$WORK/services.ndjson" $OPTS | tail -3
[ "${SKIP_EXPORT:-}" = 1 ] && exit 0  # SKIP_EXPORT=1: measure the import only
echo "== export (ndjson)"
/usr/bin/time -f "export wall %e s, cpu %U s user + %S s sys, max RSS %M KB" $JAR export "$WORK/export.ndjson" --format ndjson $OPTS | tail -1
wc -l "$WORK/export.ndjson"
