"""Parsed rule files are cached in the user's cache directory, keyed by the file's bytes:
the same rules either way, an edited file never served from the cache, entries that do
not hold in JSON or do not parse are not used."""

from __future__ import annotations

import json

import pytest

from postil.analyzers.rules.loader import load_rule_file
from postil.core import usercache

RULE = """id: demo/no-eval
language: python
severity: warning
message: eval of $X
rule:
  pattern: eval($X)
---
id: demo/broken
language: python
rule: 12
"""


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "postil"


def entries(cache_home):
    return sorted(cache_home.rglob("*.json"))


def summary(loaded):
    rules, errors = loaded
    return [(r.id, r.message, r.severity) for r in rules], [(e.rule_id, e.problem) for e in errors]


def test_a_cached_file_loads_the_same_rules_and_errors(tmp_path, cache_home):
    path = tmp_path / "rules.yml"
    path.write_text(RULE)
    first = summary(load_rule_file(path))
    [entry] = entries(cache_home)
    assert first[0] == [("demo/no-eval", "eval of $X", first[0][0][2])] and first[1][0][0] == "demo/broken"
    assert summary(load_rule_file(path)) == first
    assert entries(cache_home) == [entry]


def test_an_edited_file_is_parsed_again(tmp_path, cache_home):
    path = tmp_path / "rules.yml"
    path.write_text(RULE)
    load_rule_file(path)
    path.write_text(RULE.replace("eval of $X", "never eval $X"))
    rules, _ = load_rule_file(path)
    assert rules[0].message == "never eval $X"
    assert len(entries(cache_home)) == 2


def test_a_damaged_entry_is_a_miss(tmp_path, cache_home):
    path = tmp_path / "rules.yml"
    path.write_text(RULE)
    first = summary(load_rule_file(path))
    for entry in entries(cache_home):
        entry.write_text('{"docs": [{"id": "planted/rule"')
    assert summary(load_rule_file(path)) == first
    for entry in entries(cache_home):
        entry.write_text(json.dumps({"docs": [], "errors": [["x"]]}))
    assert summary(load_rule_file(path)) == first


def test_what_json_cannot_hold_exactly_is_not_cached(tmp_path, cache_home):
    path = tmp_path / "rules.yml"
    path.write_text(RULE.replace("severity: warning", "severity: warning\nmetadata: {since: 2024-01-01}"))
    rules, _ = load_rule_file(path)  # a YAML date: a datetime.date, not JSON
    assert rules[0].id == "demo/no-eval"
    assert entries(cache_home) == []
    usercache.write_json("probe", "k", {1: "int key"})  # JSON would turn the key into "1"
    assert entries(cache_home) == []


def requirements(rules):
    from postil.analyzers.rules.literal_prefilter import _as_json

    return [_as_json(r.requirement) for r in rules]


def fresh_builtin_rules():
    from postil.analyzers.rules.loader import BUILTIN_PACK_DIRS, load_rule_dirs

    return [r for r in load_rule_dirs(list(BUILTIN_PACK_DIRS), compile_check=False)[0] if r.language == "python"]


def test_prefilter_requirements_come_from_the_cache_as_derived(cache_home):
    from postil.analyzers.rules.literal_prefilter import LiteralIndex, requirement_met

    derived = fresh_builtin_rules()
    expected = requirements(derived)
    assert any(isinstance(r, list) for r in expected)  # some rules need several literals
    LiteralIndex(fresh_builtin_rules())  # derives and stores them
    assert any(e.parent.name.startswith("rule-requirements-") for e in entries(cache_home))
    served = fresh_builtin_rules()
    index = LiteralIndex(served)
    assert all("requirement" in r.__dict__ for r in served)
    assert requirements(served) == expected
    assert index.literals == LiteralIndex(derived).literals
    text = "import pickle, subprocess\npickle.loads(data)\nsubprocess.run(cmd, shell=True)\n"
    present = index.present(text)
    assert [requirement_met(r.requirement, present) for r in served] == \
        [requirement_met(r.requirement, present) for r in derived]


def test_a_damaged_requirements_entry_is_a_miss(cache_home):
    from postil.analyzers.rules.literal_prefilter import LiteralIndex

    expected = requirements(fresh_builtin_rules())
    LiteralIndex(fresh_builtin_rules())
    [entry] = [e for e in entries(cache_home) if e.parent.name.startswith("rule-requirements-")]
    entry.write_text(json.dumps([{"planted": 1}] * len(expected)))
    served = fresh_builtin_rules()
    LiteralIndex(served)
    assert requirements(served) == expected


def test_a_literal_index_finds_the_same_literals_before_and_after_it_builds_its_dfa():
    from postil.analyzers.rules import literal_prefilter
    from postil.analyzers.rules.literal_prefilter import LiteralIndex

    index = LiteralIndex.of_literals(["eval", "exec", "subprocess", "shell=True", "pickle"])
    texts = ["import pickle\npickle.loads(x)\n", "subprocess.run(cmd, shell=True)\n", "nothing here\n", "eval(exec)\n"]
    answers = [index.present(texts[i % len(texts)]) for i in range(2 * literal_prefilter._DFA_AFTER)]
    assert answers[:4] == [{"pickle"}, {"subprocess", "shell=True"}, set(), {"eval", "exec"}]
    assert answers == answers[:4] * (len(answers) // 4)
