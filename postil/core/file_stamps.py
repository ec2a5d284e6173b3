"""Whether files stayed the same across a run that read them twice (ast-grep's CLI, then postil):
each file's size and modification time before the first read (postil's, where the results cache
read the file before the CLI), compared after the second, and the size postil read compared with
the size before. A file that differs was edited in between, so the first reader's byte offsets are
not the second's text (see scan._run_bulk).

A same-size edit within one tick of the file system's clock keeps the mtime (git's "racy clean"
entries): a file modified since the run began counts as changed. A file modified before it is
not (a tree written just before its check keeps its bulk records), unless its times hold no
fraction: such a file system's tick may be two seconds."""

from __future__ import annotations

import os
import time
from pathlib import Path

Stamp = tuple[int, int] | None  # (size, mtime in ns); None: it could not be stat'ed

# A file system whose clock runs ahead of ours (a network server's) stamps files this far in our
# future at most; a later mtime cannot be met again by an edit during a run (a far-future mtime,
# as a tarball may carry, is not taken for an edit forever).
AHEAD_NS = 60 * 10**9
COARSE_TICK_NS = 2 * 10**9  # where mtimes hold no fraction (FAT's two seconds, some network file systems')
_COARSE_CLOCK = getattr(time, "CLOCK_REALTIME_COARSE", None)


def now() -> int:
    """Now on the clock files are stamped by (Linux: the coarse real-time clock, whose tick a
    file's mtime is; elsewhere the real-time clock)."""
    return time.clock_gettime_ns(_COARSE_CLOCK) if _COARSE_CLOCK is not None else time.time_ns()


def stamp(path: Path) -> Stamp:
    """A file's size and modification time now."""
    try:
        return of(os.stat(path))
    except OSError:
        return None


def of(st: os.stat_result) -> Stamp:
    """The stamp of a file as ``st`` found it (see stamp)."""
    return st.st_size, st.st_mtime_ns


def text_size(text: str) -> int:
    """The bytes of a text decoded exactly from UTF-8 (see core.decoding.decode_source)."""
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def changed(before: dict[Path, Stamp], read_sizes: dict[Path, int], began: int) -> set[Path]:
    """The files of ``before`` whose stamp is not the same now, or whose text as read
    (``read_sizes``, where known) is not the size they had before, or that were modified since
    the run ``began`` (see now): an edit there may have kept the stamp."""
    ended = time.time_ns()
    out = set()
    for path, then in before.items():
        if then is None or _racy(then[1], began, ended) or stamp(path) != then or read_sizes.get(path, then[0]) != then[0]:
            out.add(path)
    return out


def _racy(mtime: int, began: int, ended: int) -> bool:
    """Whether a file stamped ``mtime`` may have been written again, the same size, keeping it, in a
    run from ``began`` to ``ended``: its tick may be the one an edit in the run is stamped with."""
    tick = COARSE_TICK_NS if mtime % 10**9 == 0 else 0
    return began - tick <= mtime <= ended + AHEAD_NS
