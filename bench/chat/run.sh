#!/usr/bin/env bash
# Chat load benchmark (not in CI): N chats × 2 STOMP connections, messages at a fixed total rate.
#   bench/chat/run.sh [--chats 500] [--rate 250] [--seconds 60] [--url http://host:port]
# Without --url it starts target/repere.jar (REPERE_JAR to override; built when missing) on a
# fresh data folder, open around the clock. Prints a RESULT line.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${REPERE_JAR:-target/repere.jar}
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
CP=$(bench/lib/compile.sh bench/chat/ChatBench.java)
exec java -Xmx1g -cp "$CP" ChatBench --jar "$JAR" "$@"
