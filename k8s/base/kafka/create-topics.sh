#!/usr/bin/env bash
# Creates the system's Kafka topics, idempotently (--if-not-exists), with their partitions, compaction and retention.
# Used by docker-compose.yml (service kafka-topics) and by the Kubernetes Job kafka-topics (k8s/base).
# Environment: KAFKA_BOOTSTRAP_SERVERS (required), TOPIC_PARTITIONS (6), TOPIC_REPLICATION_FACTOR (1),
# KAFKA_TOPICS (path of kafka-topics.sh; found on PATH or in the apache/kafka image otherwise).
set -euo pipefail
: "${KAFKA_BOOTSTRAP_SERVERS:?set KAFKA_BOOTSTRAP_SERVERS}"
partitions="${TOPIC_PARTITIONS:-6}"
replication="${TOPIC_REPLICATION_FACTOR:-1}"
kafka_topics="${KAFKA_TOPICS:-$(command -v kafka-topics.sh || echo /opt/kafka/bin/kafka-topics.sh)}"
# With three copies or more, a write must reach two before it is acknowledged (the services produce with acks=all).
min_insync=$(( replication >= 3 ? 2 : 1 ))

create() { # name, extra --config flags...
  local name="$1"; shift
  "$kafka_topics" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists --topic "$name" \
    --partitions "$partitions" --replication-factor "$replication" --config min.insync.replicas="$min_insync" "$@"
  echo "topic $name ready"
}

until "$kafka_topics" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --list >/dev/null 2>&1; do
  echo "waiting for Kafka at $KAFKA_BOOTSTRAP_SERVERS ..."; sleep 2
done

# The dossier topics are the record of what happened, kept for good: reporting rebuilds its projections from them.
for topic in dossier.intake dossier.routing dossier.processing; do
  create "$topic" --config retention.ms=-1
done
# The procedure catalogue: the latest record per procedure code is the catalogue.
create catalogue.procedures --config cleanup.policy=compact
# One dead-letter topic per consumer group and topic (Topics.deadLetter in contracts/), kept for 30 days.
while read -r topic group; do
  create "$topic.$group.dlt" --config retention.ms=2592000000
done <<'SUBSCRIPTIONS'
dossier.intake routing-service
dossier.intake processing-service
dossier.intake notification-service
dossier.intake reporting-service
dossier.routing intake-service
dossier.routing processing-service
dossier.routing notification-service
dossier.routing reporting-service
dossier.processing intake-service
dossier.processing notification-service
dossier.processing reporting-service
catalogue.procedures intake-service
SUBSCRIPTIONS
