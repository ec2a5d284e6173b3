"""Config loading with its error paths."""
import json


class ConfigError(Exception):
    pass


def load(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    except FileNotFoundError:
        # expect: raise-not-exception
        raise "config file missing: " + path


def port(config):
    value = config.get("port")
    if not isinstance(value, int):
        # expect: raise-not-exception
        raise "port must be an integer"
    if value < 1024:
        raise ConfigError("port %d is privileged" % value)
    return value


def require(config, key):
    if key not in config:
        raise KeyError(key)
    return config[key]
