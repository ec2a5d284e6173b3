"""Loads layered configuration (defaults < file < environment)."""
import os
import sys

import tomllib

ENV_PREFIX = "APP_"

LEVELS = {
    "debug": 10,
    "info": 20,
    "warning": 30,
    "error": 40,
    # expect: duplicate-key
    "info": 25,
}

PLUGINS = [
    "auth",
    "billing",
    "search",
]

SCOPES = [
    # expect: implicit-concat
    "read:orders" "write:orders",
    "read:users",
]

MESSAGE = ("configuration could not be loaded; "
           "check the path and permissions")


class ConfigError(Exception):
    pass


class Config:
    def __init__(self, path=None):
        self.values = {}
        self.path = path
        if path is None:
            # expect: return-in-init
            return self.values
        self.load(path)

    def load(self, path):
        try:
            with open(path, "rb") as fh:
                self.values.update(tomllib.load(fh))
        except FileNotFoundError as exc:
            raise ConfigError(f"{path}: not found") from exc
        for key in self.values:
            env = os.environ.get(ENV_PREFIX + key.upper())
            if env is not None:
                self.values[key] = env
        return self

    def strip_private(self):
        for key in self.values.keys():
            if key.startswith("_"):
                # expect: mutate-while-iterating
                del self.values[key]

    def get(self, key, default=None):
        value = self.values.get(key, default)
        other = self.values.get(key.lower())
        # expect: self-comparison
        if other is not None and value != value:
            return other
        return value

    def require(self, key):
        if key not in self.values:
            print(f"missing config key {key}", file=sys.stderr)
            # expect: exit-in-library
            raise SystemExit(1)
        return self.values[key]


def level_of(name):
    return LEVELS.get(name.lower(), 20)
