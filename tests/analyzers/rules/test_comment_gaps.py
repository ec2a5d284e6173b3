"""A comment among a Python call's arguments changes no finding of a regex over the call's text
(comment_gaps): every Python pattern rule's own invalid cases, rewritten with a comment after an
argument list's `(` and after its first `,`, still match — but for the rules listed, which compare
two texts (a comment makes them differ)."""

from __future__ import annotations

import re
import warnings

import pytest
from ast_grep_py import SgRoot

from postil.analyzers.rules.comment_gaps import commented_gaps, with_comment_gaps
from postil.analyzers.rules.loader import (
    BUILTIN_PACK_DIRS,
    BUILTIN_PACKS,
    load_rule_dirs,
)
from postil.analyzers.rules.testing import (
    TestSuite as RuleCases,  # (not a pytest class)
)
from postil.analyzers.rules.testing import load_tests, run_rule_tests

GAP = r"(?:\s|#.*\n)*"
# (fix80's sweep: 43 lost a case before comment_gaps, fix84 left 14; these compare two texts, which
# a comment makes differ: self-comparison's `$A != $A` since its sides may be calls, `d.get(k) != d.get(k)`)
STILL_LOSING = {"python/correctness/duplicate-if-condition", "python/correctness/identical-branches",
                "python/correctness/self-comparison"}


def test_whitespace_runs_read_comments_outside_classes_and_escapes():
    assert with_comment_gaps(r"^\w+\(\s*argv\s*\)$") == rf"^\w+\({GAP}argv{GAP}\)$"
    assert with_comment_gaps(r"\([ \t\r\n]*[rb]?['""]") == rf"\({GAP}[rb]?['""]"
    assert with_comment_gaps(r"[\s*]\\s*x") == r"[\s*]\\s*x"
    assert with_comment_gaps(r"[]\s*]+\s+") == r"[]\s*]+\s+"
    assert commented_gaps({"all": [{"regex": r"\(\s*"}, {"kind": "call"}]}) == {"all": [{"regex": rf"\({GAP}"}, {"kind": "call"}]}


def test_a_word_inside_a_comment_never_completes_a_regex():
    gapped = re.compile(with_comment_gaps(r"run\(a,\s*cmd"))
    assert gapped.search("run(a,  # the cmd\n    cmd)")
    assert not gapped.search("run(a,  # see cmd\n    b)")


def _commented(code: str) -> list[str]:
    """``code`` with a line comment after the `(`, or after the first `,`, of one of its first six
    argument lists (one variant each; not those Python cannot compile: inside an f-string's braces)."""
    variants = []
    for arguments in SgRoot(code, "python").root().find_all(kind="argument_list")[:6]:
        if not any(c.is_named() for c in arguments.children()):
            continue
        at = [arguments.range().start.index + 1]
        comma = next((c for c in arguments.children() if c.kind() == ","), None)
        if comma is not None:
            at.append(comma.range().end.index)
        for i in at:
            variant = code[:i] + "  # note\n" + code[i:]
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    compile(variant, "<variant>", "exec")
                except SyntaxError:
                    continue
            variants.append(variant)
    return variants


@pytest.mark.slow  # every Python rule's invalid cases, rewritten (~15 s)
def test_a_comment_among_python_arguments_keeps_each_invalid_case():
    rules = [r for r in load_rule_dirs(list(BUILTIN_PACK_DIRS))[0]
             if r.language == "python" and r.taint is None and r.id not in STILL_LOSING]
    cases = load_tests([BUILTIN_PACKS.parent]).cases
    suite = RuleCases({r.id: {"id": r.id, "invalid": [v for c in cases[r.id].get("invalid") or [] for v in _commented(str(c))]}
                       for r in rules if r.id in cases})
    failures = [f"{result.rule_id}: {failure}" for result in run_rule_tests(rules, suite) for failure in result.failures]
    assert not failures, f"{len(failures)} cases lost:\n" + "\n".join(failures[:20])


def test_a_rewritten_regex_still_narrows_the_text_prefilter():
    """The taint rules' text prefilter searches a node's regex in the whole file unless it anchors
    (taint_prefilter.text_regexes); a gap spelled with `[^\\n]` read as an anchor there, so every
    rewritten regex stopped narrowing which files a rule looks at."""
    from postil.analyzers.rules.taint_prefilter import text_regexes

    config = {"rule": {"kind": "call", "regex": with_comment_gaps(r"^os\.system\(\s*cmd")}}
    assert [pattern for pattern, _ in text_regexes(config)] == [with_comment_gaps(r"os\.system\(\s*cmd")]
