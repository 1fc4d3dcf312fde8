#!/usr/bin/env python3
"""Checks the rendered Kubernetes objects of one overlay, and docker-compose.yml, against what the services need.

  check_manifests.py k8s RENDERED.yaml [--external-secret NAME ...]
  check_manifests.py compose CONFIG.yaml      (the output of `docker-compose config`)

Prints each problem and exits 1 if there is any. Run by ops/check in CI.
"""
import glob
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVICES = ["intake", "routing", "processing", "notification", "reporting"]
problems = []


def problem(text):
    problems.append(text)


def subscriptions():
    """(topic, dead-letter topic) of every consumer binding in the services' own configuration."""
    topics, dead_letters = set(), set()
    for path in glob.glob(os.path.join(ROOT, "*-service/src/main/resources/*-service.yml")):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        topics.update(re.findall(r"destination: ([a-z.\-]+)", text))
        dead_letters.update(re.findall(r"dlq-name: ([a-z.\-]+)", text))
    if not dead_letters:
        problem("found no consumer bindings in */src/main/resources/*-service.yml")
    return topics, dead_letters


def topics_defined(csv_text):
    """Topic names the topic definition (k8s/base/kafka/topics.csv) creates."""
    created = set()
    for line in csv_text.splitlines():
        line = line.strip()
        if line and not line.startswith("#") and not line.startswith("topic,"):
            created.add(line.split(",")[0])
    return created


def check_topics(csv_text, where):
    topics, dead_letters = subscriptions()
    created = topics_defined(csv_text)
    for topic in sorted(topics | dead_letters):
        if topic not in created:
            problem(f"{where}: topic {topic} is used by a service but not created")


def probe_path(container, probe):
    return ((container.get(probe) or {}).get("httpGet") or {}).get("path")


