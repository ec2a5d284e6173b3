"""A rule whose regex matches case-insensitively (`(?i)...MONGODB-CR`) asks files for that
literal in any case: a bulk scan sends it only to the files holding it (it went to every file),
a check in process skips it elsewhere, and it still finds what it finds, whatever the case."""

from __future__ import annotations

from pathlib import Path

from postil import scan
from postil.analyzers.rules.builtin_packs import builtin_rules_for
from postil.analyzers.rules.engine import RuleSet
from postil.analyzers.rules.literal_prefilter import LiteralIndex, regex_literals, requirement_met
from postil.analyzers.rules.literal_search import LiteralSearch
from postil.analyzers.rules.bulk import requirement_literals
from tests.analyzers.rules.tree_scan import sent_documents

RULE = "python/security/mongodb-cr-authentication"
LEGACY = {
    "upper.py": 'from pymongo import MongoClient\nclient = MongoClient(HOST, authMechanism="MONGODB-CR")\n',
    "lower.py": 'import pymongo\nclient = pymongo.MongoClient("mongodb://h/?authMechanism=mongodb-cr")\n',
    "mixed.py": 'from pymongo import MongoClient\nOPTIONS = {"authMechanism": "MongoDB-CR"}\nc = MongoClient(**OPTIONS)\n',
}
# a client with another mechanism, and code naming neither
OTHER = 'from pymongo import MongoClient\n\ndef connect{n}(user, pw):\n' \
        '    return MongoClient(HOST, username=user, password=pw, authMechanism="SCRAM-SHA-256")\n'


def _rule():
    return next(r for r in builtin_rules_for("python") if r.id == RULE)


def test_a_case_insensitive_regex_asks_for_its_literal_in_any_case():
    rule = _rule()
    index = LiteralIndex([rule])
    for text in LEGACY.values():
        assert requirement_met(rule.requirement, index.present(text))
    for text in (OTHER.format(n=1), "mechanism = 'MONGODB-X509'\n", "mongodb_cr = 1\n"):
        assert not requirement_met(rule.requirement, index.present(text))


def test_the_fold_of_a_kelvin_sign_is_a_k_as_the_regex_engine_reads_it():
    # `(?i)kelvin` matches "\u212aelvin" (Unicode's simple case folding): the literal is found there
    requirement = regex_literals("(?i)^kelvin$", folded=True)
    texts = ["x = '\u212aELVIN'\n", "y = 'kElViN'\n", "z = 'kelvn'\n"]
    assert [requirement_met(requirement, LiteralIndex.of_literals([requirement]).present(t)) for t in texts] == \
        [True, True, False]
    search = LiteralSearch([requirement])
    held = [bool(search.within(t.encode())) for t in texts]
    assert held == [True, True, False]
    search._set = None  # the search without RE2 (its DFA out of memory) finds them too
    assert [bool(search.within(t.encode())) for t in texts] == held


def test_a_case_sensitive_part_of_a_case_insensitive_regex_keeps_its_case():
    assert regex_literals("(?i)^select (?-i:FROM) t$", folded=True) == ("all", [("nocase", "select "), "FROM"])
    assert regex_literals("^x = (?i:Token)$", folded=True) == ("all", ["x = ", ("nocase", "token")])
    assert regex_literals("(?i)^select (?-i:FROM) t$") == "FROM"  # (folded literals only where asked)


def test_the_bulk_search_finds_the_same_literals():
    rule = _rule()
    search = LiteralSearch(sorted(requirement_literals(rule.requirement), key=str))
    held = [("nocase", "mongodb-cr") in search.within(text.encode()) for text in [*LEGACY.values(), OTHER.format(n=1)]]
    assert held == [True, True, True, False]


def test_a_check_in_process_skips_the_rule_where_the_literal_is_not():
    rule = _rule()
    ruleset = RuleSet.of([rule])
    index = ruleset.literal_index("python")
    assert ruleset.met("python", index.present(OTHER.format(n=1))) == frozenset()
    assert ruleset.met("python", index.present(LEGACY["lower.py"])) == {id(rule)}


def test_a_bulk_scan_sends_the_rule_to_the_files_naming_the_mechanism_alone_and_reports_them(tmp_path, monkeypatch):
    for name, text in LEGACY.items():
        (tmp_path / name).write_text(text)
    for n in range(bulk_files := scan._BULK_THRESHOLD):
        (tmp_path / f"other{n:03d}.py").write_text(OTHER.format(n=n))
    reports, sent = sent_documents(tmp_path, RULE, monkeypatch)
    assert len(reports) == bulk_files + len(LEGACY)
    [doc] = sent
    assert sorted(Path(name).name for name in doc["files"]) == sorted(LEGACY)
    found = {r.path.name for r in reports for f in r.findings if f.rule == RULE}
    assert found == set(LEGACY)


def test_a_run_of_literals_goes_on_through_a_few_alternatives():
    # `[hH][tT][tT][pP]`: a letter in either case; `(http|ftp)://`: "http://" or "ftp://", not "://"
    url = "^[rbuRBU]?['\"]([hH][tT][tT][pP]|[fF][tT][pP])://[^'\"]"
    assert regex_literals(url, folded=True) == ("any", [("nocase", "http://"), ("nocase", "ftp://")])
    assert regex_literals(url) == "://"  # (without folded literals, as before)
    assert regex_literals(r"\.(filter|order_by)\(") == ("any", [".filter(", ".order_by("])
    index = LiteralIndex.of_literals([("nocase", "http://"), ("nocase", "ftp://"), ".filter("])
    # the licence link every SQLAlchemy module starts with is https://, which asks nothing here
    assert index.present("# https://www.opensource.org/licenses/mit-license.php\nq.filter(x)\n") == {".filter("}
    assert index.present("u = 'HTTP://example.com'\n") == {("nocase", "http://")}
    # more alternatives than a run holds: the parts are asked for apart
    names = [letter * 3 for letter in "abcdefghijklmnopqrst"]
    assert regex_literals(f"({'|'.join(names)})xyz") == ("all", [("any", names), "xyz"])
