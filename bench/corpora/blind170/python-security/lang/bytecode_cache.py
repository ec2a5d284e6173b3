"""Cache compiled rule expressions, locally and across workers."""
import hashlib
import json
import marshal
from pathlib import Path

import redis

CACHE_DIR = Path("/var/cache/rules")
r = redis.Redis.from_url("redis://cache:6379/2")


def compile_rule(source: str):
    return compile(source, "<rule>", "eval")


def _key(source: str) -> str:
    return hashlib.sha256(source.encode()).hexdigest()


def store_local(source: str, code) -> Path:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path = CACHE_DIR / f"{_key(source)}.bin"
    path.write_bytes(marshal.dumps(code))
    return path


def load_local(source: str):
    # written by store_local above in this process's own cache directory (0700)
    path = CACHE_DIR / f"{_key(source)}.bin"
    if path.exists():
        return marshal.loads(path.read_bytes())
    code = compile_rule(source)
    store_local(source, code)
    return code


def load_shared(source: str):
    blob = r.get(f"rules:{_key(source)}")
    if blob is None:
        code = compile_rule(source)
        r.set(f"rules:{_key(source)}", marshal.dumps(code), ex=3600)
        return code
    # the shared Redis has no auth and is reachable from every tenant's sandbox
    # expect: deserialization
    return marshal.loads(blob)


def import_rule_pack(upload_bytes: bytes):
    """Rule packs uploaded by tenants in the admin UI."""
    header, _, body = upload_bytes.partition(b"\n")
    meta = json.loads(header)
    # expect: deserialization
    codes = marshal.loads(body)
    return meta["name"], codes


def export_rule_pack(name, sources):
    header = json.dumps({"name": name}).encode()
    return header + b"\n" + json.dumps(sources).encode()
