"""Report rendering: idiomatic code with the lookalikes of common mistakes, none of them bugs."""
import contextlib
import functools
import os
import tempfile
from typing import Iterator, Sequence

SEPARATORS = (
    "-" * 40,
    "=" * 40,
)
LONG_HEADER = (
    "Revenue by region and day, "
    "excluding refunds"
)


@functools.lru_cache(maxsize=64)
def column_width(name: str) -> int:
    return max(8, len(name) + 2)


def rows(data: Sequence[dict]) -> Iterator[str]:
    for row in data:
        yield " | ".join(str(row[k]).ljust(column_width(k)) for k in row)


def render(data: Sequence[dict], out_path: str) -> str:
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(out_path), suffix=".tmp")
    with os.fdopen(fd, "w") as fh:
        fh.write(LONG_HEADER + "\n" + SEPARATORS[0] + "\n")
        for line in rows(data):
            fh.write(line + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, out_path)
    return out_path


def dedupe(items: list) -> list:
    seen = set()
    out = []
    for item in items:
        if item in seen:
            continue
        seen.add(item)
        out.append(item)
    return out


def strip_prefix(s: str) -> str:
    return s.lstrip("#").strip()


def is_blank(s: str) -> bool:
    return s == ""


def cleanup(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)


def renumber(mapping: dict) -> dict:
    for i, key in enumerate(sorted(mapping)):
        mapping[key] = i
    return mapping
