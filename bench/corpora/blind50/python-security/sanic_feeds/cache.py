"""Feed cache stored in Redis."""
import json
import pickle

import redis.asyncio as redis

_client = redis.Redis(host="127.0.0.1", port=6379, db=3)


async def put(key, value):
    await _client.set(f"feed:{key}", json.dumps(value), ex=600)


async def get(key):
    raw = await _client.get(f"feed:{key}")
    return json.loads(raw) if raw else None


def load_state(blob):
    # expect: deserialization
    return pickle.loads(blob)


def load_state_json(blob):
    return json.loads(blob)
