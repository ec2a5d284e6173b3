"""A directory of a hostile repository holding a huge number of entries (500,000 generated names beside
a checked file) was read, typed and sorted whole by the near-file listing behind each checked file's
importer search (`core.reads` entries): it reads a bounded number now."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postil.analyzers.rules.taint_callers import NEAR_FILES, near_files

pytestmark = pytest.mark.slow  # (20,000 files written)

ENTRIES = 20_000


class _Counted:
    """os.scandir's iterator, counting the entries taken from it."""

    taken = 0

    def __init__(self, path):
        self._it = _REAL_SCANDIR(path)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._it.close()

    def __iter__(self):
        return self

    def __next__(self):
        entry = next(self._it)
        _Counted.taken += 1
        return entry


_REAL_SCANDIR = os.scandir


def test_a_directory_of_many_entries_is_listed_in_part(tmp_path: Path, monkeypatch):
    crowded = tmp_path / "src"
    crowded.mkdir()
    for i in range(ENTRIES):
        (crowded / f"gen{i:05}.txt").touch()
    (crowded / "app.js").write_text("module.exports = {};\n")
    monkeypatch.setattr(os, "scandir", _Counted)
    _Counted.taken = 0
    found = near_files(crowded, tmp_path)
    assert _Counted.taken <= ENTRIES // 2 + 1, _Counted.taken  # (read whole before: 20,001)
    assert len(found) <= NEAR_FILES
