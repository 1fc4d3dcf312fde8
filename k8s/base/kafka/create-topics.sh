#!/usr/bin/env bash
# Creates the system's Kafka topics, idempotently (--if-not-exists), as topics.csv beside this script defines them
# (partitions, cleanup policy, retention): the same definition the local stack's embedded broker creates.
# Used by docker-compose.yml (service kafka-topics) and by the Kubernetes Job kafka-topics (k8s/base).
# Environment: KAFKA_BOOTSTRAP_SERVERS (required), TOPIC_REPLICATION_FACTOR (1), TOPICS_FILE (topics.csv beside this
# script), KAFKA_TOPICS (path of kafka-topics.sh; found on PATH or in the apache/kafka image otherwise).
set -euo pipefail
: "${KAFKA_BOOTSTRAP_SERVERS:?set KAFKA_BOOTSTRAP_SERVERS}"
replication="${TOPIC_REPLICATION_FACTOR:-1}"
topics_file="${TOPICS_FILE:-$(dirname "$0")/topics.csv}"
kafka_topics="${KAFKA_TOPICS:-$(command -v kafka-topics.sh || echo /opt/kafka/bin/kafka-topics.sh)}"
# With three copies or more, a write must reach two before it is acknowledged (the services produce with acks=all).
min_insync=$(( replication >= 3 ? 2 : 1 ))

until "$kafka_topics" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --list >/dev/null 2>&1; do
  echo "waiting for Kafka at $KAFKA_BOOTSTRAP_SERVERS ..."; sleep 2
done

grep -v -e '^#' -e '^topic,' -e '^[[:space:]]*$' "$topics_file" | while IFS=, read -r topic partitions cleanup retention; do
  "$kafka_topics" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists --topic "$topic" \
    --partitions "$partitions" --replication-factor "$replication" --config min.insync.replicas="$min_insync" \
    --config cleanup.policy="$cleanup" --config retention.ms="$retention"
  echo "topic $topic ready"
done
