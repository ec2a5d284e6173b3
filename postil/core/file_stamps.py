"""Whether files stayed the same across a run that read them twice (ast-grep's CLI, then postil):
each file's size and modification time before the first read (postil's, where the results cache
read the file before the CLI), compared after the second, and the size postil read compared with
the size before; a file modified within a tick of its stamp counts as changed. A file that
differs was edited in between, so the first reader's byte offsets are not the second's text (see
scan._run_bulk)."""

from __future__ import annotations

import os
import time
from pathlib import Path

Stamp = tuple[int, int] | None  # (size, mtime in ns); None: it could not be stat'ed, or it is racy

# A file written this close to its stamp may be written again within the same tick of its file
# system's clock, the same size, and keep its stamp (git's "racy clean" entries): it is taken as
# changed. Second-granular file systems (their times hold no fraction) get two seconds.
RACY_NS = 20_000_000
RACY_COARSE_NS = 2_000_000_000


def stamp(path: Path) -> Stamp:
    """A file's size and modification time now; None when it cannot be stat'ed or was modified
    within a tick of now (see RACY_NS)."""
    try:
        return of(os.stat(path))
    except OSError:
        return None


def of(st: os.stat_result) -> Stamp:
    """The stamp of a file as ``st`` found it (see stamp)."""
    mtime = st.st_mtime_ns
    if mtime >= time.time_ns() - (RACY_NS if mtime % 1_000_000_000 else RACY_COARSE_NS):
        return None
    return st.st_size, mtime


def text_size(text: str) -> int:
    """The bytes of a text decoded exactly from UTF-8 (see core.decoding.decode_source)."""
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def changed(before: dict[Path, Stamp], read_sizes: dict[Path, int]) -> set[Path]:
    """The files of ``before`` whose stamp is not the same now, or whose text as read
    (``read_sizes``, where known) is not the size they had before."""
    out = set()
    for path, then in before.items():
        if then is None or stamp(path) != then or read_sizes.get(path, then[0]) != then[0]:
            out.add(path)
    return out
