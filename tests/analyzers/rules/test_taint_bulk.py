"""The taint rules in a bulk scan (issue 31, cost): ast-grep's CLI runs their sources', sinks'
and sanitizers' configs with the pattern rules, and each file's flow analysis searches in
process only the configs it found there, with the same findings as a check in process (the
editor, trees under 64 files). Real git repository, real ast-grep, the real scan."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from ast_grep_py import SgRoot

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk, engine

FIXTURES = Path(__file__).parents[2] / "fixtures" / "taint"
TAINT_RULES = 'select = ["python/security/tainted", "python/security/weak-random", "js/security/tainted", "js/security/weak-random"]\n'
# ast-grep's CLI reports nothing under an `ast-grep-ignore` comment: here the sanitizer
SUPPRESSED = '''import os
import shlex

from flask import request


def listing():
    name = request.args["name"]
    safe = shlex.quote(name)  # ast-grep-ignore
    os.system("ls " + safe)
'''


def _tree(tmp_path: Path, name: str = "tree", most: int | None = None) -> Path:
    """The taint fixtures as a repository (``most``: only files of at most so many bytes)."""
    root = tmp_path / name
    shutil.copytree(FIXTURES, root, ignore=lambda directory, names: [
        n for n in names if most is not None and (Path(directory) / n).is_file() and (Path(directory) / n).stat().st_size > most])
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / ".postil.toml").write_text(TAINT_RULES)
    (root / "suppressed.py").write_text(SUPPRESSED)
    return root


class _Counting:
    """A parsed file's root that adds to ``sizes`` how many rules ast-grep-py compiles for each
    search of it (a shared traversal's are its utilities `a<n>`, see search.SharedSearch)."""

    def __init__(self, node, sizes: list[int]) -> None:
        self.node, self.sizes = node, sizes

    def find_all(self, config=None, **rule):
        self.sizes.append(sum(1 for name in (config or {}).get("utils") or {} if re.fullmatch(r"a\d+", name)) or 1)
        return self.node.find_all(config, **rule) if config is not None else self.node.find_all(**rule)

    def __getattr__(self, name: str):
        return getattr(self.node, name)


def _check(root: Path, bulk_scan: bool, monkeypatch) -> tuple[list[tuple], int]:
    """The findings of the taint rules on the tree (path, line, column, rule, message), and
    how many rules ast-grep-py searched the files with."""
    sizes: list[int] = []
    monkeypatch.setattr(engine, "SgRoot", lambda text, language: SimpleNamespace(
        root=lambda: _Counting(SgRoot(text, language).root(), sizes)))
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1 if bulk_scan else 10**9)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=bulk_scan)
    found = sorted((str(r.path), f.span.start_line, f.span.start_col, f.rule, f.message)
                   for r in result.reports for f in r.findings)
    return found, sum(sizes)


@pytest.mark.slow
def test_taint_findings_are_the_same_in_bulk_and_in_process_with_less_searched(tmp_path, monkeypatch):
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    root = _tree(tmp_path)
    in_process, _ = _check(root, bulk_scan=False, monkeypatch=monkeypatch)
    in_bulk, _ = _check(root, bulk_scan=True, monkeypatch=monkeypatch)
    assert len({rule for *_, rule, _ in in_process}) >= 10  # Python's and JavaScript's flows
    assert in_bulk == in_process
    # in the short files (those the CLI runs the taint configs on) the configs it found nowhere
    # are not searched again (42% of the rules a check in process compiles; 63% without the
    # answers, 100% before)
    short = _tree(tmp_path, "short", bulk._TAINT_MATCH_SIZE)
    _, searched_in_process = _check(short, bulk_scan=False, monkeypatch=monkeypatch)
    _, searched_in_bulk = _check(short, bulk_scan=True, monkeypatch=monkeypatch)
    assert searched_in_bulk < searched_in_process / 2, (searched_in_bulk, searched_in_process)


