"""The work a file's shared traversal gives ast-grep (issue 31, item 9: the taint engine's
cost on many small handlers is mostly ast-grep compiling each file's combined rule): a
rule's own top-level regex is checked by postil on the nodes the rest of the rule matches,
not compiled by ast-grep again for every file, and finds exactly what ast-grep finds; after a
bulk scan the configs that are only node kinds are searched in one traversal."""

from __future__ import annotations

import json

import pytest
from ast_grep_py import SgRoot

from postil.analyzers.rules.scanned import ScannedConfigs
from postil.analyzers.rules.search import SharedSearch

CONFIGS = [
    {"rule": {"kind": "call", "regex": r"^(os|subprocess)\.\w+\("}},
    {"rule": {"pattern": "return $S", "regex": r"\w+\s*$"}},
    {"rule": {"kind": "string", "regex": r"^f?['\"].*é"}},
    {"rule": {"any": [{"pattern": "eval($X)"}, {"pattern": "exec($X)"}], "regex": r"\bx\b"}},
    {"rule": {"kind": "identifier", "not": {"regex": "^_"}, "regex": r"^\w{3}$"}},
    {"rule": {"regex": r"^\+$"}},  # nothing positive beside the regex: left to ast-grep
    {"rule": {"kind": "comparison_operator", "not": {"any": [{"regex": r"\snot\s+in\s"}, {"regex": r"\bscheme\b"}]}}},
    {"rule": {"kind": "call", "has": {"field": "function", "regex": r"^(os\.system|eval|g)$"}}},  # a sanitizer's shape
    {"rule": {"pattern": "$M.$F($X $$$)", "has": {"field": "function", "regex": r"\.(system|run)$"}}},
    {"rule": {"kind": "call", "has": {"field": "arguments", "regex": r"^\(x\)$"}}},
]
TEXTS = [
    'import os\nos.system("ls " + name)\nsubprocess.run(x)\nprint(1)\neval(x)\nexec(y)\n',
    'def f(_ab, abc):\n    s = "café é"\n    t = f"naïve {abc} é"\n    return abc \n',
    "def g():\n    return 1 + 2\n",
    'if x in ALLOWED and y not in BLOCKED and url.scheme in ("https",) and 1 < 2:\n    pass\n',
]


class CountingRoot:
    """A real SgNode whose find_all calls are recorded (the rules ast-grep compiles)."""

    def __init__(self, root) -> None:
        self.root = root
        self.searched: list[dict] = []

    def find_all(self, config):
        self.searched.append(config)
        return self.root.find_all(config)

    def text(self) -> str:
        return self.root.text()


def _spans(nodes) -> list[tuple[int, int]]:
    return [(n.range().start.index, n.range().end.index) for n in nodes]


@pytest.mark.parametrize("text", TEXTS)
def test_shared_matches_equal_ast_grep_s_own(text):
    root = SgRoot(text, "python").root()
    search = SharedSearch(root, "python", text.isascii(), CONFIGS)
    for config in CONFIGS:
        assert _spans(search.find(config)) == _spans(root.find_all(config)), config


def test_ast_grep_compiles_no_top_level_rule_regex_per_file():
    text = TEXTS[0]
    root = CountingRoot(SgRoot(text, "python").root())
    search = SharedSearch(root, "python", True, CONFIGS[:5])
    for config in CONFIGS[:5]:
        search.find(config)
    assert len(root.searched) == 1  # one traversal for all five
    # the regexes of the rules and of their top-level `not` are checked by postil
    assert json.dumps(root.searched[0]).count('"regex"') == 0


def test_after_a_bulk_scan_a_callee_s_regex_is_checked_here_not_compiled_by_ast_grep():
    """A sanitizer's rule is a call whose callee a long list of names matches (`kind: call,
    has: {field: function, regex: ...}`): ast-grep compiled that regex on every file's search
    (~30-80 us a small handler); it is checked here on the calls instead, the same matches."""
    from postil.analyzers.rules.scanned import config_key

    for config in CONFIGS[-3:]:
        for text in TEXTS:
            root = CountingRoot(SgRoot(text, "python").root())
            key = config_key(config)
            search = SharedSearch(root, "python", True, scanned=ScannedConfigs(frozenset({key}), frozenset({key})))
            assert _spans(search.find(config)) == _spans(root.root.find_all(config)), (config, text)
            assert json.dumps(root.searched).count('"regex"') == 0, root.searched


