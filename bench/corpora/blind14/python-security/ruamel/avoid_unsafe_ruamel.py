# library: ruamel.yaml
"""Config loader for pipeline definitions uploaded by users."""
from pathlib import Path

from ruamel.yaml import YAML


def load_pipeline(text):
    # expect: deserialization
    yaml = YAML(typ="unsafe")
    return yaml.load(text)


def load_pipeline_safe(text):
    yaml = YAML(typ="safe")
    return yaml.load(text)


def load_roundtrip(path):
    yaml = YAML()
    return yaml.load(Path(path))


def load_legacy(stream):
    # expect: deserialization
    loader = YAML(typ="unsafe", pure=True)
    return loader.load(stream)


def dump_pipeline(data, path):
    yaml = YAML(typ="safe")
    with open(path, "w") as fh:
        yaml.dump(data, fh)
