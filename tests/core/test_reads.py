"""What a run looks at beyond its files is noted as it looks (postil.core.reads), comes back from
the forked workers that looked, and is asked again before a kept answer is believed."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from postil.core import reads


def _look(path: str) -> tuple:
    return reads.carried(lambda: reads.read_bytes(path, 1 << 16))


def test_what_a_forked_worker_read_comes_back_and_is_asked_again(tmp_path: Path):
    module = tmp_path / "helpers.py"
    module.write_text("def get(req):\n    return req.args\n")
    with reads.recording() as log:
        assert reads.isfile(str(tmp_path / "missing.py")) is False
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            data = reads.received(pool.submit(_look, str(module)).result())
    assert data == module.read_bytes()
    assert {(kind, path) for kind, path, _ in log.order} == {("isfile", str(tmp_path / "missing.py")),
                                                            ("bytes", str(module))}
    assert log.holds() and not log.unsteady
    module.write_text("def get(req):\n    return 'x'\n")
    assert not log.holds()
    module.write_text("def get(req):\n    return req.args\n")
    (tmp_path / "missing.py").write_text("")
    assert not log.holds()


def test_a_fact_answered_two_ways_in_one_run_makes_it_unsteady(tmp_path: Path):
    with reads.recording() as log:
        reads.isdir(str(tmp_path / "pkg"))
        (tmp_path / "pkg").mkdir()
        reads.isdir(str(tmp_path / "pkg"))
    assert log.unsteady


def test_nothing_is_noted_without_a_log(tmp_path: Path):
    with reads.recording() as log:
        pass
    assert reads.entries(str(tmp_path)) == [] and log.order == []
