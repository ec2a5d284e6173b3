"""Hypothesis fuzz of the rule engine, fix application and LLM finding anchoring.

tests/analyzers/rules/test_fixes.py fuzzes select_non_overlapping/apply_edits on abstract edits; this
drives the whole engine (``Checker.check_text``) on random documents built from
statements that trigger the fixable rules, mutated at random, and the anchoring of
model findings with random quotes and replacements.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postil.analyzers.checker import Checker
from postil.analyzers.findings import LineIndex
from postil.analyzers.llm.anchor import anchor
from postil.analyzers.llm.answer_schema import RawFinding
from postil.analyzers.rules.fixes import (
    apply_edits,
    parses_cleanly,
    select_non_overlapping,
)
from postil.config import LoadedConfig, PostilConfig

pytestmark = pytest.mark.slow  # the hardening suite: subprocesses, servers, hostile inputs

PY_STATEMENTS = [
    "x = a is 'base'",
    "if item.qty is 0:\n    pass",
    "if plan != None:\n    plan = None",
    "assert coupon == None or other is None",
    "try:\n    go()\nexcept:\n    pass",
    "try:\n    go()\nexcept:\n    raise",
    "try:\n    go()\nexcept:\n    log(go)",
    "raise NotImplemented",
    "raise NotImplemented('todo')",
    "re.sub(r'a+', 'b', text, re.IGNORECASE)",
    "data = yaml.load(stream)",
    "docs = yaml.load_all(stream)",
    "resp = requests.get(url)",
    "requests.post(f'{base}/x', json={'a': 1}, headers=h)",
    "requests.put(\n    url,\n    data=d,\n)",
    "return requests.get(urljoin(base, '/r')).text",
    "value = eval(user_input)",
    "subprocess.call(cmd, shell=True)",
    "token = 'ghp_' + 'A' * 36",
    "AWS_SECRET_ACCESS_KEY = 'Kq7vR2mX9pL4tW8nB3cY6hJ1sD5fG0aZuE2iO4pQ'",
    "# postil: ignore[python/correctness/bare-except]",
    "x = 1  # postil: ignore",
    "def f(a, b=[]):\n    return a == None",
    "lambda: a is 'x'",
    "print(a == None, b is 1, c != None)",
]
JS_STATEMENTS = [
    "if (!key in obj) { go(); }",
    "if (!x instanceof Foo) {}",
    "const n = arr.map(parseInt);",
    "el.innerHTML = html;",
    "setTimeout('run()', 10);",
    "const r = Math.random();",
    "if (typeof x == 'string') {}",
    "new RegExp(input);",
    "items.forEach(function (i) { total += i; });",
]

CHECKER = Checker(LoadedConfig(PostilConfig(), None, Path("/nonexistent-workspace")))


def _indent(block: str, depth: int) -> str:
    return "\n".join(("    " * depth + line) if line else line for line in block.split("\n"))


@st.composite
def python_documents(draw) -> str:
    parts = []
    for statement in draw(st.lists(st.sampled_from(PY_STATEMENTS), min_size=1, max_size=12)):
        depth = draw(st.integers(0, 2))
        if depth:
            header = draw(st.sampled_from(["def f{}():", "class C{}:", "if cond{}:", "for i{} in xs:"]))
            block = header.format(len(parts))
            for level in range(1, depth):
                block += "\n" + "    " * level + f"while c{level}:"
            parts.append(block + "\n" + _indent(statement, depth))
        else:
            parts.append(statement)
    head = draw(st.sampled_from(["import re, requests, yaml, subprocess\n", "from requests import get\n", ""]))
    return head + "\n".join(parts) + draw(st.sampled_from(["\n", "", "\r\n", "\n\n"]))


def _mutate(text: str, cuts: list[tuple[int, int, str]]) -> str:
    for at, length, junk in cuts:
        at = at % (len(text) + 1)
        text = text[:at] + junk + text[at + length:]
    return text


def _check_fixes(text: str, language: str, path: Path) -> None:
    findings = CHECKER.check_text(path, text)
    for f in findings:
        assert 0 <= f.span.start_line <= f.span.end_line <= text.count("\n") + 1, f
    fixes = select_non_overlapping(findings)
    edits = sorted((e for fix in fixes for e in fix.edits), key=lambda e: (e.start, e.end))
    for a, b in pairwise(edits):
        assert a.end <= b.start, (a, b)  # never overlapping
    combined = apply_edits(text, edits)
    if parses_cleanly(text, language):
        for fix in fixes:  # each chosen fix on its own
            assert parses_cleanly(apply_edits(text, list(fix.edits)), language), (fix, text)
        assert parses_cleanly(combined, language), (text, combined)  # what `postil check --fix` writes


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(python_documents())
def test_fixes_on_random_python_never_overlap_and_keep_it_parseable(text):
    _check_fixes(text, "python", Path("/nonexistent-workspace/pkg/mod.py"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(JS_STATEMENTS), min_size=1, max_size=10).map("\n".join))
def test_fixes_on_random_javascript_never_overlap_and_keep_it_parseable(text):
    _check_fixes(text, "javascript", Path("/nonexistent-workspace/web/app.js"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(python_documents(),
       st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 6),
                          st.sampled_from(["", ":", "(", ")", "\n", "    ", "'", '"""', "\x00", "é", "\t", "\r", "\\"])),
                min_size=1, max_size=6))
