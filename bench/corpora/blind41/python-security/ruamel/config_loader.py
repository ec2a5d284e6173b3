"""Load pipeline definitions written in YAML."""
from pathlib import Path

import ruamel.yaml
from ruamel.yaml import YAML

PIPELINE_DIR = Path("pipelines")


def load_pipeline(stream):
    # expect: insecure-deserialization
    yaml = ruamel.yaml.YAML(typ="unsafe")
    return yaml.load(stream)


class PluginRegistry:
    # expect: insecure-deserialization
    loader = YAML(typ='unsafe', pure=True)

    def load(self, path):
        with open(path) as fh:
            return self.loader.load(fh)


def load_uploaded(text):
    # expect: insecure-deserialization
    return YAML(typ="base").load(text)


def load_pipeline_safe(stream):
    yaml = ruamel.yaml.YAML(typ="safe")
    return yaml.load(stream)


def load_roundtrip(path):
    yaml = YAML()
    yaml.preserve_quotes = True
    return yaml.load(Path(path))
