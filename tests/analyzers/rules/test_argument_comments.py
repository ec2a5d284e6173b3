r"""A comment in a call's argument list changes no finding (argument_comments): every JavaScript and
TypeScript rule's own test cases, rewritten with comments among their calls' arguments, match as they did
(fix77's sweep: 118 rules lost a case; the regexes that still read the blanks' layout, `\(['"]`, `\(.*\)`
across a line break, now allow it)."""

from __future__ import annotations

import pytest
from ast_grep_py import SgRoot

from postil.analyzers.rules.argument_comments import LANGUAGES, holds, may_hold, spans
from postil.analyzers.rules.loader import (
    BUILTIN_PACK_DIRS,
    BUILTIN_PACKS,
    load_rule_dirs,
)
from postil.analyzers.rules.testing import (
    TestSuite as RuleCases,  # (not a pytest class)
)
from postil.analyzers.rules.testing import load_tests, run_rule_tests

RULES = [r for r in load_rule_dirs(list(BUILTIN_PACK_DIRS))[0] if r.language in LANGUAGES]
SUITE = load_tests([BUILTIN_PACKS.parent])


def _commented(code: str, language: str, line: bool | str) -> str:
    """``code`` with a comment after each argument list's `(` and first `,` (block comments), or
    before its `)` (a line comment, on its own line), or (``"chain"``) a line comment before each `.`
    that goes on from a call (`res.status(200) // why\n.send(page)`)."""
    root = SgRoot(code, language).root()
    inserts = [(dot.range().start.index, " // why\n")
               for link in root.find_all(kind="member_expression", has={"field": "object", "kind": "call_expression"})
               for dot in link.children() if dot.kind() in (".", "?.")] if line == "chain" else []
    for arguments in root.find_all(kind="arguments") if line != "chain" else ():
        named = [c for c in arguments.children() if c.is_named()]
        if not named:
            continue
        start, end = arguments.range().start.index, arguments.range().end.index
        if line:
            # (after a callback too: tree-sitter takes a comment after its `}` into the callback's body)
            inserts.append((end - 1, " // why\n"))
            continue
        inserts.append((start + 1, "/* why */ "))
        comma = next((c for c in arguments.children() if c.kind() == ","), None)
        if comma is not None:
            inserts.append((comma.range().end.index, " /* and */"))
    for at, text in sorted(inserts, reverse=True):
        code = code[:at] + text + code[at:]
    return code


def _variants(case: dict, language: str, line: bool | str) -> dict:
    return {kind: [_commented(str(code), language, line) for code in case.get(kind) or []] for kind in ("invalid", "valid")}


@pytest.mark.slow  # every JS/TS rule's test cases, rewritten (~15 s a variant)
@pytest.mark.parametrize("line", [False, True, "chain"], ids=["block", "line", "chain"])
def test_a_comment_in_an_argument_list_changes_no_finding(line):
    suite = RuleCases({r.id: {"id": r.id, **_variants(SUITE.cases[r.id], r.language, line)}
                       for r in RULES if r.id in SUITE.cases})
    failures = [f"{result.rule_id}: {failure}" for result in run_rule_tests(RULES, suite) for failure in result.failures]
    assert not failures, f"{len(failures)} cases changed:\n" + "\n".join(failures[:20])


def test_the_variants_hold_comments_in_argument_lists():
    code = "exec(cmd, { shell: true });\n"
    assert _commented(code, "javascript", False) == "exec(/* why */ cmd, /* and */ { shell: true });\n"
    assert _commented(code, "javascript", True) == "exec(cmd, { shell: true } // why\n);\n"
    chain = "res.status(200).send(page);\n"
    assert _commented(chain, "javascript", "chain") == "res.status(200) // why\n.send(page);\n"


def test_a_comment_after_a_callbacks_closing_brace_is_blanked():
    code = "app.get('/', function (req, res) {\n  res.send(req.query.q);\n} // the page\n);\n"
    root = SgRoot(code, "javascript").root()
    assert spans(root) == [(code.index("// the page"), code.index("// the page") + len("// the page"))]
    assert holds(root)
    inside = "run(function () {\n  go(); // step\n});\n"
    assert spans(SgRoot(inside, "javascript").root()) == []


def test_a_comment_between_a_chains_links_is_blanked():
    code = "res.status(200) // found\n  /* the page */ .send(page);\n"
    root = SgRoot(code, "javascript").root()
    assert may_hold(code) and holds(root)
    assert spans(root) == [(code.index("// found"), code.index("// found") + len("// found")),
                           (code.index("/* the page */"), code.index("/* the page */") + len("/* the page */"))]
    assert not may_hold("res.status(200)\n  .send(page); // sent\n")
