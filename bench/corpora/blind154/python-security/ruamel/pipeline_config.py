"""Loads pipeline definitions uploaded by project maintainers."""
import logging
from pathlib import Path

import ruamel.yaml
from ruamel.yaml import YAML

log = logging.getLogger(__name__)

DEFAULTS = {"stages": [], "timeout": 3600}


def load_pipeline(path):
    # expect: deserialization
    yaml = YAML(typ="unsafe")
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh)
    return {**DEFAULTS, **(data or {})}


def load_uploaded(blob: bytes):
    # expect: deserialization
    return ruamel.yaml.YAML(typ="unsafe", pure=True).load(blob)


def load_overrides(text):
    # expect: deserialization
    loader = YAML(typ=["unsafe"])
    return loader.load(text)


def load_settings(path):
    yaml = YAML(typ="safe")
    return yaml.load(Path(path))


def load_roundtrip(path):
    yaml = YAML()
    yaml.preserve_quotes = True
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh)


def dump_pipeline(data, path):
    yaml = YAML()
    yaml.default_flow_style = False
    with open(path, "w", encoding="utf-8") as fh:
        yaml.dump(data, fh)
    log.info("pipeline written to %s", path)