def test_taint_records_name_files_whose_names_need_escaping_in_json(tmp_path):
    """The taint records of a bulk scan are read without decoding all their JSON: the file
    name must still come out right (a quote, non-ASCII)."""
    if bulk.ast_grep_binary() is None:
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    odd = tmp_path / 'we"ird é.py'
    odd.write_text(SUPPRESSED.replace("  # ast-grep-ignore", ""))
    rules = [r for r in CheckerCache().for_path(odd).rules if r.id == "python/security/tainted-command"]
    records = bulk.scan(rules, [odd])
    probed, matched, others = bulk.probed_taint_rules(records[odd])
    assert probed == {rules[0].taint_probe[0]} and others == []
    assert len(matched) >= 3  # the source, the sink and the sanitizer


@pytest.mark.parametrize("config", [
    {"rule": {"pattern": "request.$A"}, "constraints": {"A": {"regex": "^(args|form)$"}}},
    {"rule": {"pattern": "request.$A"}, "constraints": {"A": {"not": {"regex": "^args$"}}}},
    {"rule": {"kind": "call", "regex": "^open\\(", "not": {"regex": "\\bsafe\\b"}}},
    {"rule": {"pattern": "$F($X)"}, "constraints": {"F": {"regex": "^(eval|exec)$"}, "X": {"kind": "identifier"}}},
    # a sink's constraint of kinds and regexes: checked here, not compiled by ast-grep per file
    {"rule": {"pattern": "$F($X $$$)"}, "constraints": {"X": {"any": [
        {"kind": "string", "has": {"kind": "interpolation"}}, {"kind": "binary_operator", "regex": "^f?['\"]|['\"]$"},
        {"kind": "call", "not": {"regex": "^safe"}}]}}},
    {"rule": {"pattern": "$F($X $$$)"}, "constraints": {"X": {"not": {"all": [
        {"any": [{"kind": "list"}, {"kind": "tuple"}]}, {"has": {"kind": "string", "not": {"has": {"kind": "interpolation"}}}}]}}}},
    {"rule": {"pattern": "$F($X $$$)"}, "constraints": {"X": {"has": {"regex": "^\\+$"}}}},  # an unnamed child
])
def test_a_config_searched_alone_after_a_bulk_scan_matches_as_ast_grep_does(config):
    """After a bulk scan a found config is searched alone, its regex constraints and top-level
    regexes checked in RE2 (ast-grep compiles them on every search): the same nodes."""
    from postil.analyzers.rules.scanned import ScannedConfigs, config_key
    from postil.analyzers.rules.search import SharedSearch

    text = ("def view():\n    a = request.args['q'] + request.form['r'] + request.cookies['s']\n"
            "    open(a)\n    open(safe(a))\n    eval(a)\n    exec(a.strip())\n    print(a)\n"
            "    run(f'ls {a}')\n    run('ls ' + a)\n    run(['ls', a])\n    run(('ls', f'{a}'))\n    run(quote(a))\n")
    root = SgRoot(text, "python").root()
    key = config_key(config)
    alone = SharedSearch(root, "python", True, scanned=ScannedConfigs(frozenset({key}), frozenset({key})))
    expected = [n.text() for n in root.find_all(config)]
    assert expected and [n.text() for n in alone.find(config)] == expected


def _short_and_long(tmp_path):
    """A short file the taint configs go to, a long one (2,000 more lines) they do not, and the
    tainted-command rule."""
    if bulk.ast_grep_binary() is None:
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    short, long = tmp_path / "short.py", tmp_path / "long.py"
    short.write_text(SUPPRESSED.replace("  # ast-grep-ignore", ""))
    long.write_text(short.read_text() + "\n# filler\n" * 2000)
    return short, long, [r for r in CheckerCache().for_path(short).rules if r.id == "python/security/tainted-command"]


def test_a_long_file_gets_no_taint_configs_from_the_scan(tmp_path):
    """The taint configs go to short files only (a library's long files: their shared
    traversal costs less than the CLI matching them); a long file is searched as in process."""
    short, long, rules = _short_and_long(tmp_path)
    records = bulk.scan(rules, [short, long])
    assert bulk.probed_taint_rules(records[short])[1]  # configs found
    assert bulk.probed_taint_rules(records[long])[1] is None  # not scanned for them


