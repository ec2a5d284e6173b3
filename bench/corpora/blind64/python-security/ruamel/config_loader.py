"""Load pipeline definitions and user-uploaded job specs."""
from pathlib import Path

import ruamel.yaml
from ruamel.yaml import YAML
from ruamel.yaml import YAML as RuamelYAML

LEGACY_LOADER = "unsafe"


def load_pipeline(path: Path):
    # expect: insecure-deserialization
    yaml = YAML(typ="unsafe", pure=True)
    return yaml.load(path)


def load_job_spec(stream):
    # expect: insecure-deserialization
    return ruamel.yaml.YAML(typ="base").load(stream)


class SpecStore:
    def __init__(self, root: Path):
        self.root = root
        # expect: insecure-deserialization
        self.loader = RuamelYAML(typ=LEGACY_LOADER)

    def get(self, name: str):
        return self.loader.load(self.root / f"{name}.yaml")


def load_uploaded(upload):
    # expect: insecure-deserialization
    yaml = ruamel.yaml.YAML(pure=True, typ='unsafe')
    return yaml.load(upload.read().decode("utf-8"))


def load_settings(path: Path):
    return YAML(typ="safe").load(path)


def load_roundtrip(path: Path):
    yaml = ruamel.yaml.YAML()
    yaml.preserve_quotes = True
    return yaml.load(path)


def load_rt_explicit(text: str):
    return RuamelYAML(typ="rt").load(text)
