# library: PyYAML
"""Loads pipeline definitions from YAML."""
from pathlib import Path

import yaml

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:
    from yaml import SafeLoader


def load_pipeline(path: Path) -> dict:
    with path.open() as fh:
        return yaml.safe_load(fh)


def load_pipeline_fast(path: Path) -> dict:
    return yaml.load(path.read_text(), Loader=SafeLoader)


def load_plugin_config(text: str) -> dict:
    # expect: deserialization
    return yaml.load(text, Loader=yaml.Loader)


def load_all_stages(text: str) -> list:
    # expect: deserialization
    return list(yaml.load_all(text, Loader=yaml.UnsafeLoader))


def load_uploaded(text: str) -> dict:
    # expect: deserialization
    return yaml.unsafe_load(text)


def dump(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False)
