"""``postil check`` finds each directory's config and git root (``scan._checkers_of``,
``CheckerCache.for_path``). Each directory holding a file searched upward on its own, a few stats
per level above it: 20,000 directories each holding a file, 20 levels deep, cost 1.7 million
stats (13.9 s) before a file was checked. The searches share what they found (``core.upward``, as
the editor's workspace check does): a few stats a directory, however deep; a nested config still
holds in its folder and below it only, and a file reached through a link still gets its real
directory's config."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import CheckerCache
from postil.scan import plan_scan
from tests.hardening.deep_directories import DIRECTORIES, chains, count_stats


def _stats_of_plan(root: Path, monkeypatch):
    monkeypatch.chdir(root)
    cache = CheckerCache()
    calls = count_stats(monkeypatch)
    plan = plan_scan([Path(".")], cache)
    monkeypatch.undo()
    return len(calls), plan


def test_the_stats_a_directory_do_not_grow_with_depth(tmp_path: Path, monkeypatch):
    chains(tmp_path / "shallow", 2)
    chains(tmp_path / "deep", 60)
    shallow, plan = _stats_of_plan(tmp_path / "shallow", monkeypatch)
    deep, deep_plan = _stats_of_plan(tmp_path / "deep", monkeypatch)
    assert len(plan.walked.files) == len(deep_plan.walked.files) == DIRECTORIES
    assert deep < 2 * shallow, (shallow, deep)
    assert deep < 10 * DIRECTORIES, deep  # main: 29,286 (shallow 5,007)


@pytest.mark.parametrize("nested", [".postil.toml", "pyproject.toml"])
def test_a_nested_config_holds_in_its_folder_and_below_only(tmp_path: Path, monkeypatch, nested):
    chains(tmp_path, 6)
    middle = tmp_path / "c0" / "d0" / "d1" / "d2"
    (middle / nested).write_text(('[tool.postil]\n' if nested == "pyproject.toml" else "") + 'exclude = ["vendor/"]\n')
    (tmp_path / "c1" / "link").symlink_to(middle / "d3", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    plan = plan_scan([Path(".")], CheckerCache())
    config_of = {str(path): checker.loaded.path for path, checker in plan.checkers.items()}
    linked = plan_scan([Path("c1/link/m.py")], CheckerCache())  # (the walk of "." holds its real path)
    config_of.update((str(path), checker.loaded.path) for path, checker in linked.checkers.items())
    assert config_of["c0/d0/d1/d2/d3/m.py"] == middle / nested
    assert config_of["c0/d0/d1/d2/m.py"] == middle / nested
    assert config_of["c0/d0/d1/m.py"] is None
    assert config_of["c1/link/m.py"] == middle / nested