def test_after_a_bulk_scan_a_constraint_of_kinds_and_regexes_is_checked_here():
    """A sink's constraint that is a small rule (`S: {any: [{kind: string, has: {kind:
    interpolation}}, {kind: binary_operator, regex: ...}]}`, an XSS sink's) was compiled by
    ast-grep, regexes and all, on every file's search (~0.2 ms a small handler): ast-grep gets
    the pattern alone, the constraint is checked here on what it binds, the same matches."""
    from postil.analyzers.rules.scanned import config_key

    config = {"rule": {"pattern": "$F($S $$$)"}, "constraints": {"S": {"any": [
        {"kind": "string", "has": {"kind": "interpolation"}}, {"kind": "binary_operator", "regex": r"^f?['\"]|['\"]$"},
        {"kind": "call", "not": {"has": {"kind": "argument_list", "regex": r"^\(\)$"}}}]}}}
    text = "def v(a):\n    s(f'<p>{a}</p>')\n    s('<p>' + a)\n    s('x')\n    s(g(a))\n    s(h())\n    s(a + b)\n"
    root = CountingRoot(SgRoot(text, "python").root())
    key = config_key(config)
    search = SharedSearch(root, "python", True, scanned=ScannedConfigs(frozenset({key}), frozenset({key})))
    assert [n.text() for n in search.find(config)] == [n.text() for n in root.root.find_all(config)] \
        == ["s(f'<p>{a}</p>')", "s('<p>' + a)", "s(g(a))"]
    assert root.searched == [{"rule": {"pattern": "$F($S $$$)"}}]


def test_a_long_file_leaves_the_regexes_to_ast_grep():
    """In a long file the nodes to check are many: ast-grep checks them faster than postil
    (a 1,000-line file of handlers cost 35% more CPU with the regexes checked here)."""
    text = TEXTS[0] * 200
    root = CountingRoot(SgRoot(text, "python").root())
    search = SharedSearch(root, "python", True, CONFIGS[:5])
    for config in CONFIGS[:5]:
        assert _spans(search.find(config)) == _spans(root.root.find_all(config))
    assert json.dumps(root.searched[0]).count('"regex"') == 6


def test_a_rule_that_looks_far_around_its_node_keeps_its_regex_in_ast_grep():
    """ast-grep checks a rule's regex before looking around the node: with the regex taken out,
    a `submit` statement's rule searched the whole module once for every statement (a 4 KB file
    using an executor: 34 -> 19 ms a check with it kept); the matches are the same."""
    far = {"rule": {"kind": "expression_statement", "regex": r"^\w+\.submit\(",
                    "inside": {"stopBy": "end", "kind": "module",
                               "has": {"stopBy": "end", "kind": "call", "regex": "^ThreadPoolExecutor"}}}}
    text = "pool = ThreadPoolExecutor()\n" + "print(1)\n" * 50 + "pool.submit(print)\n"
    root = CountingRoot(SgRoot(text, "python").root())
    search = SharedSearch(root, "python", True, [far, CONFIGS[0]])
    assert _spans(search.find(far)) == _spans(root.root.find_all(far)) and len(search.find(far)) == 1
    assert json.dumps(root.searched[0]).count('"regex"') == 2  # the far rule's two (the other's is lifted)


def test_the_shared_rule_spells_its_always_true_branch_once_however_many_rules_share_it():
    """Each rule of a shared traversal is asked "or else true" to bind its marker; ast-grep
    compiles what the rule spells out, so the branch is one utility, named where needed."""
    root = CountingRoot(SgRoot(TEXTS[0], "python").root())
    search = SharedSearch(root, "python", True, CONFIGS[:5])
    for config in CONFIGS[:5]:
        search.find(config)
    assert json.dumps(root.searched[0]).count('"ERROR"') == 2


KIND_CONFIGS = [
    {"rule": {"kind": "call"}},
    {"rule": {"any": [{"kind": "function_definition"}, {"kind": "lambda"}]}},
    {"rule": {"any": [{"kind": "assignment"}, {"kind": "augmented_assignment"}, {"kind": "for_statement"}]}},
    {"rule": {"kind": "conditional_expression"}},
    {"rule": {"kind": "subscript"}},
]
HANDLER = '''def view():
    param = request.args.get("k")
    m = {}
    m["a"] = param if param else "x"
    for p in param.split(","):
        total += len(p)
    key = (lambda v: v.strip())(param)
    return m["a"]
'''


def test_after_a_bulk_scan_configs_of_node_kinds_share_one_traversal_and_match_as_ast_grep_does():
    """The engine's own configs (scopes, assignments, calls...) are only node kinds: after a
    bulk scan a short file searches each other config alone, and these together, in one
    traversal for all their kinds (each alone cost ~35 us, mostly the traversal)."""
    root = CountingRoot(SgRoot(HANDLER, "python").root())
    search = SharedSearch(root, "python", True, scanned=ScannedConfigs(frozenset(), frozenset()))
    search.add_kinds(KIND_CONFIGS)
    for config in KIND_CONFIGS:
        assert _spans(search.find(config)) == _spans(root.root.find_all(config)), config
        assert search.find(config), config
    assert len(root.searched) == 1
    other = {"rule": {"pattern": "request.args.get($K)"}}
    assert _spans(search.find(other)) == _spans(root.root.find_all(other))
    assert len(root.searched) == 2  # the others alone, as before
