"""Result cache shared by the API workers (Redis and an on-disk fallback)."""
import os
import pickle
import shelve
import json

import dill
import _pickle
import redis

try:
    import cPickle
except ImportError:  # Python 3
    cPickle = None

r = redis.Redis.from_url(os.environ.get("CACHE_URL", "redis://localhost:6379/0"))
SPOOL = os.environ.get("CACHE_SPOOL", "/var/spool/apicache")


def get_cached(key):
    blob = r.get(f"result:{key}")
    if blob is None:
        return None
    # expect: deserialization
    return pickle.loads(blob)


def put_cached(key, value, ttl=600):
    r.setex(f"result:{key}", ttl, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def load_spooled(name):
    with open(os.path.join(SPOOL, name), "rb") as fh:
        # expect: deserialization
        return _pickle.load(fh)


class JobCheckpoint:
    def __init__(self, path):
        self.path = path

    def restore(self):
        with open(self.path, "rb") as fh:
            # expect: deserialization
            return dill.load(fh)

    def save(self, state):
        with open(self.path, "wb") as fh:
            dill.dump(state, fh)


def legacy_session(sid):
    # expect: deserialization
    with shelve.open(os.path.join(SPOOL, "sessions", sid)) as db:
        return dict(db)


def read_manifest(name):
    with open(os.path.join(SPOOL, name + ".json")) as fh:
        return json.load(fh)
