"""Finding a directory's config reads a ``pyproject.toml`` to see whether it holds ``[tool.postil]``:
it read the whole file. A checkout's sparse pyproject.toml of 1.5 GB (no disk used) took `postil check`
to 3.1 GB of memory and 22 s, a larger one past the machine's memory (the editor's workspace check and
`postil trust` read it alike). Now at most the TOML limit is read (the first megabyte decides); a
file holding the table past the limit is refused with the reason, as any config that large."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from postil.analyzers.checker import CheckerCache
from postil.commands.trust_command import workspace_config_files
from postil.config import ConfigError, config_in

SPARSE = 64 << 20  # (a sparse file: no disk written)


def _peak(work) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "app.py").write_text("x = 1\n")
    with open(tmp_path / "pyproject.toml", "wb") as out:
        out.write(b"[project]\nname = 'x'\n")
        out.truncate(SPARSE)
    return tmp_path


def test_a_huge_pyproject_is_not_read_whole_to_find_the_config(checkout: Path):
    found = []
    assert _peak(lambda: found.append(config_in(checkout))) < 4 << 20  # main: 2 x 64 MB
    assert found == [None]  # (no [tool.postil] in it)
    assert _peak(lambda: found.append(workspace_config_files(checkout))) < 4 << 20
    assert found[1] == []
    assert CheckerCache().for_path(checkout / "app.py").loaded.path is None  # defaults


def test_a_huge_pyproject_declaring_postil_is_refused_with_the_reason(checkout: Path):
    with open(checkout / "pyproject.toml", "r+b") as out:
        out.write(b"[tool.postil]\n")
    with pytest.raises(ConfigError, match="pyproject.toml.*larger than"):
        CheckerCache().for_path(checkout / "app.py")
