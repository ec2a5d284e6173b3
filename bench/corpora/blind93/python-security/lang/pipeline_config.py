"""Loads pipeline definitions uploaded by project maintainers."""
from pathlib import Path

import ruamel.yaml
from ruamel.yaml import YAML

UNSAFE_TYP = "unsafe"


def load_pipeline(text: str):
    # expect: deserialization
    yaml = ruamel.yaml.YAML(typ="unsafe", pure=True)
    return yaml.load(text)


def load_plugin_manifest(path: Path):
    # expect: deserialization
    loader = YAML(typ=UNSAFE_TYP)
    with path.open() as fh:
        return loader.load(fh)


class PipelineStore:
    def __init__(self):
        # expect: deserialization
        self._yaml = YAML(typ='unsafe')
        self._yaml.allow_duplicate_keys = False

    def parse(self, text):
        return self._yaml.load(text)


def load_defaults(path: Path):
    yaml = YAML(typ="safe")
    return yaml.load(path)


def roundtrip_update(path: Path, key, value):
    yaml = YAML()
    data = yaml.load(path)
    data[key] = value
    yaml.dump(data, path)
