"""A checkout of hundreds of thousands of tiny files: the walk held every file's path, stat and
real path, sorted a huge directory's listing whole, and `postil check` / `postil index` went on
for as long as the tree lasted. Now one walk admits at most ``max-files`` files (200,000 unless the
config says otherwise, at most 1,000,000) and reads at most as many entries of a directory; past
them it stops, says so naming the setting, and `postil check` cannot pass. (The limit is lowered
here by the config: the same code, a tree the machine writes in a second.)"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from postil import cli
from postil.core import walk

LIMIT = 300
FINDING = "def f(x):\n    return x == None\n"


@pytest.fixture
def huge_checkout(tmp_path: Path, monkeypatch) -> tuple[Path, list[int]]:
    (tmp_path / ".git").mkdir()
    for folder, count in (("a_many", 3 * LIMIT), ("b_more", LIMIT)):
        (tmp_path / folder).mkdir()
        for i in range(count):
            (tmp_path / folder / f"m{i:05}.py").write_text(FINDING)
    (tmp_path / ".postil.toml").write_text(f"max-files = {LIMIT}\n")
    monkeypatch.chdir(tmp_path)
    read: list[int] = []  # entries the walk read of each directory it listed
    real_scandir = os.scandir

    class Counted:
        def __init__(self, path):
            self.it, self.walked = real_scandir(path), sys._getframe(1).f_globals["__name__"] == walk.__name__
            if self.walked:
                read.append(0)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.it.close()

        def __iter__(self):
            for entry in self.it:
                if self.walked:
                    read[-1] += 1
                yield entry

    monkeypatch.setattr(walk.os, "scandir", Counted)
    return tmp_path, read


def test_check_stops_at_the_file_limit_says_so_and_does_not_pass(huge_checkout, capsys):
    root, read = huge_checkout
    code = cli.main(["check", "--jobs", "1", "."])
    out, err = capsys.readouterr()
    assert code != 0 and f"skipped a_many: file limit reached (more than max-files = {LIMIT:,} entries)" in out, (out[-2000:], err[-2000:])
    assert "the walk stopped at its file limit" in out, out[-2000:]
    assert out.count("none-equality-comparison") == LIMIT - 1  # (the config file is one of the files walked)
    assert max(read) <= LIMIT + 1, read  # no directory's listing read whole
    assert sum(read) <= 2 * LIMIT + 10, read


def test_index_stops_at_the_file_limit_and_counts_it(huge_checkout, capsys):
    root, read = huge_checkout
    code = cli.main(["index", "--json", "-q", "--embeddings", "hash", "."])
    out, err = capsys.readouterr()
    stats = json.loads(out)
    assert code == 0, err[-2000:]
    assert stats["files"] == LIMIT and stats["skipped"].get(walk.FILE_LIMIT), stats
    assert max(read) <= LIMIT + 1, read


def test_max_files_is_bounded_and_a_project_may_only_lower_it(tmp_path: Path, monkeypatch, capsys):
    from postil.config import load_config

    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".postil.toml").write_text("max-files = 5000000\n")  # (past the bound: ~25 GB of paths held)
    assert cli.main(["check", "--jobs", "1", "."]) != 0
    assert "max-files" in capsys.readouterr().err
    (tmp_path / ".postil.toml").write_text("max-files = 900000\n")  # a checkout's config cannot raise it
    assert load_config(tmp_path).settings.max_files == walk.MAX_WALKED_FILES
