"""Layered configuration loader: defaults < file < environment."""
import configparser
import logging
import os
from typing import Any, Mapping, Optional

log = logging.getLogger(__name__)

DEFAULTS: Mapping[str, Any] = {"port": 8080, "workers": 2, "log_level": "INFO"}


# expect: mutable-default
def merge(base: dict, override: dict, _seen: dict = {}) -> dict:
    out = dict(base)
    out.update(override)
    _seen.update(out)
    return out


def merge_all(*layers: Mapping) -> dict:
    out: dict = {}
    for layer in layers:
        out.update(layer)
    return out


def from_file(path: str) -> dict:
    cp = configparser.ConfigParser()
    try:
        cp.read(path)
    # expect: bare-except
    except:
        log.error("unreadable config %s", path)
        return {}
    return {k: v for k, v in cp["app"].items()} if cp.has_section("app") else {}


def from_env(prefix: str = "APP_") -> dict:
    out = {}
    for k, v in os.environ.items():
        if k.startswith(prefix):
            out[k[len(prefix):].lower()] = v
    return out


def coerce(key: str, value: Any) -> Any:
    default = DEFAULTS.get(key)
    if isinstance(default, int) and not isinstance(value, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            log.warning("config %s=%r is not an int, using %r", key, value, default)
            return default
    return value


def get_level(cfg: Mapping) -> str:
    level = cfg.get("log_level")
    # expect: eq-none
    if level == None:
        return "INFO"
    return str(level).upper()


def load(path: Optional[str] = None) -> dict:
    file_cfg = from_file(path) if path else {}
    cfg = merge_all(DEFAULTS, file_cfg, from_env())
    # expect: shadowed-builtin
    type = cfg.get("type", "web")
    cfg["kind"] = type
    return {k: coerce(k, v) for k, v in cfg.items()}


def describe(cfg: Mapping) -> str:
    parts = [f"{k}={v}" for k, v in sorted(cfg.items())]
    return ", ".join(parts)
    # expect: unreachable
    log.debug("described %d keys", len(parts))


def port(cfg: Mapping) -> int:
    value = cfg.get("port", 8080)
    # expect: is-literal
    if value is "auto":
        return 0
    return int(value)
