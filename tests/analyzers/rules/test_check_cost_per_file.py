"""What checking one more file costs when it holds the same literals as one checked before
(issue 31, item 9: a tree of many small, alike handlers cost several times bandit's CPU,
most of it worked out again for every file). Counted work, not time: which rules a file's
literals allow, and which of the taint rules' matchers it may hold, are worked out once
for the files holding the same literals; the findings stay each file's own."""

from __future__ import annotations

import pytest

from postil.analyzers.rules import engine, taint_prefilter
from postil.analyzers.rules.engine import RuleSet, run_rules
from postil.analyzers.rules.loader import builtin_rules

HANDLER = '''import subprocess

from flask import Blueprint, request

bp = Blueprint("{name}", __name__)


@bp.route("/{name}")
def {name}():
    param = request.args.get("k{n}")
    if not param:
        param = ""
    result = subprocess.run(f"echo {{param}}", shell=True)
    return str(result)
'''


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    rules, errors = builtin_rules()
    assert not errors
    return RuleSet.of(rules)


def _check(ruleset: RuleSet, n: int) -> list[tuple[str, int]]:
    name = f"case{n:05d}"
    text = HANDLER.format(name=name, n=n)
    return sorted((f.rule, f.sink_span.start_line) for f in run_rules(ruleset, text, "python", f"{name}.py", f"{name}.py"))


