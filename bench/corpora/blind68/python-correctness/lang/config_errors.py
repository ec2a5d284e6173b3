"""Loading and checking the service configuration file."""
import json
import os


class ConfigError(Exception):
    pass


REQUIRED_KEYS = ("database_url", "queue_url", "region")


def load(path):
    if not os.path.exists(path):
        # expect: raise-non-exception
        raise "config file not found: " + path
    with open(path) as fh:
        return json.load(fh)


def check(config):
    missing = [key for key in REQUIRED_KEYS if key not in config]
    if missing:
        # expect: raise-non-exception
        raise f"missing config keys: {', '.join(missing)}"
    if config["region"] not in ("eu-west-1", "us-east-1"):
        # expect: raise-non-exception
        raise "unsupported region %s" % config["region"]
    return config


def port_from(config):
    port = int(config.get("port", 8080))
    if not 0 < port < 65536:
        # expect: raise-non-exception
        raise 2
    return port


def require_https(config):
    if not config["queue_url"].startswith("https://"):
        # expect: raise-non-exception
        raise "queue_url must use https"
    return config["queue_url"]


def load_checked(path):
    try:
        config = load(path)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"invalid JSON in {path}") from exc
    if "region" not in config:
        raise ConfigError("region is required")
    return check(config)


def main():
    try:
        load_checked(os.environ.get("SERVICE_CONFIG", "/etc/service.json"))
    except ConfigError as exc:
        print(exc)
        raise SystemExit(2)