def selects(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def check_k8s(path, external_secrets):
    with open(path, encoding="utf-8") as f:
        objects = [o for o in yaml.safe_load_all(f) if o]
    by_kind = {}
    for o in objects:
        by_kind.setdefault(o["kind"], []).append(o)
        if o["kind"] != "Namespace" and not o["metadata"].get("namespace"):
            problem(f"{o['kind']}/{o['metadata']['name']} has no namespace")
    names = {kind: {o["metadata"]["name"] for o in objs} for kind, objs in by_kind.items()}
    deployments = {o["metadata"]["name"]: o for o in by_kind.get("Deployment", []) if o["metadata"]["name"].endswith("-service")}
    check_identity_provider(by_kind, names, external_secrets)
    for service in SERVICES:
        if f"{service}-service" not in deployments:
            problem(f"no Deployment {service}-service")
    databases = {}
    for name, d in deployments.items():
        spec = d["spec"]["template"]["spec"]
        pod_labels = d["spec"]["template"]["metadata"].get("labels", {})
        if not selects(d["spec"]["selector"].get("matchLabels"), pod_labels):
            problem(f"Deployment {name}: its selector does not select its own pods")
        for c in spec["containers"]:
            where = f"Deployment {name}, container {c['name']}"
            if probe_path(c, "readinessProbe") != "/actuator/health/readiness":
                problem(f"{where}: readiness probe is not /actuator/health/readiness")
            if probe_path(c, "livenessProbe") != "/actuator/health/liveness":
                problem(f"{where}: liveness probe is not /actuator/health/liveness")
            ports = {p.get("name") for p in c.get("ports", [])}
            for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
                port = ((c.get(probe) or {}).get("httpGet") or {}).get("port")
                if port is not None and port not in ports:
                    problem(f"{where}: {probe} uses port {port}, which the container does not declare")
            resources = c.get("resources", {})
            for part in ("requests", "limits"):
                for resource in ("cpu", "memory"):
                    if resource not in resources.get(part, {}):
                        problem(f"{where}: no {resource} {part[:-1]}")
            if ":" not in c["image"] or c["image"].startswith("dossier-service"):
                problem(f"{where}: image {c['image']} is not a tagged service image")
            env = {e["name"]: e.get("value") for e in c.get("env", [])}
            if env.get("DB_NAME"):
                databases.setdefault(env["DB_NAME"], []).append(name)
            if env.get("PORT") and env["PORT"] != str(next(p["containerPort"] for p in c["ports"] if p["name"] == "http")):
                problem(f"{where}: PORT {env['PORT']} is not the http container port")
            management = [p["containerPort"] for p in c["ports"] if p["name"] == "management"]
            if not management or env.get("MANAGEMENT_PORT") != str(management[0]):
                problem(f"{where}: MANAGEMENT_PORT is not a declared management container port")
            for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
                port = ((c.get(probe) or {}).get("httpGet") or {}).get("port")
                if port is not None and port != "management":
                    problem(f"{where}: {probe} is not on the management port")
            scrape_port = d["spec"]["template"]["metadata"].get("annotations", {}).get("prometheus.io/port")
            if management and scrape_port != str(management[0]):
                problem(f"{where}: Prometheus scrapes port {scrape_port}, not the management port")
            check_container_refs(where, c, names, external_secrets)
        matching = [s for s in by_kind.get("Service", []) if selects(s["spec"].get("selector"), pod_labels)]
        if len(matching) != 1:
            problem(f"Deployment {name}: {len(matching)} Services select its pods, expected 1")
        hpas = [h for h in by_kind.get("HorizontalPodAutoscaler", []) if h["spec"]["scaleTargetRef"]["name"] == name]
        if len(hpas) != 1:
            problem(f"Deployment {name}: {len(hpas)} HorizontalPodAutoscalers, expected 1")
        for h in hpas:
            if not 1 <= h["spec"]["minReplicas"] <= h["spec"]["maxReplicas"]:
                problem(f"HorizontalPodAutoscaler {h['metadata']['name']}: replicas {h['spec']['minReplicas']}..{h['spec']['maxReplicas']}")
        pdbs = [p for p in by_kind.get("PodDisruptionBudget", []) if selects(p["spec"]["selector"].get("matchLabels"), pod_labels)]
        if len(pdbs) != 1:
            problem(f"Deployment {name}: {len(pdbs)} PodDisruptionBudgets select its pods, expected 1")
        for p in pdbs:
            min_available = p["spec"].get("minAvailable")
            min_replicas = min((h["spec"]["minReplicas"] for h in hpas), default=d["spec"].get("replicas", 1))
            if isinstance(min_available, int) and min_available >= min_replicas:
                problem(f"PodDisruptionBudget {p['metadata']['name']}: minAvailable {min_available} with {min_replicas} replica(s) blocks every eviction")
        for volume in spec.get("volumes", []):
            check_ref(f"Deployment {name}, volume {volume['name']}", volume, names, external_secrets)
    for database, users in databases.items():
        if len(users) > 1:
            problem(f"Deployments {users} share database {database}: one database per service")
    jobs = [j for j in by_kind.get("Job", []) if j["metadata"]["name"] == "kafka-topics"]
    if len(jobs) != 1:
        problem("no Job kafka-topics")
    for job in jobs:
        spec = job["spec"]["template"]["spec"]
        for c in spec["containers"]:
            check_container_refs("Job kafka-topics", c, names, external_secrets)
        scripts = [v["configMap"]["name"] for v in spec.get("volumes", []) if "configMap" in v]
        for config_map in by_kind.get("ConfigMap", []):
            if config_map["metadata"]["name"] in scripts:
                if "topics.csv" not in config_map["data"]:
                    problem(f"Job kafka-topics ({path}): its ConfigMap has no topics.csv for create-topics.sh")
                else:
                    check_topics(config_map["data"]["topics.csv"], f"Job kafka-topics ({path})")
    print(f"{path}: {len(objects)} objects, {len(deployments)} Deployments checked")


def check_identity_provider(by_kind, names, external_secrets):
    """Keycloak runs with the realm mounted and probed; the services are told its issuer and where its keys are."""
    keycloak = [d for d in by_kind.get("Deployment", []) if d["metadata"]["name"] == "keycloak"]
    if len(keycloak) != 1:
        problem("no Deployment keycloak (the officers' identity provider)")
        return
    spec = keycloak[0]["spec"]["template"]["spec"]
    container = spec["containers"][0]
    if not probe_path(container, "readinessProbe"):
        problem("Deployment keycloak: no readiness probe")
    check_container_refs("Deployment keycloak", container, names, external_secrets)
    realm_maps = [v["configMap"]["name"] for v in spec.get("volumes", []) if "configMap" in v]
    realms = [c for c in by_kind.get("ConfigMap", []) if c["metadata"]["name"] in realm_maps and "dossier-realm.json" in c.get("data", {})]
    if not realms:
        problem("Deployment keycloak: no ConfigMap with dossier-realm.json mounted")
    config = {k: v for c in by_kind.get("ConfigMap", []) if c["metadata"]["name"].startswith("dossier-config") for k, v in c["data"].items()}
    if not config.get("DOSSIER_SECURITY_ISSUER", "").endswith("/realms/dossier"):
        problem("dossier-config: DOSSIER_SECURITY_ISSUER does not name realm dossier")


def check_container_refs(where, container, names, external_secrets):
    for ref in container.get("envFrom", []):
        check_ref(where, ref, names, external_secrets)
    for e in container.get("env", []):
        check_ref(where, e.get("valueFrom", {}), names, external_secrets)


def check_ref(where, holder, names, external_secrets):
    for key, kind in (("configMapRef", "ConfigMap"), ("configMapKeyRef", "ConfigMap"), ("configMap", "ConfigMap"),
                      ("secretRef", "Secret"), ("secretKeyRef", "Secret"), ("secret", "Secret")):
        ref = holder.get(key)
        if not ref:
            continue
        name = ref.get("name") or ref.get("secretName")
        if ref.get("optional") is True:
            continue  # the pod starts without it (e.g. dossier-papers where the pod's cloud identity reaches the store)
        if name in names.get(kind, set()):
            continue
        if kind == "Secret" and name in external_secrets:
            continue
        problem(f"{where}: {kind} {name} is neither rendered nor declared as provided by the cluster")


def check_compose(path):
    with open(path, encoding="utf-8") as f:
        compose = yaml.safe_load(f)
    services = compose["services"]
    with open(os.path.join(ROOT, "ops/prometheus/prometheus.yml"), encoding="utf-8") as f:
        scrape = yaml.safe_load(f)
    targets = {t for job in scrape["scrape_configs"] for sc in job["static_configs"] for t in sc["targets"]}
    databases = set()
    for service in SERVICES:
        name = f"{service}-service"
        s = services.get(name)
        if s is None:
            problem(f"compose: no service {name}")
            continue
        env = s.get("environment", {})
        for key in ("DB_HOST", "DB_NAME", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "PORT", "MANAGEMENT_PORT",
                    "DOSSIER_SECURITY_ISSUER", "DOSSIER_SECURITY_JWK_SET_URI"):
            if key not in env:
                problem(f"compose: {name} has no {key}")
        databases.add(env.get("DB_NAME"))
        if f"{name}:{env.get('MANAGEMENT_PORT')}" not in targets:
            problem(f"compose: Prometheus does not scrape {name} on its management port {env.get('MANAGEMENT_PORT')}")
        if "healthcheck" not in s:
            problem(f"compose: {name} has no health check")
        if s.get("build", {}).get("target") != name:
            problem(f"compose: {name} is not built from its own Dockerfile target")
    if len(databases) != len(SERVICES):
        problem(f"compose: the services do not each have their own database: {sorted(map(str, databases))}")
    with open(os.path.join(ROOT, "deploy/postgres/create-databases.sql"), encoding="utf-8") as f:
        created = set(re.findall(r"CREATE DATABASE (\w+);", f.read()))
    if not databases <= created:
        problem(f"compose: databases {sorted(databases - created)} are not created by deploy/postgres/create-databases.sql")
    for needed in ("kafka", "kafka-topics", "postgres", "prometheus", "grafana", "keycloak"):
        if needed not in services:
            problem(f"compose: no service {needed}")
    mounts = " ".join(services.get("kafka-topics", {}).get("volumes", []))
    if "topics.csv" not in mounts:
        problem("compose: kafka-topics does not mount k8s/base/kafka/topics.csv")
    with open(os.path.join(ROOT, "k8s/base/kafka/topics.csv"), encoding="utf-8") as f:
        check_topics(f.read(), "compose kafka-topics")
    print(f"{path}: {len(services)} services checked")


def main(argv):
    if len(argv) >= 3 and argv[1] == "k8s":
        external = [argv[i + 1] for i, a in enumerate(argv) if a == "--external-secret"]
        check_k8s(argv[2], set(external))
    elif len(argv) == 3 and argv[1] == "compose":
        check_compose(argv[2])
    else:
        sys.exit(__doc__)
    for p in problems:
        print("PROBLEM: " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main(sys.argv)
