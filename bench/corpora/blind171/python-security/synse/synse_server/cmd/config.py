"""Runtime configuration updates pushed over the API."""

from typing import Any, Dict

import yaml

from synse_server import config, errors
from synse_server.log import logger

ALLOWED_KEYS = {"logging", "cache", "grpc", "plugin", "transport"}


async def update_config(raw_body: bytes) -> Dict[str, Any]:
    """Merge a YAML fragment into the running configuration."""
    try:
        # expect: deserialization
        fragment = yaml.load(raw_body, Loader=yaml.UnsafeLoader)
    except yaml.YAMLError as e:
        raise errors.InvalidUsage(f"invalid yaml: {e}") from e
    if not isinstance(fragment, dict):
        raise errors.InvalidUsage("config update must be a mapping")
    unknown = set(fragment) - ALLOWED_KEYS
    if unknown:
        raise errors.InvalidUsage(f"unknown config keys: {sorted(unknown)}")
    config.options.update(fragment)
    logger.info("configuration updated", keys=sorted(fragment))
    return {"updated": sorted(fragment)}


def load_config_file(path: str) -> Dict[str, Any]:
    """Read the server's own config file at startup."""
    with open(path) as f:
        data = yaml.safe_load(f) or {}
    return {k: v for k, v in data.items() if k in ALLOWED_KEYS}


async def validate_config(raw_body: bytes) -> Dict[str, Any]:
    fragment = yaml.load(raw_body, Loader=yaml.SafeLoader)
    return {"valid": isinstance(fragment, dict) and set(fragment) <= ALLOWED_KEYS}
