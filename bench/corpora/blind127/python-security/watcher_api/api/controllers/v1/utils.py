"""Helpers of the v1 controllers (watcher.api.controllers.v1.utils in the real project)."""
import json

import wsme
import yaml


def validate_sort_dir(sort_dir):
    if sort_dir not in ("asc", "desc"):
        raise wsme.exc.ClientSideError("invalid sort direction")
    return sort_dir


def load_scope(text, fmt):
    if fmt == "json":
        return json.loads(text)
    if fmt == "yaml-safe":
        return yaml.safe_load(text)
    # expect: deserialization
    return yaml.load(text, Loader=yaml.Loader)
