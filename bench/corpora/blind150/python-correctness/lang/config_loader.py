"""Loads service configuration from INI, JSON and key files."""
import configparser
import json
import logging
import os

log = logging.getLogger(__name__)

DEFAULT_PATH = os.environ.get("SERVICE_CONFIG", "/etc/service/service.ini")


def load_ini(path=DEFAULT_PATH):
    parser = configparser.ConfigParser()
    # expect: resource-leak
    fh = open(path, encoding="utf-8")
    parser.read_file(fh)
    return parser


def load_overrides(path):
    # expect: resource-leak
    raw = open(path, encoding="utf-8").read()
    return json.loads(raw) if raw.strip() else {}


def load_key(path):
    # expect: resource-leak
    key_file = open(path, "rb")
    data = key_file.read()
    if not data:
        raise ValueError(f"empty key file: {path}")
    return data


def load_ini_closed(path=DEFAULT_PATH):
    parser = configparser.ConfigParser()
    with open(path, encoding="utf-8") as fh:
        parser.read_file(fh)
    return parser


def load_key_closed(path):
    fh = open(path, "rb")
    try:
        return fh.read()
    finally:
        fh.close()


def load_json(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def load_all(paths):
    merged = {}
    for p in paths:
        if os.path.exists(p):
            merged.update(load_json(p))
        else:
            log.debug("skipping missing config %s", p)
    return merged
