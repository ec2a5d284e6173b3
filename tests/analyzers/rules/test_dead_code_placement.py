"""Code after a `return`/`raise`/`continue`/`break` is reported from the jump that makes it dead
to the first dead statement: the range covers both lines (pylint and ruff point at the dead
statement, Semgrep's registry starts its match at the jump), a suppression on the dead statement
still works, and the fingerprint goes by the dead statement."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow  # the CLI in a subprocess

MODULE = """\
def apply_discount(total, rate):
    return round(total * (1 - rate), 2)
    log.info("discount applied")


def tax_for(region, amount):
    if region == "EU":
        raise ValueError(
            region)
        # never reached
        cache[region] = amount
    return 0.0


def close(ledger):
    return
    ledger.unlock()  # postil: ignore[python/correctness/unreachable-code]


def shipping(weight):
    if weight <= 0:
        return 0
    return weight * 0.8
"""

RULE = "python/correctness/unreachable-code"


def _findings(postil, tmp_path, text):
    (tmp_path / "module.py").write_text(text)
    result = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert result.code == 0, result.stderr
    return [f for f in json.loads(result.stdout)["findings"] if f["rule"] == RULE]


def test_dead_code_is_reported_from_the_jump_to_the_dead_statement(postil, tmp_path):
    found = _findings(postil, tmp_path, MODULE)
    assert sorted((f["line"], f["end_line"]) for f in found) == [(2, 3), (8, 11)]


def test_the_fingerprint_goes_by_the_dead_statement(postil, tmp_path):
    before = _findings(postil, tmp_path, MODULE)
    moved = MODULE.replace("    return round(total * (1 - rate), 2)\n",
                           "    total = round(total, 2)\n    return round(total * (1 - rate), 2)\n")
    after = _findings(postil, tmp_path, moved)
    assert {f["fingerprint"] for f in before} == {f["fingerprint"] for f in after}