def test_a_source_probe_goes_only_to_the_files_its_config_does_not_go_to(tmp_path, monkeypatch):
    """A source probe that matches as one of its rule's configs does (`request.$A`) goes only to the
    long files: in the short ones, which the configs go to, ast-grep printed each of its matches
    twice, and the config's records say the probe matched there."""
    short, long, rules = _short_and_long(tmp_path)
    sent: list[dict] = []
    narrowed = bulk._narrowed

    def keeping(docs, names):
        out = narrowed(docs, names)
        sent.extend(out[0])
        return out

    monkeypatch.setattr(bulk, "_narrowed", keeping)
    records = bulk.scan(rules, [short, long])
    [request] = [doc for doc in sent if doc["id"].startswith(bulk.TAINT_PROBE) and doc["rule"] == {"pattern": "request.$A"}]
    assert request["files"] == [str(long)]
    probe = rules[0].taint_probe[0]
    assert bulk.probed_taint_rules(records[short])[0] == bulk.probed_taint_rules(records[long])[0] == {probe}


# read through an import alias, and with a spread option dict spelt out
ALIASED = 'import subprocess as sp\n\n\ndef run(cmd):\n    sp.call(cmd, shell=True)\n'
SPREAD = 'import subprocess\n\nOPTIONS = {"shell": True}\n\n\ndef run(cmd):\n    subprocess.run(cmd, **OPTIONS)\n'


def test_what_a_file_needs_no_answer_of_ast_grep_for_is_worked_out_before_its_answers_are_read(tmp_path, monkeypatch):
    """While ast-grep compiles its rules on one thread, before it reads a file, the checking
    process works out on the core ast-grep leaves free what needs none of its answers, once a
    file: the imports the taint gate follows (Checker.gate_waits) and the findings on the copies
    read through import aliases and with option dicts spelt out (scan.copied_findings). Both used to
    be worked out as ast-grep's answers came in, beside its matching threads, or by the workers
    finishing the files. The findings are those of a check in process."""
    from postil.analyzers.checker import Checker
    from tests.analyzers.rules.test_taint_modules import HELPERS, VIEWS, repository

    root = repository(tmp_path / "shop", {"helpers/__init__.py": "", "helpers/params.py": HELPERS, "views.py": VIEWS,
                                          "lib/aliased.py": ALIASED, "lib/spread.py": SPREAD,
                                          **{f"lib/plain{i}.py": f"VALUE = {i}\n" for i in range(3)}})
    monkeypatch.chdir(root)
    expected = {(str(r.path), f.rule, f.sink_span.start_line) for r in scan.check_paths([Path(".")], CheckerCache(), jobs=1,
                                                                                  bulk=False).reports for f in r.findings}
    events: list[str] = []
    gate_waits, copied, answers_only = Checker.gate_waits, scan.copied_findings, bulk.scan_answers_only
    monkeypatch.setattr(Checker, "gate_waits", lambda self, path, text, real_path=None: (
        events.append(f"gate {path}") or gate_waits(self, path, text, real_path)))
    copies: dict[str, list] = {}
    monkeypatch.setattr(scan, "copied_findings", lambda checker, path, text, real_path=None: (
        events.append(f"copies {path}") or copies.setdefault(str(path), copied(checker, path, text, real_path))))
    monkeypatch.setattr(bulk, "scan_answers_only", lambda records: events.append("answer") or answers_only(records))
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=True)
    found = {(str(r.path), f.rule, f.sink_span.start_line) for r in result.reports for f in r.findings}
    assert found == expected
    assert {line for path, rule, line in found if path == "views.py" and "/tainted-" in rule} == {13, 18, 24, 30}
    assert [name for name, (through_aliases, spelt_out) in sorted(copies.items()) if through_aliases or spelt_out] == [
        "lib/aliased.py", "lib/spread.py"]
    assert {path for path, _, _ in found} >= {"lib/aliased.py", "lib/spread.py"}
    ahead = [event for event in events if event != "answer"]
    assert sorted(ahead) == sorted(f"{kind} {r.path}" for r in result.reports for kind in ("gate", "copies"))  # once each
    assert events[:len(ahead)] == ahead  # all before the first answer is read
