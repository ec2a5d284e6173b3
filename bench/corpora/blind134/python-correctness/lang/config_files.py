"""Reads and writes the agent's local configuration files."""
import json
import tomllib


def read_settings(path):
    # expect: open-encoding
    with open(path) as fh:
        return json.load(fh)


def write_settings(path, settings):
    # expect: open-encoding
    with open(path, "w") as fh:
        json.dump(settings, fh, indent=2)


def append_history(path, line):
    # expect: open-encoding
    with open(path, mode="a") as fh:
        fh.write(line + "\n")


def read_settings_safe(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def read_toml(path):
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def write_notes(path, text):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
