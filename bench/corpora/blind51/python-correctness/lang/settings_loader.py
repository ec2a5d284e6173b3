"""Builds the worker settings from defaults, the config file and the environment."""
import json
import os

DEFAULTS_PATH = "/etc/worker/defaults.json"


class WorkerSettings:
    def __init__(self, raw):
        # expect: useless-assignment
        self.retries = 3
        self.retries = int(raw.get("retries", 5))
        self.queue = raw.get("queue", "default")
        self.prefetch = int(raw.get("prefetch", 10))


def load_settings(path=DEFAULTS_PATH):
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    # expect: useless-assignment
    timeout = 30
    timeout = float(os.environ.get("WORKER_TIMEOUT", raw.get("timeout", 60)))
    raw["timeout"] = timeout
    return WorkerSettings(raw)


def build_headers(token):
    headers = {"User-Agent": "worker/2.1"}
    # expect: useless-assignment
    headers["Accept"] = "application/json"
    headers["Accept"] = "application/vnd.api+json"
    headers["Authorization"] = "Bearer " + token
    return headers


async def resolve_region(client):
    # expect: useless-assignment
    region = os.environ.get("AWS_REGION", "eu-west-1")
    region = await client.get_region()
    return region.lower()


def read_name(raw):
    name = raw.get("name", "")
    name = name.strip().lower()
    return name or "worker"


def count_lines(path):
    total = 0
    with open(path, encoding="utf-8") as fh:
        line = fh.readline()
        while line:
            total += 1
            line = fh.readline()
    return total


def pick_queue(raw):
    if raw.get("priority"):
        queue = "high"
    else:
        queue = raw.get("queue", "default")
    return queue
