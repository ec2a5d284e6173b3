"""Loads plugin manifests and job specs uploaded by users of the automation portal."""
import io

import ruamel.yaml
from ruamel.yaml import YAML


def load_plugin_manifest(uploaded_bytes):
    # expect: deserialization
    yaml = YAML(typ="unsafe")
    return yaml.load(io.BytesIO(uploaded_bytes))


def load_job_spec(request_body):
    # expect: deserialization
    loader = ruamel.yaml.YAML(typ="unsafe")
    return loader.load(request_body)


def load_shared_snippet(text):
    # expect: deserialization
    return YAML(typ="unsafe", pure=True).load(text)


def load_plugin_manifest_safe(uploaded_bytes):
    yaml = YAML(typ="safe")
    return yaml.load(io.BytesIO(uploaded_bytes))


def load_job_spec_roundtrip(request_body):
    yaml = YAML()
    yaml.preserve_quotes = True
    return yaml.load(request_body)


def load_defaults(path):
    with open(path) as fh:
        return YAML(typ="rt").load(fh)
