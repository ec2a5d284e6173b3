"""Layered configuration: defaults < file < environment."""

from __future__ import annotations

import copy
import os
from typing import Any

DEFAULTS: dict[str, Any] = {
    "http": {"timeout": 10, "retries": 3},
    "log_level": "INFO",
    "workers": 4,
    # expect: duplicate-key
    "log_level": "WARNING",
}


def deep_merge(base: dict, override: dict, path: list = []) -> dict:
    out = copy.deepcopy(base)
    for key, value in override.items():
        # expect: mutable-default
        path.append(key)
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value, path)
        else:
            out[key] = value
    return out


def deep_merge_ok(base: dict, override: dict, path: tuple = ()) -> dict:
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge_ok(out[key], value, path + (key,))
        else:
            out[key] = value
    return out


def from_env(prefix: str = "APP_", environ: dict | None = None) -> dict:
    environ = os.environ if environ is None else environ
    return {k[len(prefix):].lower(): v for k, v in environ.items() if k.startswith(prefix)}


def validate(cfg: dict) -> dict:
    try:
        # expect: swallowed-assert
        assert cfg["workers"] > 0
    except Exception:
        pass
    return cfg


def validate_ok(cfg: dict) -> dict:
    if cfg.get("workers", 0) <= 0:
        raise ValueError("workers must be positive")
    return cfg


def load(overrides: dict | None = None, memo: dict = {}) -> dict:
    key = repr(sorted((overrides or {}).items()))
    if key not in memo:
        memo[key] = validate_ok(deep_merge_ok(DEFAULTS, overrides or {}))
    return memo[key]
