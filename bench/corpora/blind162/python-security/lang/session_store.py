"""Server-side session storage backed by Redis, plus a migration helper."""
import base64
import json
import pickle
import time

import redis

from .config import settings

r = redis.Redis.from_url(settings.REDIS_URL)
SESSION_TTL = 60 * 60 * 12


def save_session(sid: str, data: dict) -> None:
    """Store a session; values are plain JSON types."""
    r.setex(f"sess:{sid}", SESSION_TTL, json.dumps(data))


def load_session(sid: str) -> dict:
    raw = r.get(f"sess:{sid}")
    return json.loads(raw) if raw else {}


def load_legacy_session(sid: str) -> dict:
    """Sessions written by the old app, which pickled them."""
    raw = r.get(f"legacy:{sid}")
    if raw is None:
        return {}
    # expect: deserialization
    return pickle.loads(raw)


def restore_from_cookie(cookie_value: str) -> dict:
    """Old mobile clients keep a pickled 'remember' blob in a cookie."""
    blob = base64.urlsafe_b64decode(cookie_value.encode())
    # expect: deserialization
    return pickle.loads(blob)


def export_snapshot(path: str) -> None:
    """Dump every live session to a local file before a Redis upgrade."""
    snapshot = {k.decode(): r.get(k) for k in r.scan_iter("sess:*")}
    with open(path, "wb") as fh:
        pickle.dump(snapshot, fh, protocol=pickle.HIGHEST_PROTOCOL)


def import_snapshot(upload) -> int:
    """Admin upload of a snapshot file from another region."""
    # expect: deserialization
    snapshot = pickle.load(upload)
    for key, value in snapshot.items():
        r.setex(key, SESSION_TTL, value)
    return len(snapshot)


def touch(sid: str) -> None:
    r.expire(f"sess:{sid}", SESSION_TTL)
    r.hset("sess-seen", sid, int(time.time()))
