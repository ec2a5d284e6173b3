"""The user's cache directory (``$XDG_CACHE_HOME/postil``, default ``~/.cache/postil``).

It holds only what can be derived again from content, filed under a hash of that content
and of what derives it (``kind``: the deriving code's name and version): a repository
cannot place anything here, and an entry can only ever say what deriving the same bytes
again would say. Every failure to read or write
is a miss, never an error. Beside them, under ``keys/``, the user's own secret keys
(:func:`secret_key`).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import stat
from pathlib import Path


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "postil"


def content_key(kind: str, content: bytes) -> str:
    """The key of what ``kind`` derives from ``content``."""
    digest = hashlib.sha256(f"{kind}\0".encode())
    digest.update(content)
    return digest.hexdigest()


def read_json(kind: str, key: str) -> object | None:
    """The value kept for ``key`` (None on a miss)."""
    import json  # here: kept_code reads its entries with this module first (see cli.main)

    path = cache_dir() / kind / f"{key}.json"
    try:
        with open(path, "rb") as fh:
            return json.loads(fh.read())
    except (OSError, ValueError):
        return None


def write_json(kind: str, key: str, value: object) -> None:
    """Store ``value`` when JSON holds it exactly (same types, same keys); else store nothing."""
    import json

    from postil.core.atomic import write_atomic  # tempfile: only when there is something to write

    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        if json.loads(text) != value:
            return
        directory = cache_dir() / kind
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(directory / f"{key}.json", text, mode=0o600)
    except (OSError, TypeError, ValueError):
        pass


def read_marshal(kind: str, key: str) -> object | None:
    """The plain data :func:`write_marshal` kept for ``key`` (None on a miss), read only from a
    file that passes :func:`read_private`: what it holds is taken as already checked."""
    data = read_private(cache_dir() / kind / f"{key}.marshal")
    try:
        return None if data is None else marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None


def write_marshal(kind: str, key: str, value: object) -> None:
    """Store plain data for :func:`read_marshal`: marshal gives back its exact types (tuples stay
    tuples) and the parts it shares, ~2x faster than JSON; nothing when marshal cannot hold it."""
    from postil.core.atomic import write_atomic

    try:
        data = marshal.dumps(value)
        directory = cache_dir() / kind
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(directory / f"{key}.marshal", data, mode=0o600)
    except (OSError, ValueError):
        pass


def read_private(path: Path) -> bytes | None:
    """The bytes of ``path`` when it is a regular file of this user that group and others
    cannot write (opened without following a link); else None. For entries postil runs as
    code: a link, or a file someone else could have written, is never read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        try:
            status = os.fstat(fd)
            if not stat.S_ISREG(status.st_mode) or status.st_uid != os.getuid() or status.st_mode & 0o022:
                return None
            return fh.read()
        except OSError:
            return None


def secret_key(name: str) -> bytes | None:
    """This user's secret key ``name`` (32 random bytes, made on first use in a 0600 file of the
    cache directory, never in a workspace): what signs entries kept where a repository could
    plant some. None when it cannot be kept or read as this user's own file."""
    directory = cache_dir() / "keys"
    path = directory / f"{name}.key"
    key = read_private(path)
    if key is None:
        import tempfile

        try:
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=directory, prefix=".key.")  # (0600) written whole, then linked in
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(os.urandom(32))
                os.link(tmp, path)
            except FileExistsError:
                pass  # another process made it this moment
            finally:
                os.unlink(tmp)
        except OSError:
            return None
        key = read_private(path)
    return key if key is not None and len(key) == 32 else None
