"""The workspace check (``postil.checkWorkspace``; the check process's ``files``) finds each folder's
own config and git root. Each directory holding a file searched upward on its own, a few stats per
level above it: a checkout of 20,000 directories each holding a file, 20 levels deep, cost 1.45
million stats (11 s), 200 levels deep 10.5 million (144 s) — the work grew with directories ×
depth. The searches now share what they found: a few stats a directory, however deep; a nested
config still holds in its folder and below it only."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from postil.config.editor import Settings
from postil.server.check_child import _Child
from tests.hardening.deep_directories import DIRECTORIES, chains, count_stats


def _stats_of_files(root: Path, monkeypatch) -> tuple[int, list[Path], _Child]:
    child = _Child()
    child.prepare(Settings(), 0, [root], logging.WARNING)
    calls = count_stats(monkeypatch)
    files, problems = child.files()
    monkeypatch.undo()
    assert problems == []
    return len(calls), files, child


def test_the_stats_a_directory_do_not_grow_with_depth(tmp_path: Path, monkeypatch):
    chains(tmp_path / "shallow", 2)
    chains(tmp_path / "deep", 60)
    shallow, files, _ = _stats_of_files(tmp_path / "shallow", monkeypatch)
    deep, deep_files, _ = _stats_of_files(tmp_path / "deep", monkeypatch)
    assert len(files) == len(deep_files) == DIRECTORIES
    assert deep < 2 * shallow, (shallow, deep)  # main: 21,267 against 3,898
    assert deep < 8 * DIRECTORIES, deep


@pytest.mark.parametrize("nested", [".postil.toml", "pyproject.toml"])
def test_a_nested_config_holds_in_its_folder_and_below_only(tmp_path: Path, monkeypatch, nested):
    chains(tmp_path, 6)
    middle = tmp_path / "c0" / "d0" / "d1" / "d2"
    (middle / nested).write_text(('[tool.postil]\n' if nested == "pyproject.toml" else "") + 'exclude = ["vendor/"]\n')
    _, _, child = _stats_of_files(tmp_path, monkeypatch)
    cache = child.session.cache
    configs = sorted((c.loaded.path for c in cache.checkers), key=str)
    assert configs == [None, middle / nested] or configs == [middle / nested, None], configs
    assert cache.for_path(middle / "d3" / "m.py").loaded.path == middle / nested
    assert cache.for_path(middle.parent / "m.py").loaded.path is None
