# library: marshal
"""Cache of compiled rule bytecode shared between workers over Redis."""
import json
import marshal

import redis

r = redis.Redis(host="cache.internal", port=6379)


def store_rules(key, code_obj):
    r.set(key, marshal.dumps(code_obj))


def fetch_rules(key):
    blob = r.get(key)
    # expect: deserialization
    return marshal.loads(blob)


def handle_upload(request):
    # expect: deserialization
    code = marshal.loads(request.files["bundle"].read())
    return code


def fetch_meta(key):
    return json.loads(r.get(key + ":meta"))


def dump_local(path, code_obj):
    with open(path, "wb") as fh:
        marshal.dump(code_obj, fh)