def _counted(monkeypatch, owner, name: str) -> list[int]:
    calls = [0]
    original = getattr(owner, name)

    def counting(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return calls


def test_an_alike_file_does_not_weigh_every_rule_s_literals_again(ruleset, monkeypatch):
    first = _check(ruleset, 1)
    calls = _counted(monkeypatch, engine, "requirement_met")
    again = _check(ruleset, 2)
    assert calls[0] == 0
    assert again == first and ("python/security/tainted-command", 12) in first  # the same flow, found in each


def test_an_alike_file_asks_the_taint_prefilter_only_of_what_it_searches(ruleset, monkeypatch):
    _check(ruleset, 3)
    calls = _counted(monkeypatch, taint_prefilter.LiteralPrefilter, "possible")
    found = _check(ruleset, 4)
    assert ("python/security/tainted-command", 12) in found
    # about one question per config searched and per parameter source of each rule (385 with
    # the 11 rules' 30 parameter sources, each one 11 more: graphene's mutations and RPC methods
    # came in session 37, Girder's described routes in session 38, the XML-RPC servers' exposed
    # methods in session 39, web.py page classes' URL groups in session 40, Koji's exported
    # methods, kojiweb pages and Django's form_valid in session 43, a class's `@export` methods
    # in session 44, OpenStack controller actions' `body` in session 47, connexion operations and
    # CherryPy MethodDispatcher verbs in session 51, webargs' decorated parameters in session 52,
    # discord.py's bot commands in session 53; one more sanitizer of the number conversions, a tuple's
    # `%d` places, in session 56, one item a place from session 57: three more; session 58's Python flow
    # sanitizers and stored-row sources, one more; session 59's Python flow sources (gidgethub events, hapic data), 11 more;
    # session 62's Python flow sanitizers, one more); the rules' many alike matchers are not weighed
    # again for each rule (526 questions before)
    assert calls[0] <= 402, calls[0]


def _searched(monkeypatch) -> list[dict]:
    """The configs the taint rules' file facts search from now on."""
    from postil.analyzers.rules.taint_facts import FileFacts

    searched: list[dict] = []
    original = FileFacts.find

    def find(self, config):
        searched.append(config)
        return original(self, config)

    monkeypatch.setattr(FileFacts, "find", find)
    return searched


def _parameter_functions(ruleset: RuleSet) -> list[int]:
    """The ids of the configs of the functions whose parameters the Python taint rules take as sources."""
    from postil.analyzers.rules.taint_grammar import GRAMMARS, grammar_configs

    g = GRAMMARS["python"]
    return [id(c) for r in ruleset.for_language("python") if r.taint is not None
            for c in taint_prefilter.function_configs(r.taint, g, grammar_configs(g).scopes) if c is not None]


def test_a_handler_without_parameters_is_not_searched_for_the_functions_taking_source_parameters(ruleset, monkeypatch):
    # a route's parameters come from the URL: its decorator's search (a regex ast-grep-py compiles
    # on each file, ~15% of checking a small handler) answers nothing for a handler that has none
    searched = _searched(monkeypatch)
    found = _check(ruleset, 5)
    assert ("python/security/tainted-command", 12) in found
    assert searched and not set(map(id, searched)) & set(_parameter_functions(ruleset))


def test_a_handler_with_parameters_still_takes_them_as_sources(ruleset, monkeypatch):
    searched = _searched(monkeypatch)
    text = HANDLER.format(name="case00006", n=6).replace("def case00006():", "def case00006(name):") \
        .replace('request.args.get("k6")', "name")
    found = sorted((f.rule, f.sink_span.start_line) for f in run_rules(ruleset, text, "python", "case00006.py", "case00006.py"))
    assert ("python/security/tainted-command", 12) in found
    assert set(map(id, searched)) & set(_parameter_functions(ruleset))


class _SearchCounting:
    """A node that counts the ast-grep searches asked of it (and of nothing below it)."""

    def __init__(self, node, searches: list[int]) -> None:
        self.node, self.searches = node, searches

    def find_all(self, *args, **kwargs):
        self.searches[0] += 1
        return self.node.find_all(*args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self.node, name)


@pytest.mark.parametrize("expression", ['request.args.get("q")', "param", 'f"echo {param}"', "db().execute(q, (a,))"])
def test_what_a_short_expression_reads_is_found_without_an_ast_grep_search(expression):
    # ast-grep-py compiles each search (~25 us); the flow analysis asks what each value it
    # follows reads, most of them a few nodes
    from ast_grep_py import SgRoot

    from postil.analyzers.rules.taint import file_facts
    from postil.analyzers.rules.taint_grammar import GRAMMARS

    root = SgRoot(f"x = {expression}\n", "python").root()
    value = root.find(kind="assignment").field("right")
    searches = [0]
    names, members, calls = file_facts(root, "python", []).reads(_SearchCounting(value, searches))
    assert searches[0] == 0
    g = GRAMMARS["python"]
    spans = lambda kinds: [(n.range().start.index, n.range().end.index) for n in value.find_all(
        {"rule": {"any": [{"kind": k} for k in sorted(kinds)]}})]
    assert [(s, e) for _, s, e in members] == spans(g.members)  # as ast-grep's search finds them
    assert [(s, e) for _, s, e, _ in calls] == spans({g.call})
    assert {(s, e) for _, s, e in names} <= set(spans(g.names)) and names


def test_a_file_s_bulk_records_ask_the_path_globs_of_their_own_rules_only(tmp_path, monkeypatch):
    # a file of a bulk scan matched a few of the ~200 rules: the others' files/ignores globs
    # were matched against its path for nothing (~3% of a tree of small handlers)
    import subprocess

    from postil.analyzers.checker import CheckerCache
    from postil.analyzers.rules import bulk
    from postil.config import ConfigOverrides

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    path = tmp_path / "app.py"
    path.write_text("import pickle\n\n\ndef load(blob):\n    return pickle.loads(blob)\n")
    checker = CheckerCache(ConfigOverrides()).for_path(path)
    records = bulk.scan(checker.rules, [path])[path]
    asked = _counted(monkeypatch, engine, "applies_to_path")
    found = checker.check_text(path, path.read_text(), bulk_records=records)
    assert any("pickle" in f.rule for f in found), [f.rule for f in found]
    assert len(checker.rules) > 100 and asked[0] <= 10, asked[0]


def test_an_alike_file_of_a_bulk_scan_does_not_weigh_its_taint_rules_literals_again(ruleset, monkeypatch):
    # after a bulk scan only the taint rules it probed run in process (``only``): their
    # literals too are weighed once for the files holding the same ones
    only = {r.id for r in ruleset.for_language("python") if r.taint is not None}

    def check(n: int) -> list[tuple[str, int]]:
        text = HANDLER.format(name=f"case{n:05d}", n=n)
        return sorted((f.rule, f.sink_span.start_line) for f in run_rules(ruleset, text, "python", "v.py", "v.py", only=only))

    first = check(7)
    calls = _counted(monkeypatch, engine, "requirement_met")
    again = check(8)
    assert calls[0] == 0
    assert again == first and ("python/security/tainted-command", 12) in first


def test_a_file_s_lines_are_indexed_once_where_a_bulk_scan_found_something(tmp_path, monkeypatch):
    """A file of a bulk scan with pattern matches has its lines indexed once for its findings and
    its suppression comments, not once for each; its findings are the same."""
    from postil.analyzers import checker as checker_module
    from postil.analyzers.checker import CheckerCache
    from postil.analyzers.rules import bulk

    path = tmp_path / "views.py"
    path.write_text("import hashlib\n\n\ndef digest(data):\n    try:\n        return hashlib.md5(data).hexdigest()\n"
                    "    except:  # postil: ignore[python/correctness/bare-except]\n        return None\n")
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    checker = CheckerCache().for_path(path)
    records = bulk.scan(checker.rules, [path])[path]
    text = path.read_text()
    expected = checker.check_text(path, text)
    calls = _counted(monkeypatch, checker_module, "LineIndex")
    found = checker.check_text(path, text, bulk_records=records)
    assert [(f.rule, f.span) for f in found] == [(f.rule, f.span) for f in expected]
    assert any(f.rule == "python/security/weak-hash" for f in found)
    assert calls[0] == 1


def test_the_words_of_branches_and_loops_open_with_a_letter_and_are_found_as_whole_words():
    """A function's text is searched for the words of branching statements and loops (`\\bif\\b` was tried
    at every position of it): each word's pattern opens with its first letter, which the search skips to,
    and finds the words `\\b...\\b` finds, no more."""
    import re

    from postil.analyzers.rules import taint_facts, taint_horizon
    from postil.analyzers.rules.taint_grammar import PYTHON

    class Facts:
        g = PYTHON

    taint_horizon.horizons(Facts(), [])
    loops = taint_horizon._LOOP_WORDS[PYTHON.paths.loops]
    old_branching = re.compile(r"\b(if|for|while|do|try|match|switch)\b")
    old_loops = re.compile(r"\b(?:for|while)\b")
    for pattern in (taint_facts._BRANCHING, loops):
        assert pattern.pattern.startswith("(?:") and pattern.pattern[3].isalpha(), pattern.pattern
    texts = ["if x:", "elif x:", "_if", "x.if", "for_", "formula", "éfor", "(for", "while\n", "awhile", "do", "undo",
             "try:", "retry", "match y", "rematch", "switch", "$switch", "f", ""]
    for text in texts:
        assert (taint_facts._BRANCHING.search(text) is None) == (old_branching.search(text) is None), text
        for start in range(len(text) + 1):
            assert (loops.search(text, start) is None) == (old_loops.search(text, start) is None), (text, start)
            assert (loops.search(text, 0, start) is None) == (old_loops.search(text, 0, start) is None), (text, start)


def test_the_files_of_a_directory_share_one_path_of_it(tmp_path):
    """The indexes of the files near a directory are kept by its Path: each file's questions of them
    hash one Path, not a new `path.parent` each time."""
    from postil.analyzers.rules.taint_imports import ImportGraph

    graph = ImportGraph(tmp_path)
    a, b, c = tmp_path / "views" / "a.py", tmp_path / "views" / "b.py", tmp_path / "c.py"
    assert graph.directory(a) is graph.directory(b) is graph.directory(a) and graph.directory(a) == a.parent
    assert graph.directory(c) == tmp_path
