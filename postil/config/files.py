"""Finding and reading config files: the nearest ``.postil.toml`` or ``pyproject.toml`` with
``[tool.postil]`` walking up from a path (one per directory), each parsed and validated once per
change, the user's own config file, and the files that may refuse a path to the model."""

from __future__ import annotations

import re
from contextlib import closing
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from postil.config.loaded import LoadedConfig
from postil.config.model import ConfigError, PostilConfig
from postil.core.gitcmd import enclosing_root
from postil.core.upward import nearest_up
from postil.core.schema import SchemaError
from postil.core.untrusted_toml import MAX_TOML_BYTES, TomlError, read_toml
from postil.core.walk import SkipFile, regular_pieces
from postil.trust_store import user_config_path

CONFIG_FILES = (".postil.toml", "pyproject.toml")
# what a pyproject.toml holding postil's settings names at the start of a line: the table (`[tool.postil]`,
# `[ tool . "postil" ]`, `[tool.postil.rules]`) or a dotted key (`tool.postil.select = [...]`); not in a comment
TABLE = re.compile(rb"""^[ \t]*(?:\[[ \t]*)?tool[ \t]*\.[ \t]*(?:postil|"postil"|'postil')[ \t]*[\].=]""", re.MULTILINE)
LINE_KEPT = 4 << 10  # the end of a piece read carried into the next, when it is the start of a line that short
TABLE_PIECE = 16 << 10  # bytes of a pyproject.toml read at a time looking for TABLE


def describe(error: SchemaError, path: Path, table: str) -> str:
    return f"{path}: [{table}] {error.key}: {error.problem}"


@dataclass(frozen=True)
class ConfigFile:
    """One config file, validated: what it sets (field names) and its exact bytes."""

    path: Path
    settings: PostilConfig
    content: bytes

    @property
    def values(self) -> dict:
        return self.settings.model_dump(exclude_unset=True)


_parsed: dict[Path, tuple[tuple[int, int], ConfigFile | None]] = {}


