# library: PyYAML
"""Loads pipeline definitions and plugin manifests."""
import yaml


def load_pipeline(path):
    with open(path) as fh:
        return yaml.safe_load(fh)


def load_manifest(path):
    with open(path) as fh:
        # expect: deserialization
        return yaml.load(fh, Loader=yaml.Loader)


def load_remote_manifest(text):
    # expect: deserialization
    return yaml.unsafe_load(text)


def load_legacy(stream):
    # expect: deserialization
    return yaml.load(stream)


def load_all_docs(text):
    return list(yaml.load_all(text, Loader=yaml.CSafeLoader))


def load_multi_unsafe(text):
    # expect: deserialization
    return list(yaml.load_all(text, Loader=yaml.UnsafeLoader))


def dump(data):
    return yaml.safe_dump(data, sort_keys=False)
