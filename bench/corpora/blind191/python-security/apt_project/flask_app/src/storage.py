"""Shared paths and job status in Redis."""
import json
import os
import time

UPLOAD_DIR = os.environ.get("APT_UPLOAD_DIR", "/srv/apt/uploads")
OUTPUT_DIR = os.environ.get("APT_OUTPUT_DIR", "/srv/apt/output")
STATUS_TTL = 24 * 3600


def _key(job_id):
    return f"apt:status:{job_id}"


def set_status(redis_conn, job_id, state):
    payload = json.dumps({"state": state, "at": int(time.time())})
    redis_conn.set(_key(job_id), payload, ex=STATUS_TTL)


def job_status(redis_conn, job_id):
    raw = redis_conn.get(_key(job_id))
    if raw is None:
        return "unknown"
    try:
        return json.loads(raw)["state"]
    except (ValueError, KeyError):
        return "unknown"


def job_age(redis_conn, job_id):
    raw = redis_conn.get(_key(job_id))
    if raw is None:
        return None
    return int(time.time()) - json.loads(raw).get("at", 0)


def purge_old(redis_conn, job_ids):
    removed = 0
    for job_id in job_ids:
        removed += redis_conn.delete(_key(job_id))
    return removed
