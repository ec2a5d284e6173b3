"""The one way postil writes a file: a new temporary file beside the target, made with
``mkstemp`` (``O_CREAT|O_EXCL|O_NOFOLLOW``: it never opens an existing name or a link),
written, flushed to disk and renamed over the target.

A target that is a symbolic link, or anything but a regular file, is refused, as is a
target whose real directory lies outside ``root`` when one is given: a repository
cannot steer a write through a committed link. The target's permission bits are kept.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class WriteRefused(OSError):
    """postil will not write this path (a link, not a regular file, or outside the workspace)."""


def inside(path: str | os.PathLike, root: str | os.PathLike) -> bool:
    """Whether ``path``'s real location is ``root``'s real location or below it."""
    return within(os.path.realpath(path), os.path.realpath(root))


def within(real: str, base: str) -> bool:
    """Whether the resolved path ``real`` is the resolved directory ``base`` or below it."""
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def check_target(target: str | os.PathLike, root: str | os.PathLike | None = None) -> os.stat_result | None:
    """The target's ``lstat`` (None when it does not exist yet); WriteRefused when postil
    must not write it."""
    target = Path(target)
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        st = None
    if st is not None and stat.S_ISLNK(st.st_mode):
        raise WriteRefused(f"{target} is a symbolic link; postil never writes through links")
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise WriteRefused(f"{target} is not a regular file")
    if root is not None and not inside(target.parent, root):
        raise WriteRefused(f"{target} is outside the workspace {root}")
    return st


def write_atomic(target: str | os.PathLike, data: bytes | str, *, root: str | os.PathLike | None = None,
                 mode: int | None = None) -> None:
    """Replace (or create) ``target`` with ``data`` (str is written as UTF-8, newlines as given).

    ``mode``: the written file's permission bits (default: the existing file's, else 0o666
    less the umask)."""
    target = Path(target)
    st = check_target(target, root)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    if mode is not None:
        bits = mode
    else:
        bits = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
    import tempfile  # here: most commands write nothing (it imports random, ~1 ms of start-up)

    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:40]}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fchmod(fh.fileno(), bits)
            os.fsync(fh.fileno())
        check_target(target, root)  # still not a link at the moment of the rename
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dir_fd = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
