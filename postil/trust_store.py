"""The user's side of postil's settings: the user config file and the trust store.

``$XDG_CONFIG_HOME/postil/config.toml`` (default ``~/.config/postil/config.toml``) holds
the user's own settings, same keys as ``.postil.toml``. ``trusted.json`` beside it
records the repository config files the user allowed (``postil trust``) by real path and
SHA-256 of their content, like direnv and mise: a file whose content changed is not
trusted any more. Nothing here reads a repository; ``postil.config`` decides what a
trusted or untrusted file may set.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from postil.core.atomic import write_atomic

TRUST_FILE = "trusted.json"


def user_config_dir() -> Path:
    """``$XDG_CONFIG_HOME/postil``, else ``~/.config/postil``."""
    base = os.environ.get("XDG_CONFIG_HOME", "").strip()
    return (Path(base) if base and Path(base).is_absolute() else Path.home() / ".config") / "postil"


def user_config_path() -> Path:
    return user_config_dir() / "config.toml"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _store_path() -> Path:
    return user_config_dir() / TRUST_FILE


_cache: dict[Path, tuple[tuple[int, int], dict[str, str]]] = {}


def trusted_files() -> dict[str, str]:
    """Real path -> SHA-256 of every trusted config file (an unreadable store trusts nothing)."""
    path = _store_path()
    try:
        stat = path.stat()
    except OSError:
        return {}
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = {str(k): str(v) for k, v in data.get("files", {}).items()}
    except (OSError, ValueError, AttributeError):
        files = {}
    _cache[path] = (stamp, files)
    return files


def is_trusted(real_path: Path, content: bytes) -> bool:
    return trusted_files().get(str(real_path)) == digest(content)


def _write(files: dict[str, str]) -> None:
    path = _store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps({"files": dict(sorted(files.items()))}, indent=2) + "\n", mode=0o600)
    _cache.pop(path, None)


def record(paths: list[Path]) -> dict[str, str]:
    """Trust ``paths`` as they are now (real paths, content hashes); returns what was recorded."""
    files = dict(trusted_files())
    added = {str(p.resolve()): digest(p.resolve().read_bytes()) for p in paths}
    files.update(added)
    _write(files)
    return added


def revoke(under: Path) -> list[str]:
    """Forget every trusted file inside ``under`` (a workspace) or equal to it; returns them."""
    under = under.resolve()
    files = dict(trusted_files())
    gone = [p for p in files if Path(p) == under or under in Path(p).parents]
    for p in gone:
        del files[p]
    if gone:
        _write(files)
    return gone
