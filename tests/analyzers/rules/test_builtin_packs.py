"""The built-in rules are built per language (issue 34: ``postil check app.py`` built every
JavaScript and Go rule too, and walked every rule tree, on each run): a language's rules come
the same from a cold and a warm cache, with the same prefilter requirements; a check of a Python
file on a warm cache builds no rule from a document, walks no rule tree and derives no prefilter
requirement (nor reads the prefilter's own cache for them); an entry that is damaged or that
others could write is never used."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules import builtin_packs, literal_prefilter, loader, rule_yaml, scanned, taint_prefilter
from postil.analyzers.rules.builtin_packs import builtin_rules_for, pack_index
from postil.analyzers.rules.bulk_documents import taint_configs
from postil.config import LoadedConfig, PostilConfig

LANGUAGES = ("python", "javascript", "typescript", "tsx", "go", "rust")


@pytest.fixture
def forget(tmp_path, monkeypatch):
    """A fresh cache directory, and a way to forget what this process built (a new run)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))

    def new_run() -> None:
        builtin_packs.pack_index.cache_clear()
        builtin_packs._cache.cache_clear()
        builtin_packs._built.clear()
        taint_prefilter._REQUIREMENTS.clear()  # (a process starts with none derived)
        scanned._KEYS.clear()

    new_run()
    yield new_run
    new_run()


@pytest.fixture(scope="module")
def expected() -> dict[str, list]:
    rules, errors = loader.load_rule_dirs(list(loader.BUILTIN_PACK_DIRS), compile_check=False)
    assert not errors
    return {"ids": [r.id for r in rules], **{language: [r for r in rules if language in r.targets] for language in LANGUAGES}}


def entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "postil").glob("builtin-rules-*/*.marshal"))


def test_each_language_gets_the_rules_a_full_load_gives_it_cold_and_warm(forget, expected, tmp_path):
    for run in ("cold", "warm"):
        assert list(pack_index().ids) == expected["ids"], run
        for language in LANGUAGES:
            rules = builtin_rules_for(language)
            assert rules == tuple(expected[language]), (run, language)
            assert [r.requirement for r in rules] == [r.requirement for r in expected[language]], (run, language)
        assert entries(tmp_path)
        forget()
    assert expected["python"] and expected["tsx"] and not expected["rust"]


def test_a_python_check_on_a_warm_cache_builds_and_derives_nothing(forget, expected, tmp_path, monkeypatch):
    builtin_rules_for("python")  # a first run of a Python check keeps the packs
    forget()
    built, walked, derived, read = [], [], [], []
    build_rule, check_rule_tree = loader.build_rule, loader._check_rule_tree
    monkeypatch.setattr(loader, "build_rule", lambda doc, *a, **k: built.append(doc["id"]) or build_rule(doc, *a, **k))
    monkeypatch.setattr(loader, "_check_rule_tree", lambda *a: walked.append(1) or check_rule_tree(*a))
    required, read_json = literal_prefilter.required_literals, literal_prefilter.usercache.read_json
    # (keywords passed on: a module first imported while this runs binds the counting function for good)
    monkeypatch.setattr(literal_prefilter, "required_literals", lambda *a, **k: derived.append(1) or required(*a, **k))
    monkeypatch.setattr(literal_prefilter.usercache, "read_json", lambda kind, *a: read.append(kind) or read_json(kind, *a))
    checker = Checker(LoadedConfig(PostilConfig(), None, tmp_path))
    findings = checker.check_text(tmp_path / "m.py", "def run(code):\n    return eval(code)\n")
    assert "python/security/eval-exec-non-literal" in {f.rule for f in findings}
    assert built == [] and walked == []
    assert derived == [] and [kind for kind in read if kind.startswith("rule-requirements")] == []
    javascript_rule = expected["javascript"][0].id
    assert javascript_rule in checker.known_ids  # selectors and suppressions still know every rule
    assert Checker(LoadedConfig(PostilConfig.model_validate({"select": [javascript_rule]}), None, tmp_path)).config_problems == []


