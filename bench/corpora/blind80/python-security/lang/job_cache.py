"""Result cache and work queue for the analytics batch runner."""
import _pickle
import json
import pickle
import shelve
from pathlib import Path

import dill
import redis

r = redis.Redis.from_url("redis://cache.internal:6379/2")
CACHE_DIR = Path("/var/cache/analytics")


def load_result(job_id):
    blob = r.get(f"result:{job_id}")
    # expect: deserialization
    return pickle.loads(blob) if blob else None


def load_checkpoint(name):
    with open(CACHE_DIR / f"{name}.ckpt", "rb") as fh:
        # expect: deserialization
        return _pickle.load(fh)


def load_udf(job):
    # expect: deserialization
    return dill.loads(bytes.fromhex(job["udf_hex"]))


def lookup_partial(job_id):
    # expect: deserialization
    with shelve.open(str(CACHE_DIR / "partials")) as db:
        return db.get(job_id)


def pop_job():
    _, raw = r.blpop("jobs")
    # expect: deserialization
    job = pickle.loads(raw, encoding="bytes")
    return job


def save_result(job_id, value):
    r.set(f"result:{job_id}", pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), ex=3600)


def load_meta(job_id):
    raw = r.get(f"meta:{job_id}")
    return json.loads(raw) if raw else {}


def save_meta(job_id, meta):
    r.set(f"meta:{job_id}", json.dumps(meta), ex=3600)
