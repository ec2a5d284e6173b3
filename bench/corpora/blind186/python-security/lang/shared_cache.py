"""Cache of compiled rule code shared by the scoring workers.

Workers of every tenant read and write the same Redis database; the cache key is
derived from the rule's source.
"""
import hashlib
import json
import marshal
import types

import redis

r = redis.Redis.from_url("redis://cache.internal:6379/3")


def _key(source: str) -> str:
    return "rulecode:" + hashlib.sha256(source.encode()).hexdigest()


def compile_rule(source: str) -> types.CodeType:
    key = _key(source)
    blob = r.get(key)
    if blob is not None:
        # expect: deserialization
        return marshal.loads(blob)
    code = compile(source, "<rule>", "exec")
    r.set(key, marshal.dumps(code), ex=3600)
    return code


def load_bundle(upload) -> list:
    """Rule bundles uploaded from the admin UI (exported by another installation)."""
    # expect: deserialization
    codes = marshal.load(upload.stream)
    return [c for c in codes if isinstance(c, types.CodeType)]


def export_bundle(codes: list, path: str) -> None:
    with open(path, "wb") as fh:
        marshal.dump(codes, fh)


def rule_metadata(source: str) -> dict:
    raw = r.get(_key(source) + ":meta")
    return json.loads(raw) if raw else {}


def save_metadata(source: str, meta: dict) -> None:
    r.set(_key(source) + ":meta", json.dumps(meta), ex=3600)
