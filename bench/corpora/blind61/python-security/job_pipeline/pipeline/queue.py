"""Job queue on Redis lists."""
import json
import os
import pickle
import uuid

import redis

_redis = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
QUEUE_KEY = "pipeline:jobs"


def enqueue(job: dict) -> str:
    job_id = job.setdefault("id", uuid.uuid4().hex)
    _redis.rpush(QUEUE_KEY, json.dumps(job))
    _redis.hset("pipeline:status", job_id, "queued")
    return job_id


def dequeue(timeout=5):
    item = _redis.blpop(QUEUE_KEY, timeout=timeout)
    return json.loads(item[1]) if item else None


def set_status(job_id, status):
    _redis.hset("pipeline:status", job_id, status)


def status(job_id):
    value = _redis.hget("pipeline:status", job_id)
    return value.decode() if value else None


def restore_checkpoint(blob: bytes):
    """Checkpoints are written by our own workers (pickle.dumps of the step state)."""
    # expect: deserialization
    return pickle.loads(blob)


def save_checkpoint(job_id, state):
    _redis.set(f"pipeline:ckpt:{job_id}", pickle.dumps(state), ex=86400)


def load_own_checkpoint(job_id):
    blob = _redis.get(f"pipeline:ckpt:{job_id}")
    return pickle.loads(blob) if blob else None