def test_a_tree_check_reads_every_language_s_rules_as_a_full_load_builds_them(forget, expected, tmp_path, monkeypatch):
    """A bulk scan sends every language's rules (Checker.rules): on a warm cache they come from
    the packs' entries, the same rules in the same order, none built from its document."""
    rules, _ = loader.load_rule_dirs(list(loader.BUILTIN_PACK_DIRS), compile_check=False)
    pack_index()
    forget()
    built = []
    build_rule = loader.build_rule
    monkeypatch.setattr(loader, "build_rule", lambda doc, *a, **k: built.append(doc["id"]) or build_rule(doc, *a, **k))
    checker = Checker(LoadedConfig(PostilConfig(), None, tmp_path))
    assert checker.all_rules == rules
    assert [r.requirement for r in checker.all_rules] == [r.requirement for r in rules]
    assert built == []


def test_a_damaged_entry_is_a_miss(forget, expected, tmp_path):
    pack_index()
    for entry in entries(tmp_path):
        entry.write_bytes(entry.read_bytes()[:-100])
    forget()
    assert list(pack_index().ids) == expected["ids"]
    assert builtin_rules_for("python") == tuple(expected["python"])


def test_an_entry_others_may_write_is_never_read(forget, expected, tmp_path):
    pack_index()
    for entry in entries(tmp_path):
        if entry.name.endswith("-python.marshal"):
            kept = marshal.loads(entry.read_bytes())
            kept["rules"] = [(0, {**fields, "id": "planted/rule", "message": "planted"}, requirement)
                             for _, fields, requirement in kept["rules"][:1]]
            entry.write_bytes(marshal.dumps(kept))
            entry.chmod(0o664)
    forget()
    assert builtin_rules_for("python") == tuple(expected["python"])


def test_a_link_in_an_entry_s_place_is_never_followed(forget, expected, tmp_path):
    builtin_rules_for("python")
    for entry in entries(tmp_path):
        if entry.name.endswith("-python.marshal"):
            kept = marshal.loads(entry.read_bytes())
            kept["rules"] = [(0, {**fields, "id": "planted/rule"}, requirement) for _, fields, requirement in kept["rules"][:1]]
            planted = tmp_path / "planted.marshal"
            planted.write_bytes(marshal.dumps(kept))
            planted.chmod(0o600)
            entry.unlink()
            entry.symlink_to(planted)
    forget()
    assert builtin_rules_for("python") == tuple(expected["python"])


def test_the_packs_read_in_one_parse_give_what_a_rule_file_s_guarded_read_gives(forget):
    """The shipped packs skip load_yaml_documents' guards (a parse of their own): they hold
    nothing those guards refuse, and read the same."""
    for path in (p for directory in loader.BUILTIN_PACK_DIRS for p in loader.rule_files(directory)):
        docs, errors = rule_yaml.load_yaml_documents(path)
        assert errors == [], path
        assert rule_yaml.load_trusted_documents(path) == (docs, []), path


def test_a_language_no_run_checked_is_derived_by_the_first_run_that_checks_it(forget, expected, tmp_path, monkeypatch):
    """A cold Python check derives the prefilter of the Python rules alone; the first JavaScript
    check after it reads the JavaScript rules kept, derives theirs (the same as a full load's),
    and keeps them: the next one derives nothing."""
    builtin_rules_for("python")
    kept = {entry.name.rsplit("-", 1)[1]: marshal.loads(entry.read_bytes()) for entry in entries(tmp_path)}
    assert kept["python.marshal"]["regexes"] and kept["javascript.marshal"]["regexes"] is None
    derived = []
    required = literal_prefilter.required_literals
    monkeypatch.setattr(literal_prefilter, "required_literals", lambda *a, **k: derived.append(1) or required(*a, **k))
    for run in ("first", "next"):
        forget()
        derived.clear()
        rules = builtin_rules_for("javascript")
        assert rules == tuple(expected["javascript"]), run
        assert [r.requirement for r in rules] == [r.requirement for r in expected["javascript"]], run
        assert bool(derived) == (run == "first")


