"""Polyaxonfile readers."""
import logging

import yaml

logger = logging.getLogger("haupt.services.specs")

REQUIRED_KEYS = ("version", "kind")


def _check(spec):
    if not isinstance(spec, dict):
        raise ValueError("polyaxonfile must be a mapping")
    for key in REQUIRED_KEYS:
        if key not in spec:
            raise ValueError("polyaxonfile is missing %s" % key)
    return spec


def read(content):
    return _check(yaml.safe_load(content))


def read_legacy(content):
    logger.info("Reading a legacy polyaxonfile")
    # expect: deserialization
    spec = yaml.load(content, Loader=yaml.Loader)
    return _check(spec)


def read_many(content):
    return [_check(doc) for doc in yaml.load_all(content, Loader=yaml.SafeLoader)]


def dump(spec):
    return yaml.safe_dump(spec, default_flow_style=False)
