"""Loads pipeline definitions uploaded by tenants and the service's own config."""

from __future__ import annotations

import json
import pickle
import marshal
from pathlib import Path

import yaml
from yaml import CSafeLoader

CONFIG_DIR = Path(__file__).parent / "config"


def load_service_config() -> dict:
    with open(CONFIG_DIR / "service.yaml") as fh:
        return yaml.safe_load(fh)


def load_defaults() -> dict:
    text = (CONFIG_DIR / "defaults.yaml").read_text()
    return yaml.load(text, Loader=CSafeLoader)


def load_tenant_pipeline(upload: bytes) -> dict:
    # expect: unsafe-yaml
    return yaml.load(upload, Loader=yaml.Loader)


def load_tenant_pipeline_v1(upload: bytes) -> dict:
    # expect: unsafe-yaml
    return yaml.unsafe_load(upload)


def load_job_state(blob: bytes):
    """Job state arrives from the queue, which tenants can write to."""
    # expect: deserialization
    return pickle.loads(blob)


def load_compiled_hook(data: bytes):
    # expect: deserialization
    return marshal.loads(data)


def clone(obj):
    # Deep copy of a local value.
    return pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


def save_cache(path: Path, obj) -> None:
    with open(path, "wb") as fh:
        pickle.dump(obj, fh)


def load_manifest(text: str) -> dict:
    return json.loads(text)


def dump_pipeline(pipeline: dict) -> str:
    return yaml.safe_dump(pipeline, sort_keys=False)