def test_an_entry_kept_without_its_prefilter_but_with_requirements_is_a_miss(forget, expected, tmp_path):
    builtin_rules_for("python")
    for entry in entries(tmp_path):
        if entry.name.endswith("-python.marshal"):
            kept = marshal.loads(entry.read_bytes())
            entry.write_bytes(marshal.dumps({"rules": [(p, f, "planted") for p, f, _ in kept["rules"]], "regexes": None}))
    forget()
    rules = builtin_rules_for("python")
    assert rules == tuple(expected["python"])
    assert [r.requirement for r in rules] == [r.requirement for r in expected["python"]]


FLASK_HANDLER = ("from flask import request\nimport sqlite3\n\n\ndef show(db: sqlite3.Connection):\n"
                 "    name = request.args['name']\n    return db.execute('SELECT * FROM t WHERE n = ' + name)\n")


def _taint_findings(tmp_path: Path) -> list[tuple[str, int]]:
    checker = Checker(LoadedConfig(PostilConfig(), None, tmp_path))
    return sorted((f.rule, f.span.start_line) for f in checker.check_text(tmp_path / "views.py", FLASK_HANDLER))


def test_a_flow_check_on_a_warm_cache_derives_no_literals_of_the_taint_rules_own_searches(forget, tmp_path, monkeypatch):
    """A file the taint rules analyse needs the literals each of their sources', sinks'... searches
    needs (taint_prefilter.config_requirement): the packs' entries keep them, so a warm run walks
    none of those rule trees again (~2,300 on each check) and finds what a cold run finds."""
    cold = _taint_findings(tmp_path)
    assert any("sql" in rule for rule, _ in cold)
    forget()
    walked = set()
    required = taint_prefilter.required_literals
    monkeypatch.setattr(taint_prefilter, "required_literals", lambda tree, *a, **k: walked.add(id(tree)) or required(tree, *a, **k))
    assert _taint_findings(tmp_path) == cold
    own = [config for rule in builtin_rules_for("python") if rule.taint is not None
           for config in taint_configs(rule.taint, "python")]  # the functions' configs of Python's grammar too
    assert len(own) > 1000
    assert not walked & {id(tree) for config in own for tree in (config["rule"], *(config.get("constraints") or {}).values())}


def test_a_damaged_entry_of_the_taint_searches_literals_is_a_miss(forget, tmp_path):
    cold = _taint_findings(tmp_path)
    for entry in entries(tmp_path):
        if entry.name.endswith("-python.marshal"):
            kept = marshal.loads(entry.read_bytes())
            kept["configs"] = [None if configs is None else configs[:-1] for configs in kept["configs"]]
            entry.write_bytes(marshal.dumps(kept))
    forget()
    assert _taint_findings(tmp_path) == cold


def test_a_warm_run_keys_the_taint_rules_searches_as_a_cold_run_without_serialising_them(forget, tmp_path, monkeypatch):
    """A bulk scan sends each taint search under its key (scanned.config_key: a digest of its JSON, ~1,500
    of them for the Python rules): a warm run reads the keys kept, the same a cold run derives."""
    def own_keys() -> list[str]:
        return [scanned.config_key(config) for rule in builtin_rules_for("python") if rule.taint is not None
                for config in taint_prefilter.spec_configs(rule.taint)]

    cold = own_keys()
    forget()
    serialised = []
    dumps = scanned.json.dumps
    monkeypatch.setattr(scanned.json, "dumps", lambda *a, **k: serialised.append(1) or dumps(*a, **k))
    assert own_keys() == cold
    assert serialised == []
