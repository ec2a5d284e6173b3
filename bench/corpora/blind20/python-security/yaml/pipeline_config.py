"""Loads CI pipeline definitions uploaded by users and the service's own settings (PyYAML)."""
from pathlib import Path

import yaml
from yaml import SafeLoader

try:
    from yaml import CSafeLoader as FastSafeLoader
except ImportError:
    from yaml import SafeLoader as FastSafeLoader

SETTINGS_FILE = Path(__file__).with_name("settings.yaml")


def load_settings() -> dict:
    with SETTINGS_FILE.open() as fh:
        return yaml.safe_load(fh)


def load_pipeline(text: str) -> dict:
    # expect: deserialization
    return yaml.load(text, Loader=yaml.Loader)


def load_pipeline_safe(text: str) -> dict:
    return yaml.load(text, Loader=SafeLoader)


def load_pipeline_fast(text: str) -> dict:
    return yaml.load(text, Loader=FastSafeLoader)


def load_matrix(text: str) -> list:
    # expect: deserialization
    return list(yaml.load_all(text, Loader=yaml.UnsafeLoader))


def load_matrix_safe(text: str) -> list:
    return list(yaml.safe_load_all(text))


def load_legacy(stream) -> dict:
    # expect: deserialization
    return yaml.unsafe_load(stream)


def load_old_format(path: str) -> dict:
    with open(path) as fh:
        # expect: deserialization
        return yaml.load(fh, yaml.CLoader)


def dump_pipeline(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False)


def dump_debug(data: dict) -> str:
    return yaml.dump(data, Dumper=yaml.Dumper)
