"""The built-in taint rules (alone, and with the security pattern rules) on the labeled fixtures in tests/fixtures/taint (realistic Flask,
Django, FastAPI, Lambda, CLI, Express, Koa, NestJS and browser code, written before the
rules were tuned): every labeled line is found and nothing else is flagged, so each new
source or sink is held to its negative twins (sanitised, constant, parameterised)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules.engine import RuleSet
from postil.analyzers.rules.loader import builtin_rules
from postil.config import LoadedConfig, PostilConfig

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "taint"
LABEL = re.compile(r"^\s*(#|//)\s*expect:\s*[a-z-]+\s*$")
FILES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in {".py", ".js", ".ts"})


def checker_of(keep) -> Checker:
    rules, errors = builtin_rules()
    assert not errors
    checker = Checker(LoadedConfig(settings=PostilConfig(builtin_rules=False), path=None, root=FIXTURES))
    checker.ruleset = RuleSet.of([r for r in rules if keep(r)])
    return checker


@pytest.fixture(scope="module", params=["taint rules", "security rules"])
def checker(request) -> Checker:
    """The taint rules alone, and every security rule (the pattern rules a taint rule
    supersedes defer to it where data enters: one finding per flow, none where it is clean)."""
    if request.param == "taint rules":
        return checker_of(lambda r: r.taint is not None)
    return checker_of(lambda r: "/security/" in r.id)


def labeled_lines(path: Path) -> set[int]:
    """0-based numbers of the lines under an `expect:` comment (as findings count lines)."""
    lines = path.read_text().splitlines()
    return {number for number, line in enumerate(lines, start=1) if LABEL.match(line)}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_labeled_flow_is_found_and_nothing_else(checker, path):
    found = checker.check_text(path, path.read_text())
    flagged = {line for f in found for s, e in _spans(f) for line in range(s, e + 1)}
    expected = labeled_lines(path)
    assert expected, "a fixture without labels tests nothing"
    assert expected - flagged == set(), f"missed flows at lines {sorted(n + 1 for n in expected - flagged)}"
    extra = sorted({f.span.start_line for f in found if not any(s <= line <= e for s, e in _spans(f) for line in expected)})
    assert extra == [], "flagged unlabeled lines: " + "; ".join(
        f"{f.rule} at line {f.span.start_line + 1}" for f in found if f.span.start_line in extra)


def _spans(finding) -> list[tuple[int, int]]:
    """The lines a finding covers (0-based): its span and, as bench/rules_quality counts them, the calls
    of the file's own helper that hand its sink the data (reported in the helper, the call named)."""
    return [(finding.span.start_line, finding.span.end_line),
            *((r.span.start_line, r.span.end_line) for r in finding.related if r.call and r.path == finding.path)]
