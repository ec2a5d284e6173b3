import json
import pickle
from pathlib import Path
from typing import Any

import yaml

import redis

CONFIG_DIR = Path("/etc/acme")
cache = redis.Redis(host="cache", port=6379)


def load_settings(name: str) -> dict[str, Any]:
    with (CONFIG_DIR / f"{name}.yaml").open() as fh:
        return yaml.safe_load(fh)


def load_plugin_manifest(path: Path) -> dict:
    with path.open() as fh:
        # expect: unsafe-deserialization
        return yaml.load(fh, Loader=yaml.Loader)


def load_legacy(text: str):
    # expect: unsafe-deserialization
    return yaml.unsafe_load(text)


def load_json(path: Path) -> Any:
    return json.loads(path.read_text())


def cached_profile(user_id: int):
    blob = cache.get(f"profile:{user_id}")
    if blob is None:
        return None
    # expect: unsafe-deserialization
    return pickle.loads(blob)


def store_profile(user_id: int, profile: dict) -> None:
    cache.set(f"profile:{user_id}", json.dumps(profile), ex=3600)


def dump_settings(data: dict, path: Path) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False))
