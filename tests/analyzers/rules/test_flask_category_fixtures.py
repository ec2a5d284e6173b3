"""The security rules on tests/fixtures/flask_categories: one Flask, Django, FastAPI or Falcon
handler per file, laid out by category as the independent benchmark of issue 31 is (header
injection, trust boundary, template injection, XPath, weak randomness, hashes and ciphers,
cookies, deserialization, code and LDAP injection), each vulnerable file beside safe twins.
A vulnerable file is found when a finding covers the line under its `# expect:` label; a safe
twin (no label) has no finding at all, as the benchmark counts a false alarm per file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules.engine import RuleSet
from postil.analyzers.rules.loader import builtin_rules
from postil.config import LoadedConfig, PostilConfig

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "flask_categories"
LABEL = re.compile(r"^\s*#\s*expect:\s*[a-z-]+\s*$")
FILES = sorted(FIXTURES.rglob("*.py"))


@pytest.fixture(scope="module")
def checker() -> Checker:
    """Every security rule, as `bench/flask_categories.py` runs them (`--select python/security`)."""
    rules, errors = builtin_rules()
    assert not errors
    checker = Checker(LoadedConfig(settings=PostilConfig(builtin_rules=False), path=None, root=FIXTURES))
    checker.ruleset = RuleSet.of([r for r in rules if r.id.startswith("python/security/")])
    return checker


def labeled_line(path: Path) -> int | None:
    """0-based number of the line under the file's `expect:` comment (None: a safe twin)."""
    lines = path.read_text().splitlines()
    return next((number for number, line in enumerate(lines, start=1) if LABEL.match(line)), None)


def test_every_category_has_vulnerable_files_and_safe_twins():
    categories = {p.parent.name for p in FILES}
    for category in categories:
        files = [p for p in FILES if p.parent.name == category]
        assert any(labeled_line(p) is not None for p in files), category
        assert any(labeled_line(p) is None for p in files), category


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_vulnerable_file_is_found_and_safe_twin_is_quiet(checker, path):
    found = checker.check_text(path, path.read_text())
    line = labeled_line(path)
    if line is None:
        assert found == [], "false alarm in a safe twin: " + "; ".join(
            f"{f.rule} at line {f.span.start_line + 1}" for f in found)
    else:
        assert any(f.span.start_line <= line <= f.span.end_line for f in found), \
            f"missed the flow at line {line + 1}; found " + "; ".join(f"{f.rule} at line {f.span.start_line + 1}" for f in found)
