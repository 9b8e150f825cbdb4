#!/usr/bin/env bash
# The insights benchmark of issue 9, from the repository root (run it under the shared lock):
#   flock /work/bench.lock bench/insights/run.sh [data-dir] [contacts]
# Defaults: /tmp/repere-bench-insights/data, 10000000 contacts.
# Environment: PORT (8098), CLIENTS (20), DURATION (30 s per mix), WARMUP (10 s), SKIP_DATA=1 to reuse a loaded data dir,
# REPERE_JAR (target/repere.jar). Runs at normal priority: the lock already keeps benchmarks apart,
# and the helpers' builds run under `nice -n 10`.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${1:-/tmp/repere-bench-insights/data}
CONTACTS=${2:-10000000}
PORT=${PORT:-8098}
CLIENTS=${CLIENTS:-20}
# not $SECONDS: bash's own counter of seconds since the shell started (0 here, so no load at all)
SECONDS_RUN=${DURATION:-30}
# each mix first runs WARMUP seconds unmeasured (the first request after start is measured apart)
WARMUP=${WARMUP:-10}
JAR=${REPERE_JAR:-target/repere.jar}
OUT=$(dirname "$DATA")
mkdir -p "$OUT"
export REPERE_DATA_DIR=$DATA

if [ ! -f "$JAR" ]; then
  ./mvnw -q -DskipTests package
fi
echo "load at start: $(uptime)"
if [ "${SKIP_DATA:-0}" != 1 ]; then
  t=$(date +%s)
  # the first start creates the database; then the scale contacts (and their chats) are loaded
  java -jar "$JAR" demo-contacts --reset --contacts "$CONTACTS" > "$OUT/demo-contacts.log" 2>&1
  took=$(( $(date +%s) - t ))
  echo "demo-contacts $CONTACTS (generation, COPY, rollup rebuild): $took s"
  grep -E "Rebuilt|Loaded" "$OUT/demo-contacts.log" | cut -c1-200 || true
  echo "RESULT insights.load-$CONTACTS | $took s | -"
fi
EMAIL="bench-insights-$(date +%s)@example.org"
OTP=$(java -jar "$JAR" user create --email "$EMAIL" --name "Bench insights" --role supervisor 2>&1 \
  | sed -n 's/.*first sign-in): //p' | tail -1)
PORT=$PORT java -jar "$JAR" > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://localhost:$PORT/actuator/health" > /dev/null && break
  sleep 1
done
# the protected figures are built in the background once the server is ready: no request waits
UP=$(date +%s)
for _ in $(seq 1 600); do
  grep -q "Protected the insights figures" "$OUT/server.log" && break
  sleep 1
done
echo "protected figures ready $(( $(date +%s) - UP )) s after the server answered its health check"
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
CP=$(bench/lib/compile.sh bench/insights/InsightsBench.java)
java -cp "$CP" InsightsBench "http://localhost:$PORT" "$CLIENTS" "$SECONDS_RUN" "$EMAIL" "$OTP" \
  "jdbc:postgresql://localhost:$PGPORT/postgres" "$WARMUP"
grep -E "Protected the insights figures" "$OUT/server.log" | cut -c1-220 || true
echo "load at end: $(uptime)"
