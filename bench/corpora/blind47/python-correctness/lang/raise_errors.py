"""Validation for the importer's configuration file."""
import sys

SUPPORTED = ("csv", "json", "parquet")
EXIT_USAGE = 2


class ConfigError(ValueError):
    pass


def check_format(fmt):
    if fmt not in SUPPORTED:
        # expect: raise-non-exception
        raise "unsupported format: %s" % fmt
    return fmt


def check_batch_size(size):
    if size <= 0:
        # expect: raise-non-exception
        raise "batch size must be positive"
    return size


def require_columns(row, columns):
    missing = [c for c in columns if c not in row]
    if missing:
        # expect: raise-non-exception
        raise f"missing columns: {', '.join(missing)}"


def main(argv):
    if len(argv) < 2:
        print("usage: importer CONFIG", file=sys.stderr)
        # expect: raise-non-exception
        raise 2
    return argv[1]


def check_encoding(encoding):
    if encoding.lower() not in ("utf-8", "latin-1"):
        raise ConfigError(f"unsupported encoding: {encoding}")
    return encoding


def usage_exit():
    raise SystemExit(EXIT_USAGE)


def load(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}") from exc
