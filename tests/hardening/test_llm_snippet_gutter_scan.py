"""Reading a model's quoted snippet for a copied line-number gutter ("12 | code", "+ 12 | code")
stays linear in a line's length: two runs of white space side by side in the gutter pattern made a
long blank or indented line (a model quoting minified or padded code) cost the square of its length.

Times are CPU seconds of this thread, compared between sizes with a generous ratio (linear 8×,
quadratic 64×), never against a clock."""

from __future__ import annotations

import time

import pytest

from postil.analyzers.llm.anchor import clean_snippet
from tests.cpu_ratio import least_of_alternate_runs

pytestmark = pytest.mark.slow  # the hardening suite: hostile inputs


def test_the_gutter_scan_is_linear_in_a_long_blank_run():
    def cpu(size: int) -> float:
        snippet = " " * size + "x = 1"
        started = time.thread_time()
        assert clean_snippet(snippet) == snippet
        return time.thread_time() - started

    small, large = least_of_alternate_runs(cpu, 2_000, 16_000)
    assert large / max(small, 1e-4) < 24, (small, large)


def test_a_copied_gutter_is_still_taken_off():
    assert clean_snippet("12 | x = 1\n+ 13 | y = 2\n  14: z = 3") == "x = 1\ny = 2\nz = 3"
