"""Loads CI pipeline definitions uploaded by project owners."""
import yaml
import yaml as pyyaml
from yaml import load as yload


def load_pipeline(path):
    with open(path, encoding="utf-8") as fh:
        # expect: insecure-deserialization
        return yaml.load(fh, Loader=yaml.Loader)


def load_uploaded(raw_bytes):
    # expect: insecure-deserialization
    return pyyaml.load(raw_bytes, pyyaml.UnsafeLoader)


class StageLoader:
    loader = yaml.Loader

    def stages(self, text):
        # expect: insecure-deserialization
        return [doc for doc in yaml.load_all(text, Loader=self.loader) if doc]


def load_legacy(stream):
    # expect: insecure-deserialization
    return yload(stream, Loader=yaml.Loader)


def load_settings(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def load_many(text):
    return list(yaml.load_all(text, Loader=yaml.SafeLoader))
