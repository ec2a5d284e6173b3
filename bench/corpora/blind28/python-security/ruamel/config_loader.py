"""Loads the pipeline definitions users upload through the UI."""
import ruamel.yaml
from ruamel.yaml import YAML
from ruamel.yaml import YAML as Yaml


def load_pipeline(stream):
    # expect: insecure-deserialization
    yaml = YAML(typ="unsafe")
    return yaml.load(stream)


def load_legacy(stream):
    # expect: insecure-deserialization
    return ruamel.yaml.YAML(typ="unsafe", pure=True).load(stream)


def load_minimal(text):
    # expect: insecure-deserialization
    loader = Yaml(typ='base')
    return loader.load(text)


def make_loader(kind):
    # expect: insecure-deserialization
    return YAML(
        typ="unsafe" if kind == "full" else "safe",
    )


def load_settings(stream):
    yaml = YAML(typ="safe")
    return yaml.load(stream)


def round_trip(path):
    yaml = YAML()
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh)
    return data


def round_trip_explicit(text):
    return ruamel.yaml.YAML(typ="rt").load(text)
