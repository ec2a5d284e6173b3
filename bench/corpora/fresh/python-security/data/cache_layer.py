import copy
import pickle
import tempfile
import pickle as pkl
from typing import Any

import redis

_r = redis.Redis.from_url("redis://cache:6379/2")


def deep_copy(obj: Any) -> Any:
    """Faster than copy.deepcopy for our plain dataclasses."""
    return pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


def snapshot(state: dict) -> dict:
    blob = pkl.dumps(state)
    return pkl.loads(blob)


def get_cached(key: str) -> Any:
    raw = _r.get(key)
    if raw is None:
        return None
    # the cache is shared with the public-facing preview service
    # expect: deserialization
    return pickle.loads(raw)


def set_cached(key: str, value: Any, ttl: int = 300) -> None:
    _r.setex(key, ttl, pickle.dumps(value))


def load_session(cookie_value: bytes) -> dict:
    # expect: deserialization
    return pkl.loads(cookie_value)


def load_model(path: str):
    with open(path, "rb") as fh:
        # model files are downloaded from the tenant's bucket
        # expect: deserialization
        return pickle.load(fh)


def clone_config(cfg: dict) -> dict:
    return copy.deepcopy(cfg)


def spill_to_disk(rows: list) -> str:
    with tempfile.NamedTemporaryFile("wb", suffix=".pkl", delete=False) as fh:
        pickle.dump(rows, fh)
        return fh.name


def write_debug_dump(rows: list) -> str:
    # expect: temp-file
    path = "/tmp/debug_rows.pkl"
    with open(path, "wb") as fh:
        pickle.dump(rows, fh)
    return path
