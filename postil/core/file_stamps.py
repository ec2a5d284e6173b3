"""Whether files stayed the same across a run that read them twice (ast-grep's CLI, then postil):
each file's size and modification time before the first read, compared after the second, and the
size postil read compared with the size before. A file that differs was edited in between, so the
first reader's byte offsets are not the second's text (see scan._run_bulk)."""

from __future__ import annotations

import os
from pathlib import Path

Stamp = tuple[int, int] | None  # (size, mtime in ns); None: it could not be stat'ed


def stamp(path: Path) -> Stamp:
    """A file's size and modification time now."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


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
