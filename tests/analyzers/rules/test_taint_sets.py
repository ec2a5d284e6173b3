"""`taint-set:` documents: a list shared by a file's taint rules, written once and named
with `- {set: NAME}`; the rules see the set's items in place, an unknown name is refused."""

from __future__ import annotations

import pytest

from postil.analyzers.rules.loader import load_rule_file

from tests.analyzers.rules.test_taint import findings

RULES = """\
taint-set: web-sources
items:
  - pattern: request.args
  - {pattern: 'input($$$)', label: user input}
---
id: demo/tainted-sql
language: python
message: SQL injection
taint:
  sources:
    - pattern: request.cookies
    - {set: web-sources}
  sinks:
    - {pattern: '$C.execute($Q $$$)', focus: $Q}
  sanitizers:
    - {set: casts}
---
taint-set: casts
items:
  - pattern: int($$$)
---
id: demo/tainted-eval
language: python
message: code injection
taint:
  sources:
    - {set: web-sources}
  sinks:
    - {pattern: 'eval($Q)', focus: $Q}
"""


@pytest.fixture(autouse=True)
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def load(tmp_path, text):
    path = tmp_path / "rules.yml"
    path.write_text(text)
    return load_rule_file(path)


def test_a_set_stands_for_its_items_in_place_in_every_rule_naming_it(tmp_path):
    rules, errors = load(tmp_path, RULES)
    assert errors == [] and [r.id for r in rules] == ["demo/tainted-sql", "demo/tainted-eval"]
    sql, code = rules
    assert sql.document["taint"]["sources"] == [
        {"pattern": "request.cookies"}, {"pattern": "request.args"}, {"pattern": "input($$$)", "label": "user input"}]
    assert sql.document["taint"]["sanitizers"] == [{"pattern": "int($$$)"}]  # defined further down
    assert code.document["taint"]["sources"] == sql.document["taint"]["sources"][1:]
    _, _, found = findings(tmp_path, """
    def view():
        cur.execute("SELECT 1 WHERE a = " + request.args["a"])
        cur.execute("SELECT 1 WHERE a = %d" % int(request.args["b"]))
        eval(input())
    """, rules)
    assert sorted((f.rule, f.span.start_line) for f in found) == [("demo/tainted-eval", 4), ("demo/tainted-sql", 2)]


def test_the_cached_parse_gives_the_same_expanded_rules(tmp_path):
    first, _ = load(tmp_path, RULES)
    again, errors = load(tmp_path, RULES)
    assert errors == [] and [r.document for r in again] == [r.document for r in first]


def test_an_unknown_set_is_refused_by_name_and_the_other_rules_load(tmp_path):
    rules, errors = load(tmp_path, RULES.replace("{set: casts}", "{set: cast}"))
    assert [r.id for r in rules] == ["demo/tainted-eval"]
    [error] = errors
    assert error.rule_id == "demo/tainted-sql"
    assert error.problem == "unknown taint set `cast` (sets in this file: casts, web-sources)"


def test_a_file_without_sets_says_so(tmp_path):
    documents = RULES.split("---\n")
    _, errors = load(tmp_path, documents[1] + "---\n" + documents[3])
    assert [(e.rule_id, e.problem) for e in errors] == [
        ("demo/tainted-sql", "unknown taint set `web-sources`, `casts` (sets in this file: none)"),
        ("demo/tainted-eval", "unknown taint set `web-sources` (sets in this file: none)")]


@pytest.mark.parametrize("bad, problem", [
    ("taint-set: casts\nitems: {pattern: int($$$)}\n", "taint set `casts`: `items` must be a list"),
    ("taint-set: casts\nitems:\n  - {set: web-sources}\n", "(not other sets)"),
    ("taint-set: casts\n", "a taint set has `taint-set: NAME` and `items` only"),
    ("taint-set: casts\nitems: []\nid: x\n", "a taint set has `taint-set: NAME` and `items` only"),
    ("taint-set: web-sources\nitems: []\n", "taint set `web-sources` is defined twice"),
])
def test_a_malformed_set_says_what_is_wrong(tmp_path, bad, problem):
    _, errors = load(tmp_path, RULES.replace("taint-set: casts\nitems:\n  - pattern: int($$$)\n", bad))
    assert any(problem in e.problem for e in errors), errors


def test_sets_cannot_expand_a_rule_past_the_size_limit(tmp_path):
    # named 20,000 times, a 3,000-item set would stand for 60 million items
    big = "taint-set: many\nitems:\n" + "".join(f"  - {{pattern: a{i}}}\n" for i in range(3000)) + "---\n"
    rule = ("id: demo/huge\nlanguage: python\ntaint:\n  sources:\n" + "    - {set: many}\n" * 20_000
            + "  sinks:\n    - {pattern: 'eval($Q)', focus: $Q}\n")
    rules, errors = load(tmp_path, big + rule)
    assert rules == [] and [e.rule_id for e in errors] == ["demo/huge"]
    assert "values once YAML aliases are expanded" in errors[0].problem


def test_a_set_name_that_is_not_text_is_unknown(tmp_path):
    _, errors = load(tmp_path, RULES.replace("{set: casts}", "{set: [casts]}"))
    assert [e.problem for e in errors] == ["unknown taint set `['casts']` (sets in this file: casts, web-sources)"]


def test_the_builtin_packs_share_their_sources_through_sets():
    from postil.analyzers.rules.loader import BUILTIN_PACK_DIRS, rule_files

    taint_files = [p for d in BUILTIN_PACK_DIRS for p in rule_files(d) if "taint" in p.name]
    assert taint_files
    for path in taint_files:
        text = path.read_text()
        assert "taint-set:" in text
        rules, errors = load_rule_file(path, compile_check=False)
        assert errors == [] and rules
        # every rule begins with the file's shared sources; one may add its own after them
        # (tainted-code: what web storage holds, `localStorage.getItem(...)`, run as code)
        sources = [r.document["taint"]["sources"] for r in rules]
        shared = min(sources, key=len)
        assert all(s[:len(shared)] == shared for s in sources), path
