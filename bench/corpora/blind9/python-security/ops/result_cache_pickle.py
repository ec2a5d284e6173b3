# library: pickle / shelve / marshal (stdlib) with redis
"""Result cache shared between the API and the batch workers."""
import json
import marshal
import pickle
import shelve

import redis

r = redis.Redis(host="cache", port=6379)


def put(key, value):
    r.set(key, pickle.dumps(value), ex=3600)


def get(key):
    blob = r.get(key)
    # expect: deserialization
    return pickle.loads(blob) if blob else None


def put_json(key, value):
    r.set(key, json.dumps(value), ex=3600)


def get_json(key):
    blob = r.get(key)
    return json.loads(blob) if blob else None


def load_snapshot(path):
    with open(path, "rb") as fh:
        # expect: deserialization
        return pickle.load(fh)


def open_index(path):
    # expect: deserialization
    return shelve.open(path, flag="r")


def load_compiled_rules(blob):
    # expect: deserialization
    return marshal.loads(blob)


def save_snapshot(path, obj):
    with open(path, "wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
