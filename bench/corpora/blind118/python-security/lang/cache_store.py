"""Shared result cache and job hand-off between the API nodes and the workers."""
import json
import pickle
import shelve

import dill
import redis
import requests

r = redis.Redis.from_url("redis://cache.internal:6379/0")
PEER_TIMEOUT = 5


def get_cached(key):
    raw = r.get(f"result:{key}")
    # expect: deserialization
    return pickle.loads(raw) if raw is not None else None


def set_cached(key, value, ttl=300):
    r.setex(f"result:{key}", ttl, pickle.dumps(value))


def fetch_from_peer(peer_url, key):
    resp = requests.get(f"{peer_url}/cache/{key}", timeout=PEER_TIMEOUT)
    resp.raise_for_status()
    # expect: deserialization
    return pickle.loads(resp.content)


def receive_job(message):
    # expect: deserialization
    return dill.loads(message.body)


def open_session_store(path):
    # expect: deserialization
    return shelve.open(path)


def get_cached_json(key):
    raw = r.get(f"json:{key}")
    return json.loads(raw) if raw is not None else None
