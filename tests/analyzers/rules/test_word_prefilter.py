"""A rule that names a module too short to be a literal (`import sh`: "sh" is in most files, in
`hash`, `flush`, `shape`) runs only on files holding that name as a word: a bulk scan sends it
to those files alone, and a check in process skips it elsewhere; it still finds what it finds."""

from __future__ import annotations

from pathlib import Path

from postil import scan
from postil.analyzers.rules import bulk
from postil.analyzers.rules.builtin_packs import builtin_rules_for
from postil.analyzers.rules.engine import RuleSet
from postil.analyzers.rules.literal_prefilter import LiteralIndex, requirement_met
from postil.analyzers.rules.literal_search import LiteralSearch
from tests.analyzers.rules.tree_scan import sent_documents

RULE = "python/security/sh-command-built-from-value"
USES_SH = {
    "plain.py": 'import sh\n\ndef listing(path):\n    return sh.ls("-l " + path)\n',
    "aliased.py": 'import os,sh as shell\n\ndef backup(name):\n    shell.tar(f"-czf {name}.tgz " + os.sep)\n',
    "from_import.py": 'from sh import(git)\n\ndef publish(remote):\n    git("push " + remote)\n',
}
# "sh" in other words, and a command built the same way through other modules
OTHER = 'import hashlib, shlex\n\ndef digest{n}(data, branch):\n    flush(shlex.split("git checkout " + branch))\n' \
        '    return hashlib.sha1(data + b"{n}").hexdigest()\n'


def _rule():
    return next(r for r in builtin_rules_for("python") if r.id == RULE)


def test_the_rule_asks_for_the_module_s_name_as_a_word():
    rule = _rule()
    index = LiteralIndex([rule])
    for text in USES_SH.values():
        assert requirement_met(rule.requirement, index.present(text))
    for text in (OTHER.format(n=1), "import shutil\nshutil.rmtree(path + '/x')\n", "x = a.sh2(b)\n"):
        assert not requirement_met(rule.requirement, index.present(text))


def test_the_bulk_search_finds_the_same_words():
    rule = _rule()
    search = LiteralSearch(sorted(bulk.requirement_literals(rule.requirement), key=str))
    held = [bool(search.within(text.encode())) for text in [*USES_SH.values(), OTHER.format(n=1)]]
    assert held == [True, True, True, False]
    search._set = None  # the search without RE2 (its DFA out of memory) finds them too
    assert [bool(search.within(text.encode())) for text in [*USES_SH.values(), OTHER.format(n=1)]] == held


def test_a_check_in_process_skips_the_rule_where_the_word_is_not():
    rule = _rule()
    ruleset = RuleSet.of([rule])
    index = ruleset.literal_index("python")
    assert ruleset.met("python", index.present(OTHER.format(n=1))) == frozenset()
    assert ruleset.met("python", index.present(USES_SH["plain.py"])) == {id(rule)}


def test_a_bulk_scan_sends_the_rule_to_the_files_importing_sh_alone_and_reports_them(tmp_path, monkeypatch):
    for name, text in USES_SH.items():
        (tmp_path / name).write_text(text)
    for n in range(bulk_files := scan._BULK_THRESHOLD):
        (tmp_path / f"other{n:03d}.py").write_text(OTHER.format(n=n))
    reports, sent = sent_documents(tmp_path, RULE, monkeypatch)
    assert len(reports) == bulk_files + len(USES_SH)
    [doc] = sent
    assert sorted(Path(name).name for name in doc["files"]) == sorted(USES_SH)
    found = {r.path.name for r in reports for f in r.findings if f.rule == RULE}
    assert found == set(USES_SH)
