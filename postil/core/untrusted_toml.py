"""TOML a repository wrote (its config file, a gitleaks configuration it names): read as a
regular file within a size bound (a FIFO would block the read forever, a sparse 4 GB file fill
memory), parsed without letting deep nesting end the process (``tomllib`` recurses once a
nested array or inline table: ``x = [[[...`` past ~1,000 levels raised RecursionError out of
every command)."""

from __future__ import annotations

from pathlib import Path

from postil.core.walk import SkipFile, read_regular

MAX_TOML_BYTES = 1_000_000


class TomlError(ValueError):
    """A TOML file not read or not valid; the message says why (without the file's name)."""


def read_toml(path: Path, limit: int = MAX_TOML_BYTES) -> tuple[dict, bytes]:
    """(the parsed document, its bytes) of the regular file ``path``; TomlError otherwise."""
    try:
        content = read_regular(path, limit, "the limit for TOML files")
    except SkipFile as exc:
        raise TomlError(f"not read: {exc}") from None
    except OSError as exc:
        raise TomlError(f"cannot read: {exc}") from None
    return loads_toml(content), content


def loads_toml(content: bytes) -> dict:
    """``content`` parsed as TOML; TomlError when it is not UTF-8, not TOML, or nested too deeply."""
    import tomllib  # here: most runs read no TOML (~3 ms of start-up)

    try:
        return tomllib.loads(content.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise TomlError(f"cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise TomlError(f"invalid TOML: {exc}") from None
    except RecursionError:
        raise TomlError("invalid TOML: arrays or inline tables nested too deeply to read") from None
