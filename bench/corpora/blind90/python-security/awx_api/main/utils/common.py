import json

import yaml


def parse_yaml_or_json(vars_str):
    try:
        return json.loads(vars_str)
    except ValueError:
        return yaml.safe_load(vars_str) or {}


def parse_yaml_unsafe(vars_str):
    # expect: deserialization
    return yaml.load(vars_str, Loader=yaml.Loader) or {}
