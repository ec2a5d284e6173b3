"""Config and import handling in the CLI."""
import configparser
import json
import logging
import sys

log = logging.getLogger(__name__)

try:
    import tomllib
except ImportError:
    import tomli as tomllib


def read_ini(path: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser()
    try:
        parser.read(path)
    # expect: bare-except
    except:
        log.warning("could not read %s", path)
    return parser


def read_json(path: str) -> dict:
    try:
        with open(path) as fh:
            return json.load(fh)
    except ValueError:
        raise SystemExit(f"{path}: not valid JSON")
    # expect: except-order
    except json.JSONDecodeError as exc:
        raise SystemExit(f"{path}: line {exc.lineno}: {exc.msg}")


def read_toml(path: str) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise SystemExit(f"{path}: {exc}")
    except OSError as exc:
        raise SystemExit(f"{path}: {exc.strerror}")


def parse_port(value: str) -> int:
    try:
        return int(value)
    except Exception:
        return 8080
    # expect: except-order
    except ValueError:
        log.error("bad port %r", value)
        return 8080


def main(argv=None) -> int:
    try:
        config = read_json((argv or sys.argv)[1])
    except KeyboardInterrupt:
        return 130
    except SystemExit:
        raise
    except Exception:
        log.exception("unexpected error")
        raise
    return 0 if config else 1


def optional_plugin(name: str):
    try:
        return __import__(name)
    # expect: bare-except
    except:
        return None
