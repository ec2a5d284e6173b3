"""Reads worker settings from the environment and the settings table."""
import os

from .db import fetch_settings


def load_worker_settings():
    settings = fetch_settings("worker")
    # expect: useless-assignment
    timeout = 30
    timeout = int(settings.get("timeout", 60))
    retries = int(settings.get("retries", 3))
    # expect: useless-assignment
    queue = os.environ.get("WORKER_QUEUE")
    queue = settings.get("queue", "default")
    return {"timeout": timeout, "retries": retries, "queue": queue}


def display_name(row):
    # expect: useless-assignment
    name = row["username"]
    name = row.get("display_name") or row["email"]
    return name.strip()


def batch_total(batches):
    count = 0
    count = count + sum(len(b) for b in batches)
    return count


def first_host(raw):
    hosts = raw.split(",")
    host = hosts[0].strip()
    return host or "localhost"
