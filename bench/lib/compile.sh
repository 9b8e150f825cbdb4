#!/usr/bin/env bash
# Compiles the shared bench code (bench/lib) and one bench's main class into target/bench-classes;
# prints the class path to run it with (classes + PostgreSQL JDBC driver from the local Maven cache).
# Usage: CP=$(bench/lib/compile.sh bench/crash/CrashBench.java)
set -euo pipefail
cd "$(dirname "$0")/../.."
PGJAR=${PGJAR:-$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)}
OUT=target/bench-classes
mkdir -p "$OUT"
javac -nowarn -d "$OUT" -cp "$PGJAR" bench/lib/*.java "$@" >&2
echo "$OUT:$PGJAR"
