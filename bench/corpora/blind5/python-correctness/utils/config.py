"""Config loader shared by the CLI and the server."""
import os
import sys
from typing import Any

DEFAULTS = {"port": 8000, "workers": 2, "log_level": "info"}


def env_overrides(prefix="APP_", into={}):
    for key, value in os.environ.items():
        if key.startswith(prefix):
            # expect: mutable-default-mutated
            into[key[len(prefix):].lower()] = value
    return into


def merged(overrides=None):
    cfg = dict(DEFAULTS)
    cfg.update(overrides or {})
    return cfg


def require(cfg: dict, key: str) -> Any:
    if key not in cfg:
        print(f"missing config key {key}", file=sys.stderr)
        # expect: exit-in-library
        exit(2)
    return cfg[key]


def port(cfg: dict) -> int:
    value = cfg.get("port", 8000)
    if isinstance(value, str):
        value = int(value)
    return value
    # expect: unreachable-code
    raise ValueError("port")


def workers(cfg: dict) -> int:
    return max(1, int(cfg.get("workers", 2)))


class Endpoint:
    def __init__(self, host: str, port: int):
        self.host = host
        self.port = port

    def __eq__(self, other):
        if not isinstance(other, Endpoint):
            return NotImplemented
        # expect: self-comparison
        return self.host == other.host and other.port == other.port

    def __hash__(self):
        return hash((self.host, self.port))


def log_level(cfg: dict) -> str:
    level = cfg.get("log_level", "info")
    # expect: is-literal-comparison
    if level is "debug":
        return "DEBUG"
    return level.upper()


def ratio(a: float) -> bool:
    return a != a  # NaN check on a float is intentional


def debug_dump(cfg):
    if os.environ.get("APP_DEBUG_BREAK"):
        # expect: debugger-left-in
        breakpoint()
    return sorted(cfg.items())
