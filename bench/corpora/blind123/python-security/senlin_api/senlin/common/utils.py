"""Spec parsing helpers."""
import json

import yaml


def parse_spec(spec, fmt):
    if fmt == "json":
        return json.loads(spec)
    if fmt == "yaml-safe":
        return yaml.safe_load(spec)
    # expect: deserialization
    return yaml.load(spec, Loader=yaml.Loader)