def test_engine_survives_mutated_documents(text, cuts):
    """Broken code (unbalanced brackets, stray quotes, NULs, CRs) never raises, and fixes
    chosen for it still never overlap."""
    _check_fixes(_mutate(text, cuts), "python", Path("/nonexistent-workspace/pkg/broken.py"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=python_documents(),
    picks=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 120), st.booleans(),
                             st.sampled_from(["", "x = 1", "pass", "return (", "if a is None:\n    pass",
                                              "  1 | x = 2", "```python\ny = 3\n```", "\n\n", "é"])),
                   min_size=1, max_size=6),
    window=st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)),
)
def test_anchoring_random_quotes_keeps_fixes_inside_the_reviewed_code(text, picks, window):
    """Quotes cut from the document (or invented) are located or dropped; an offered fix
    always edits inside the reviewed range and leaves a parseable file parseable."""
    lo, hi = sorted(w % (len(text) + 1) for w in window)
    raw = []
    for at, length, numbered, improved in picks:
        at = at % (len(text) + 1)
        quote = text[at:at + length]
        if numbered:
            quote = "\n".join(f"{i + 1:3d} | {line}" for i, line in enumerate(quote.split("\n")))
        raw.append(RawFinding(existing_code=quote, improved_code=improved, message="m", severity="warning",
                              category="bug", confidence=0.9))
    index = LineIndex(text)
    report = anchor(raw, text, path="mod.py", fingerprint_path="mod.py", language="python", reviewed=(lo, hi),
                    index=index)
    parses = parses_cleanly(text, "python")
    for finding in report.findings:
        assert finding.span.start_line <= finding.span.end_line <= index.position(len(text))[0]
        if finding.fix:
            [edit] = finding.fix.edits
            assert lo <= edit.start <= edit.end <= hi, (edit, lo, hi)
            assert parses and parses_cleanly(apply_edits(text, [edit]), "python")
    assert len(report.findings) + sum(report.dropped.get(k, 0) for k in report.dropped
                                      if not k.startswith("fix withheld")) == len(raw)


def test_the_fuzz_corpus_exercises_every_fixable_rule():
    """Guard against a vacuous fuzz: the statements above trigger all rules that carry fixes."""
    py = "import requests\n" + "\n".join(PY_STATEMENTS) + "\n"
    js = "\n".join(JS_STATEMENTS) + "\n"
    fixed = {f.rule for f in CHECKER.check_text(Path("/nonexistent-workspace/m.py"), py) if f.fix}
    fixed |= {f.rule for f in CHECKER.check_text(Path("/nonexistent-workspace/m.js"), js) if f.fix}
    assert fixed >= {
        "python/correctness/is-literal-comparison", "python/correctness/none-equality-comparison",
        "python/correctness/bare-except", "python/correctness/raise-not-implemented",
        "python/correctness/re-flags-as-positional-count", "python/security/yaml-load-unsafe-default",
        "python/security/request-without-timeout", "js/correctness/negated-in-operand",
        "js/correctness/negated-instanceof-operand", "js/correctness/map-parseint"}, fixed
