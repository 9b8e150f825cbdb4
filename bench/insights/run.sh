#!/usr/bin/env bash
# The insights benchmark of issue 9, from the repository root:
#   bench/insights/run.sh [data-dir] [contacts]
# Defaults: /tmp/repere-bench-insights/data, 10000000 contacts. Everything runs under `nice -n 19`.
# Environment: PORT (8098), CLIENTS (20), SECONDS (30), SKIP_DATA=1 to reuse a loaded data dir.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${1:-/tmp/repere-bench-insights/data}
CONTACTS=${2:-10000000}
PORT=${PORT:-8098}
CLIENTS=${CLIENTS:-20}
SECONDS_RUN=${SECONDS:-30}
OUT=$(dirname "$DATA")
mkdir -p "$OUT"
N="nice -n 19"
export REPERE_DATA_DIR=$DATA

if [ ! -f target/repere.jar ]; then
  $N ./mvnw -q -DskipTests package
fi
if [ "${SKIP_DATA:-0}" != 1 ]; then
  t=$(date +%s)
  # the first start creates the database and its demo data; then the scale contacts replace the demo ones
  $N java -jar target/repere.jar demo-contacts --reset --contacts "$CONTACTS" > "$OUT/demo-contacts.log" 2>&1
  echo "demo-contacts $CONTACTS (generation, COPY and rollup rebuild): $(( $(date +%s) - t )) s"
  grep -E "Rebuilt|Loaded" "$OUT/demo-contacts.log" | cut -c1-200 || true
fi
PORT=$PORT $N java -jar target/repere.jar > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/actuator/health" > /dev/null && break
  sleep 1
done
java bench/insights/InsightsBench.java "http://localhost:$PORT" "$CLIENTS" "$SECONDS_RUN"
grep "Protected the insights figures" "$OUT/server.log" | cut -c1-200 || true
