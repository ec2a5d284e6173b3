"""`subs config` subcommands: show, get, set."""
from __future__ import annotations

import argparse
import json
import os
import sys
import tomllib
from pathlib import Path
from typing import Any

DEFAULT_PATH = Path(os.environ.get("SUBS_CONFIG", Path.home() / ".config" / "subs" / "config.toml"))


class ConfigError(Exception):
    """Raised for a config file that cannot be read; the CLI prints it and exits 2."""


def load(path: Path = DEFAULT_PATH) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}; fix the file or delete it to start over") from exc


def get(config: dict[str, Any], dotted: str) -> Any:
    node: Any = config
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(dotted)
        node = node[part]
    return node


def set_value(config: dict[str, Any], dotted: str, value: Any) -> dict[str, Any]:
    parts = dotted.split(".")
    node = config
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value
    return config


def parse_value(raw: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def dump_toml(config: dict[str, Any], prefix: str = "") -> list[str]:
    scalars = [(k, v) for k, v in config.items() if not isinstance(v, dict)]
    tables = [(k, v) for k, v in config.items() if isinstance(v, dict)]
    lines = [f"{k} = {json.dumps(v)}" for k, v in scalars]
    for key, table in tables:
        name = f"{prefix}.{key}" if prefix else key
        lines += ["", f"[{name}]"] + dump_toml(table, name)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="subs config")
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("show")
    g = sub.add_parser("get")
    g.add_argument("key")
    s = sub.add_parser("set")
    s.add_argument("key")
    s.add_argument("value")
    args = parser.parse_args(argv)
    try:
        config = load()
    except ConfigError as exc:
        print(f"subs: {exc}", file=sys.stderr)
        return 2
    if args.cmd == "show":
        print("\n".join(dump_toml(config)))
    elif args.cmd == "get":
        try:
            print(json.dumps(get(config, args.key)))
        except KeyError:
            print(f"subs: no such key {args.key!r}", file=sys.stderr)
            return 1
    else:
        set_value(config, args.key, parse_value(args.value))
        DEFAULT_PATH.parent.mkdir(parents=True, exist_ok=True)
        DEFAULT_PATH.write_text("\n".join(dump_toml(config)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
