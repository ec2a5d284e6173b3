"""A file edited while a bulk scan runs, the same size and within its stamp's time (size, mtime),
was not seen to change: ast-grep's records of one text were laid on the other and a finding was
put on the wrong line. Two doors: (1) an edit within one tick of the file system's clock keeps
the mtime (git's "racy clean"): a file modified since the run began now counts as changed, one
modified before it does not (a tree written just before its check keeps its bulk records: a first
try that took every file modified within 20 ms of its stamp lost findings on such trees); (2) with
the results cache on, postil checks the bytes the cache's key read, but the stamp was taken later,
before the CLI: an edit in between was after both stamps. The stamp is now taken when the key
reads the file (from the open file, no second read). Real ast-grep CLI, real scan; mtimes set
with os.utime, no sleeps."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk
from postil.core import file_stamps
from postil.result_cache import key as result_key
from postil.result_cache.check import check_cached
from postil.scan import check_paths

pytestmark = pytest.mark.slow  # (the CLI's run over 70 files)

PADDING = "#" * 12 + "\n"
HANDLER = "import subprocess\n\n\ndef run(command):\n    subprocess.call(command, shell=True)\n" + PADDING
EDITED = "import subprocess\n" + "\n" * 10 + "\n\ndef run(command):\n    subprocess.call(command, shell=True)\n##\n"
OLD = 1_000_000_000 * 10**9  # an mtime long past (2001), far from any tick of now


def _tree(root: Path, victim_text: str = HANDLER) -> Path:
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    assert len(HANDLER) == len(EDITED)
    for i in range(70):  # (from 64 files the check runs the CLI)
        (root / f"h{i}.py").write_text(victim_text if i == 0 else HANDLER)
        os.utime(root / f"h{i}.py", ns=(OLD, OLD))
    return root / "h0.py"


def _call_lines(result, name: str) -> set[int]:
    report = next(r for r in result.reports if r.path.name == name)
    return {f.span.start_line for f in report.findings if "shell" in f.rule or "subprocess" in f.rule}


def test_a_same_size_edit_within_the_stamps_tick_is_checked_as_read(tmp_path: Path, monkeypatch):
    victim = _tree(tmp_path)
    now = time.time_ns() + 30 * 10**9  # (written in the run, on a clock a little ahead: its tick may come again)
    os.utime(victim, ns=(now, now))
    real_scan = bulk.scan

    def scan(rules, files, threads=None, on_start=None, on_file=None, probes_only=False):
        found = real_scan(rules, files, threads=threads, on_start=lambda: None, on_file=None, probes_only=probes_only)
        victim.write_text(EDITED)  # after the CLI read it, before postil does: same size, same mtime
        os.utime(victim, ns=(now, now))
        if on_start is not None:
            on_start()
        return found

    monkeypatch.setattr(bulk, "scan", scan)
    monkeypatch.chdir(tmp_path)
    result = check_paths([tmp_path], CheckerCache(), jobs=1)
    assert _call_lines(result, "h0.py") == {14}  # (subprocess.call's line, from 0, in the text postil read)
    assert _call_lines(result, "h1.py") == {4}  # an unedited file: its records used


def test_a_same_size_edit_after_the_results_caches_read_is_seen(tmp_path: Path, monkeypatch):
    victim = _tree(tmp_path, EDITED)
    real_digests = result_key.walked_digests

    def digests(plan, hold=False):
        found = real_digests(plan, hold)
        if hold:  # the key has read every file (postil checks these bytes); the CLI has not yet
            victim.write_text(HANDLER)
        return found

    monkeypatch.setattr(result_key, "walked_digests", digests)
    monkeypatch.delenv("POSTIL_NO_CACHE", raising=False)
    monkeypatch.chdir(tmp_path)
    options = result_key.CheckOptions(paths=(".",), select=None, ignore=(), fail_on=None, config=None, bulk=True)
    result = check_cached([Path(".")], CheckerCache(), options, jobs=1, say=print)
    assert _call_lines(result, "h0.py") == {14}  # the text postil read (the key's), its finding where it is there
    assert _call_lines(result, "h1.py") == {4}


def test_a_tree_written_just_before_its_check_keeps_its_bulk_records(tmp_path: Path, monkeypatch):
    _tree(tmp_path)
    second_ago = time.time_ns() - 10**9 + 1  # (before the run began, in a tick of its own)
    for path in tmp_path.glob("*.py"):
        os.utime(path, ns=(second_ago, second_ago))
    counted = []
    real_changed = file_stamps.changed
    monkeypatch.setattr(file_stamps, "changed", lambda *a: counted.append(real_changed(*a)) or counted[-1])
    monkeypatch.chdir(tmp_path)
    result = check_paths([tmp_path], CheckerCache(), jobs=1)
    assert counted == [set()]  # every file's records of the CLI used (the 20 ms try: all 70 checked again)
    assert _call_lines(result, "h0.py") == {4}
