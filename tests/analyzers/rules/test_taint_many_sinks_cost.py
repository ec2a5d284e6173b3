"""A hostile (or generated) handler of thousands of sinks, each reading request data a file near it stored
(`requests.post(operation.webhook)` after a view's `operation.webhook = request.json["url"]`): the taint
engine's work on it grows with its size, not its square. Each sink once searched its function's whole text
for a loop word (taint_horizon), asked every source of the file whether it lay inside it (taint_flow), was
compared with every other hit (taint.py), and had its function's text copied and split again to see whether
the function set the field itself (taint_stored_names): 8,000 sinks took a `postil check` 68 s, a 900 KB
file (under max-file-size) ten minutes, with no per-file time limit able to stop one rule's walk.
The findings stay one per sink. CPU compared in process, with wide bounds."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.config import LoadedConfig, PostilConfig
from tests.cpu_ratio import least_of_alternate_runs

pytestmark = pytest.mark.slow  # (seconds of CPU: over the fast tier's budget)

WRITER = '''from flask import request


def save(operation):
    operation.webhook = request.json["url"]
'''


def _reader(sinks: int) -> str:
    return "import requests\n\n\ndef post(operation):\n" + "    requests.post(operation.webhook, timeout=5)\n" * sinks


def _ssrf_lines(root: Path, sinks: int) -> list[int]:
    path = root / "reader.py"
    path.write_text(_reader(sinks))
    checker = Checker(LoadedConfig(PostilConfig(), None, root))
    found = checker.check_text(path, path.read_text())
    return sorted(f.span.start_line + 1 for f in found if f.rule == "python/security/tainted-ssrf")


def test_each_of_many_sinks_reading_a_stored_field_is_one_finding(tmp_path):
    (tmp_path / "writer.py").write_text(WRITER)
    assert _ssrf_lines(tmp_path, 300) == list(range(5, 305))


def test_a_handler_of_many_sinks_costs_its_size_not_its_square(tmp_path):
    (tmp_path / "writer.py").write_text(WRITER)

    def cpu(sinks: int) -> float:
        started = time.thread_time()
        assert len(_ssrf_lines(tmp_path, sinks)) == sinks
        return time.thread_time() - started

    small, large = least_of_alternate_runs(cpu, 400, 3200, rounds=2)
    assert large < 14 * small + 0.1, (small, large)  # (8x the sinks: ~8x now; 25x when each sink walked them all)
