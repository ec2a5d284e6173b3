"""Finding each directory's config asks its ``pyproject.toml`` whether it holds ``[tool.postil]``, and read
the first megabyte of every one to answer: a checkout of 20,000 directories, each with a sparse 1 MB
pyproject.toml (no disk used), cost 20 GB of reads before a file was checked. The question is now
answered as the file is read, in pieces: it stops where the table is named, and where a NUL shows
the file is no TOML (a sparse file's holes; TOML allows no NUL anywhere). Bytes read are counted."""

from __future__ import annotations

import os
from pathlib import Path

from postil.analyzers.checker import CheckerCache

DIRECTORIES = 40
SPARSE = 1 << 20


def _count_reads(monkeypatch) -> list[int]:
    """Bytes each `os.read` call gave until ``monkeypatch.undo()``."""
    sizes: list[int] = []
    real = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: sizes.append(len(data := real(fd, n))) or data)
    return sizes


def _tree(root: Path, pyproject) -> list[Path]:
    (root / ".git").mkdir(parents=True)
    files = []
    for i in range(DIRECTORIES):
        directory = root / f"pkg{i}"
        directory.mkdir()
        pyproject(directory / "pyproject.toml")
        (directory / "m.py").write_text("x = 1\n")
        files.append(directory / "m.py")
    return files


def _sparse(path: Path) -> None:
    with open(path, "wb") as out:
        out.write(b"[project]\nname = 'x'\n")
        out.truncate(SPARSE)


def test_sparse_pyprojects_are_not_read_to_their_limit(tmp_path: Path, monkeypatch):
    files = _tree(tmp_path, _sparse)
    sizes = _count_reads(monkeypatch)
    cache = CheckerCache()
    configs = {cache.for_path(path).loaded.path for path in files}
    monkeypatch.undo()
    assert configs == {None}  # (no [tool.postil] anywhere: defaults)
    assert sum(sizes) < DIRECTORIES * (64 << 10), f"{sum(sizes):,} bytes read"  # main: 40 x 1 MB


def test_the_table_is_found_where_it_is_named(tmp_path: Path, monkeypatch):
    def declaring(path: Path) -> None:  # the table after 300 KB of other tools' settings
        path.write_text("[project]\nname = 'x'\n" + "# other tools\n" * 24_000 + "[tool.postil]\nselect = ['python']\n")

    files = _tree(tmp_path, declaring)
    sizes = _count_reads(monkeypatch)
    cache = CheckerCache()
    configs = {cache.for_path(path).loaded.path for path in files}
    monkeypatch.undo()
    assert configs == {path.parent / "pyproject.toml" for path in files}
    assert sum(sizes) < DIRECTORIES * 2 * 400_000  # read to the table to find it, then parsed
