r"""The cheap test for a comment in a JS/TS argument list stays linear in a line's length: its line-comment
branch (`//[^\n]*\n\s*\)`) ran from every `//` to its line's end, so one minified line full of
`https://` cost the square of its length (40,000 slashes ~1.4 s, a 1 MB bundle line minutes).

Times are CPU seconds of this thread, compared between sizes with a generous ratio (linear 8×,
quadratic 64×), never against a clock."""

from __future__ import annotations

import time

import pytest

from postil.analyzers.rules.argument_comments import may_hold, may_hold_bytes
from tests.cpu_ratio import least_of_alternate_runs

pytestmark = pytest.mark.slow  # the hardening suite: hostile inputs


def _bundle_line(size: int) -> str:
    return 'u="https://cdn.example/x";' * (size // 25) + "\n"


@pytest.mark.parametrize("scan", [may_hold, lambda text: may_hold_bytes(text.encode())], ids=["text", "bytes"])
def test_a_minified_line_full_of_urls_is_scanned_in_linear_time(scan):
    def cpu(size: int) -> float:
        text = _bundle_line(size)
        started = time.thread_time()
        assert not scan(text)
        return time.thread_time() - started

    small, large = least_of_alternate_runs(cpu, 5_000, 40_000)
    assert large / max(small, 1e-4) < 24, (small, large)


def test_a_line_comment_before_the_closing_parenthesis_is_still_seen():
    assert may_hold("exec(cmd, // the job's command\n)\n")
    assert may_hold("exec(\n  cmd // the command\n\n   )\n")
    assert may_hold_bytes(b"exec(\n  cmd // the command\n)\n")
    assert not may_hold("exec(cmd)\n// a note\nrun()\n")
