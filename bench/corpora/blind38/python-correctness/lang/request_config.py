"""Builds per-environment client settings."""
import os


def build_settings(env):
    settings = {"db": {}, "http": {}}
    settings["http"]["timeout"] = 10
    # expect: duplicate-key-assignment
    settings["http"]["timeout"] = 30
    settings["db"]["host"] = os.environ.get("DB_HOST", "localhost")
    return settings


def default_headers(token):
    headers = {}
    headers["Accept"] = "application/json"
    # expect: duplicate-key-assignment
    headers["Accept"] = "application/vnd.api+json"
    headers["Authorization"] = f"Bearer {token}"
    return headers


class Job:
    def __init__(self, name):
        self.meta = {}
        self.meta["name"] = name
        # expect: duplicate-key-assignment
        self.meta["name"] = name.strip().lower()


def environment_for(child_env):
    env = dict(os.environ)
    env["LANG"] = "C.UTF-8"
    # expect: duplicate-key-assignment
    env["LANG"] = child_env.get("LANG", "en_US.UTF-8")
    return env


def retry_settings(settings):
    settings["retries"] = 3
    settings["backoff"] = settings["retries"] * 2
    settings["retries"] = settings["retries"] + 1
    return settings


def counters(events):
    seen = {}
    for event in events:
        seen[event.kind] = seen.get(event.kind, 0) + 1
    return seen
