"""A shared mutable default is reported from the default on the `def` line (where ruff and pylint
point) to the first statement that changes it (where a registry's rule points), so a reviewer
naming either line finds the finding there; a change farther down than a built text's reach is
named as related information, so an editor underlines no long stretch of the function."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the CLI in a subprocess

HELPERS = """\
def register(printer, registry={}):
    name = printer.name.lower()
    registry[name] = printer
    return registry


def fib(n, memo={}):
    if n not in memo:
        memo[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
    return memo[n]


class Queue:
    def __init__(self, jobs=[]):
        self.jobs = jobs


def collect(item, seen=[]):
    # collect an item once, after checking it
    if item is None:
        raise ValueError("no item")
    name = str(item)
    if not name:
        raise ValueError("empty")
    key = name.lower()
    size = len(key)
    if size > 100:
        raise ValueError("too long")
    seen.append(key)
    return seen
"""


def test_a_changed_default_is_reported_from_the_def_line_to_the_first_change(postil, tmp_path: Path):
    (tmp_path / "helpers.py").write_text(HELPERS)
    done = postil("check", "helpers.py", "--exit-zero", "--format", "json", "--select",
                  "python/correctness/mutable-default-argument", cwd=tmp_path)
    assert done.code == 0, done.stderr
    spans = sorted((f["line"], f["end_line"]) for f in done.json["findings"])
    assert spans == [(1, 3), (7, 9), (14, 15), (18, 18)]
    far = next(f for f in done.json["findings"] if f["line"] == 18)
    assert [(r["line"], r["message"]) for r in far["related"]] == [(29, "the shared default is changed here")]
