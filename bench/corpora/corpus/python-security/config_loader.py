"""Load pipeline configuration and cached artifacts."""
import json
import marshal
import pickle
from pathlib import Path

import yaml

CACHE_DIR = Path.home() / ".cache" / "pipeline"


def load_config(path: str) -> dict:
    with open(path) as fh:
        return yaml.safe_load(fh)


def load_config_legacy(path: str) -> dict:
    with open(path) as fh:
        # expect: deserialization
        return yaml.load(fh, Loader=yaml.Loader)


def load_config_fast(path: str) -> dict:
    with open(path) as fh:
        return yaml.load(fh, Loader=yaml.CSafeLoader)


def load_all_docs(text: str) -> list:
    return list(yaml.safe_load_all(text))


def load_plugin_manifest(raw: bytes) -> dict:
    # expect: deserialization
    return yaml.unsafe_load(raw)


def load_manifest_safe(raw: bytes) -> dict:
    return yaml.load(raw, Loader=yaml.SafeLoader)


def load_remote_state(payload: bytes):
    """payload comes from the worker queue (any tenant can enqueue)."""
    # expect: deserialization
    return pickle.loads(payload)


def save_state(obj, name: str) -> None:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with open(CACHE_DIR / name, "wb") as fh:
        pickle.dump(obj, fh)


def load_json_state(payload: bytes) -> dict:
    return json.loads(payload)


def load_uploaded_model(upload):
    # expect: deserialization
    return pickle.load(upload.stream)


def load_bytecode(blob: bytes):
    # expect: deserialization
    return marshal.loads(blob)


def dump_yaml(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False)


def roundtrip(data: dict) -> dict:
    return json.loads(json.dumps(data))