def parse_file(path: Path) -> ConfigFile | None:
    """Read and validate one config file (cached by mtime and size); None when it is a
    pyproject.toml without ``[tool.postil]``."""
    try:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = _parsed.get(path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        data, content = read_toml(path)
    except TomlError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    pasted = set(data) == {"tool"} and isinstance(data["tool"], dict) and "postil" in data["tool"]
    if path.name == "pyproject.toml" or pasted:  # other files: bare keys, or a pasted [tool.postil]
        table = data.get("tool", {}).get("postil")
        name = "tool.postil"
    else:
        table = data
        name = path.name
    if table is None:
        parsed = None
    elif not isinstance(table, dict):
        raise ConfigError(f"{path}: [{name}] must be a table")
    else:
        try:
            parsed = ConfigFile(path, PostilConfig.model_validate(table), content)
        except SchemaError as exc:
            raise ConfigError(describe(exc, path, name)) from None
    _parsed[path] = (stamp, parsed)
    return parsed


def parse_config(path: Path) -> LoadedConfig | None:
    """One config file on its own (no user config, no trust filtering); None when it is a
    pyproject.toml without ``[tool.postil]``."""
    parsed = parse_file(path)
    if parsed is None:
        return None
    return LoadedConfig(settings=parsed.settings, path=path, root=path.parent.resolve())


def user_config_file() -> Path | None:
    """The user config file when there is one (an unreadable config directory: none)."""
    path = user_config_path()
    try:
        return path if path.is_file() else None
    except OSError:
        return None


def user_file() -> ConfigFile | None:
    path = user_config_file()
    return parse_file(path) if path is not None else None


def config_in(directory: Path) -> Path | None:
    """The config file ``directory`` itself holds for postil (the first of CONFIG_FILES there; a
    pyproject.toml only with ``[tool.postil]``), None when none."""
    for name in CONFIG_FILES:
        candidate = directory / name
        if _is_file(candidate) and declares_postil(candidate):
            return candidate
    return None


@lru_cache(maxsize=256)
def _find_for_directory(directory: Path) -> Path | None:
    return nearest_up(directory, config_in, {})


@lru_cache(maxsize=256)
def git_root(directory: Path) -> Path | None:
    """The nearest directory at or above ``directory`` holding ``.git``."""
    return enclosing_root(directory)


def _is_file(path: Path) -> bool:
    """Whether a config file is there; a directory that cannot be searched has none we can use."""
    try:
        return path.is_file()
    except OSError:
        return False


def declares_postil(path: Path) -> bool:
    """Whether a config file found is postil's: a ``.postil.toml``, or a ``pyproject.toml`` naming
    ``tool.postil`` (TABLE) in its first MAX_TOML_BYTES (one holding the table and larger is refused by
    parse_file, with the reason). The pyproject is read in pieces only as far as the answer needs:
    to where the table is named, or to a NUL (TOML allows none: a sparse file's holes, which cost
    a checkout nothing and cost each directory's lookup a megabyte read)."""
    if path.name != "pyproject.toml":
        return True
    try:
        with closing(regular_pieces(path, MAX_TOML_BYTES - 1, piece=TABLE_PIECE)) as pieces:
            tail = b""
            for piece in pieces:
                nul = piece.find(b"\0")
                text = tail + (piece if nul < 0 else piece[:nul])
                if TABLE.search(text) is not None:
                    return True
                if nul >= 0:
                    return False
                tail = text[text.rfind(b"\n") + 1:]
                tail = tail if len(tail) <= LINE_KEPT else b""
    except (SkipFile, OSError):
        pass
    return False


def start_directory(start: Path) -> Path:
    start = start.resolve()
    return start if start.is_dir() else start.parent


def find_config_file(start: Path) -> Path | None:
    """The nearest config file for a file or directory, walking up."""
    return _find_for_directory(start_directory(start))


def above_git_root(config_path: Path, start: Path) -> bool:
    """Whether ``config_path`` sits in a directory above the git root of ``start``."""
    root = git_root(start_directory(start))
    return root is not None and config_path.parent.resolve() in root.parents

def one_file_per_directory(path: Path) -> None:
    """ConfigError when a discovered ``.postil.toml`` has a ``pyproject.toml`` with
    ``[tool.postil]`` beside it: only one would be read, so neither is (nothing is merged)."""
    pyproject = path.parent / "pyproject.toml"
    if path.name == ".postil.toml" and _is_file(pyproject) and declares_postil(pyproject):
        raise ConfigError(f"{path} and {pyproject} ([tool.postil]) both configure postil in one directory; "
                          "keep the settings in one of them (move the keys over and delete the other)")


def llm_refusal(path: Path) -> str | None:
    """Why no model may see ``path`` by the config files at or above it: one of them has
    ``llm.review = "off"`` or an ``llm.exclude`` matching it. These only narrow what is
    sent, so every such file counts, nested or not, trusted or not."""
    path = path.resolve()
    directory = path.parent
    while True:
        found = _find_for_directory(directory)
        if found is None:
            return None
        try:
            parsed = parse_file(found)
        except ConfigError:
            parsed = None
        if parsed is not None:
            llm = parsed.settings.llm
            if llm.review == "off":
                return f"llm.review is off in {found}"
            if llm.exclude and _spec(llm.exclude).match_file(
                    path.relative_to(found.parent.resolve()).as_posix()):
                return f"excluded by llm.exclude in {found}"
        if found.parent.resolve() == found.parent.resolve().parent:
            return None
        directory = found.parent.resolve().parent


@lru_cache(maxsize=64)
def _spec(patterns: tuple[str, ...]):
    from postil.core.walk import gitignore_spec

    return gitignore_spec(list(patterns))


def clear_config_cache() -> None:
    """Forget which config file applies where (after files were added or removed)."""
    _find_for_directory.cache_clear()
    git_root.cache_clear()
