"""A bound value or a condition that is a call or an attribute never folds (issue 31: a tree of handlers
binds and tests mostly calls): its text is not parsed, and the constants and conditions that do fold
still do."""

from __future__ import annotations

from ast_grep_py import SgRoot

from postil.analyzers.rules import taint_fold
from postil.analyzers.rules.taint import file_facts

_VIEW = '''
def view(request):
    num = 106
    param = request.args.get("q_unparsed")
    mode = request.mode_unparsed
    if param.isdigit():
        pass
    if 7 * 18 + num > 200:
        pass
'''


def _facts_and_scope():
    root = SgRoot(_VIEW, "python").root()
    facts = file_facts(root, "python", [])
    return facts, root.find(kind="function_definition")


def test_calls_and_attributes_are_not_parsed_and_constants_still_fold():
    facts, scope = _facts_and_scope()
    parsed = []
    original = taint_fold.parsed_expression
    taint_fold.parsed_expression = lambda text: parsed.append(text) or original(text)
    try:
        constants = taint_fold.local_constants(facts, scope)
        conditions = [n.field("condition") for n in scope.find_all(kind="if_statement")]
        verdicts = [taint_fold.fold_condition(facts, c, scope) for c in conditions]
    finally:
        taint_fold.parsed_expression = original
    assert constants == {"num": 106}
    assert verdicts == [None, True]
    assert not any("unparsed" in text or "isdigit" in text for text in parsed)
    assert "106" in parsed and "7 * 18 + num > 200" in parsed

