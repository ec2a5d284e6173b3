# library: pickle / redis
"""Job queue payloads stored in Redis."""
import json
import marshal
import pickle

import redis

r = redis.Redis.from_url("redis://localhost:6379/2")


def enqueue(job: dict) -> None:
    r.rpush("jobs", json.dumps(job))


def dequeue() -> dict | None:
    raw = r.lpop("jobs")
    return json.loads(raw) if raw else None


def enqueue_legacy(job) -> None:
    r.rpush("jobs:legacy", pickle.dumps(job))


def dequeue_legacy():
    raw = r.lpop("jobs:legacy")
    # expect: deserialization
    return pickle.loads(raw) if raw else None


def restore_checkpoint(path: str):
    with open(path, "rb") as fh:
        # expect: deserialization
        return pickle.load(fh)


def load_compiled_rules(blob: bytes):
    # expect: deserialization
    code = marshal.loads(blob)
    return code


def save_checkpoint(state, path: str) -> None:
    with open(path, "wb") as fh:
        pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
