"""Big literals (generated data modules: unicode tables, fixtures, JSON dumped as Python) are
checked whole: the rules that report a repeated dict key or set element compare each item once
(rules/repeated_siblings.py), not every pair of items as ast-grep's `follows: {stopBy: end}` walk
did (a 30,000-key dict: ~100 s of CPU, past the 10 s per file, so the file was skipped and its
repeat never reported). The limit is CPU time of the checking thread, so the outcome does not
depend on the machine's load; what the rules report is what the YAML's walk reports."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from yaml_walks import walked_and_joined

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk

ITEMS = 30_000
DICT_KEY = "python/correctness/duplicate-dict-key"
SET_ELEMENT = "python/correctness/duplicate-set-element"
RULES = f'select = ["{DICT_KEY}", "{SET_ELEMENT}"]\n'


def _table() -> str:
    """A generated dict of ITEMS keys, one repeated right after its first and one at the very end."""
    lines = ["TABLE = {", "    'key0': 0,", "    'key0': 1,"]
    lines += [f"    'key{i}': {i}," for i in range(1, ITEMS)]
    return "\n".join([*lines, "    'key7': 7,", "}", ""])


def _elements() -> str:
    """A generated set of ITEMS numbers, the first repeated at the very end."""
    return "\n".join(["CODES = {", *(f"    {i}," for i in range(ITEMS)), "    0,", "}", ""])


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    root.mkdir()
    (root / "table.py").write_text(_table())
    (root / "codes.py").write_text(_elements())
    (root / "small.py").write_text("SMALL = {'a': 1, 'b': {'a': 2}, 'a': 3}\nS = {'x', \"x\", 'x'}\n")
    (root / ".postil.toml").write_text(RULES)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root


def _check(root: Path, bulk_scan: bool, monkeypatch) -> tuple[list[tuple], list]:
    """(path, 1-based line, rule) of each finding, and the files skipped."""
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1 if bulk_scan else 10**9)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=bulk_scan)
    found = sorted((Path(r.path).name, f.span.start_line + 1, f.rule) for r in result.reports for f in r.findings)
    return found, [(r.path, r.skipped) for r in result.reports if r.skipped]


EXPECTED = [
    ("codes.py", ITEMS + 2, SET_ELEMENT),
    ("small.py", 1, DICT_KEY),
    ("small.py", 2, SET_ELEMENT),
    ("table.py", 3, DICT_KEY),
    ("table.py", ITEMS + 3, DICT_KEY),
]


def test_a_30000_item_dict_and_set_are_checked_whole_with_their_repeats_reported(tmp_path, monkeypatch):
    found, skipped = _check(_tree(tmp_path), bulk_scan=False, monkeypatch=monkeypatch)
    assert skipped == []
    assert found == EXPECTED


@pytest.mark.slow
def test_a_bulk_scan_reports_the_same_repeats(tmp_path, monkeypatch):
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    found, skipped = _check(_tree(tmp_path), bulk_scan=True, monkeypatch=monkeypatch)
    assert skipped == []
    assert found == EXPECTED


# Literals where the YAML's walk and the hashing might part: nesting, quotes and prefixes,
# escapes, numbers spelt two ways, splats, comments, comprehensions, f-strings
MIXED = '''A = {'a': 1, "a": 2, 'a': 3, b'a': 4, b'a': 5, 1: 6, 1.0: 7, 1: 8, True: 9, True: 0, None: 1, None: 2}
B = {'x': {'x': 1, 'y': 2, 'x': 3}, 'y': {'x': 1}, **other, 'x': 4, 'q\\n': 1, 'q\\n': 2, 'r\\n': 3}
C = {f'{k}': 1 for k in ks}
D = {
    'k': 1,  # first
    # 'k': 2,
    'k': 3,
}
S = {1, 2, 1, 1, 'a', "a", 'a', 1.5, 1.50, 1.5, -1, -1, (1, 1), 'e\\t', 'e\\t', f'{x}', f'{x}'}
T = [{'z': 1, 'z': 2}, {1, 1}]
urlpatterns = [
    path('a/', v1), path("a/", v2), path('a/', v3), re_path(r'^b$', v4), url(r'^b$', v5),
    path('c/', include('x')), path('c/', v6), path('d\\n', v7), path('e\\n', v8), path('d\\n', v9),
    path(f'{p}/', v), path(f'{q}/', v), [path('a/', v10)], path('n/', v11),
]
urlpatterns += [path('n/', v12), path('n/', v13)]
'''


@pytest.mark.parametrize("rule_id", [DICT_KEY, SET_ELEMENT, "python/correctness/django-duplicate-url-pattern"])
def test_the_hashing_reports_what_the_rules_walk_of_the_siblings_reports(rule_id):
    """The rule as its YAML reads (ast-grep's walk) and as postil searches it match the same nodes."""
    rule, walked, hashed = walked_and_joined(rule_id, MIXED)
    assert rule.repeats is not None and "follows" not in repr(rule.config)
    assert len(walked) >= 3
    assert hashed == walked
