#!/usr/bin/env python3
"""Checks the Grafana dashboards: valid JSON, unique uids and panel ids, the provisioned data source, and every
query a valid PromQL expression (written out as recording rules for `promtool check rules`, Grafana's variables
replaced by plain values).

  check_dashboards.py DASHBOARD_DIR RULES_OUT.yml
"""
import glob
import json
import os
import re
import sys

import yaml

problems = []
dashboards = sorted(glob.glob(os.path.join(sys.argv[1], "*.json")))
if not dashboards:
    problems.append(f"no dashboards in {sys.argv[1]}")
uids, rules = set(), []
for path in dashboards:
    with open(path, encoding="utf-8") as f:
        board = json.load(f)
    name = os.path.basename(path)
    if board.get("uid") in uids:
        problems.append(f"{name}: uid {board.get('uid')} used twice")
    uids.add(board.get("uid"))
    ids = [p["id"] for p in board["panels"]]
    if len(ids) != len(set(ids)):
        problems.append(f"{name}: panel ids repeat")
    variables = {v["name"] for v in board.get("templating", {}).get("list", [])}
    for panel in board["panels"]:
        if panel["type"] == "row":
            continue
        if panel.get("datasource", {}).get("uid") != "prometheus":
            problems.append(f"{name}, panel {panel['title']}: not on the provisioned Prometheus data source")
        if not panel.get("targets"):
            problems.append(f"{name}, panel {panel['title']}: no query")
        for target in panel.get("targets", []):
            expr = target["expr"]
            for used in re.findall(r"\$(\w+)", expr):
                if used not in variables and not used.startswith("__"):
                    problems.append(f"{name}, panel {panel['title']}: unknown variable ${used}")
            expr = expr.replace("$__rate_interval", "5m").replace("$__interval", "1m")
            expr = re.sub(r"\$\w+", ".*", expr)
            rules.append({"record": f"dashboard:{board['uid'].replace('-', '_')}:{panel['id']}{target['refId']}", "expr": expr})
with open(sys.argv[2], "w", encoding="utf-8") as f:
    yaml.safe_dump({"groups": [{"name": "dashboard-queries", "rules": rules}]}, f, allow_unicode=True)
print(f"{len(dashboards)} dashboards, {len(rules)} queries written to {sys.argv[2]}")
for p in problems:
    print("PROBLEM: " + p)
sys.exit(1 if problems else 0)
