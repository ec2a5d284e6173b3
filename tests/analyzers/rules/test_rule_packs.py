"""Every built-in rule loads, has tests with positive and negative cases, and passes them."""

from __future__ import annotations

import re

import pytest

from postil.analyzers.rules.loader import BUILTIN_PACK_DIRS, BUILTIN_PACKS, load_rule_dirs
from postil.analyzers.rules.testing import load_tests, run_rule_tests

RULES, ERRORS = load_rule_dirs(list(BUILTIN_PACK_DIRS))  # with ast-grep compiling every rule
SUITE = load_tests([BUILTIN_PACKS.parent])


def test_builtin_rules_load_without_errors():
    assert not ERRORS, "\n".join(map(str, ERRORS))
    assert not SUITE.errors
    assert len(RULES) >= 60


def test_every_rule_has_valid_and_invalid_cases():
    missing = [r.id for r in RULES if not (SUITE.cases.get(r.id, {}).get("valid") and SUITE.cases.get(r.id, {}).get("invalid"))]
    assert not missing, f"rules without both valid and invalid tests: {missing}"


def test_every_rule_documents_itself():
    for rule in RULES:
        assert rule.message and rule.message != rule.id, rule.id
        assert rule.url or rule.note, rule.id
        assert rule.metadata.get("category") in {"security", "correctness"}, rule.id
        if rule.metadata["category"] == "security":
            assert str(rule.metadata.get("cwe", "")).startswith("CWE-"), rule.id


def test_no_rule_note_shows_a_metavariable_nothing_fills():
    # a note is shown as written (the hover's "How to fix", JSON, SARIF): ast-grep fills metavariables in a
    # message, never in a note, so `if $P is None: $P = []` reached the user as written; a shell variable
    # quoted for a script (`"$VAR"`) is text
    unfilled = [r.id for r in RULES if re.search(r'(?<!")\$\$?\$?[A-Z]', r.note or "")]
    assert not unfilled, unfilled


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_cases(rule):
    [result] = run_rule_tests([rule], SUITE)
    assert not result.failures, "\n".join(result.failures)


def test_rules_test_command(postil):
    result = postil("rules", "test")
    assert result.code == 0, result.stdout[-3000:] + result.stderr
    assert " 0 failed" in result.stdout


def test_prefilter_literals_respect_case_insensitive_groups():
    from postil.analyzers.rules.literal_prefilter import regex_literals

    assert regex_literals("(?i:token|secret)Gen") == "Gen"
    assert regex_literals("(?i)token") is None
    # (a run of literals goes on through a few alternatives: "get_handler" or "post_handler")
    assert regex_literals("^(get|post)_handler$") == ("any", ["get_handler", "post_handler"])
    # Rust's ASCII word boundary (sql-injection's statement keywords) asks no literal of its own
    assert regex_literals("(?-u:\\b)(?:SELECT(?-u:\\b)(?s:.)*(?-u:\\b)FROM|DELETE[ \\t]+FROM)(?-u:\\B)") == (
        "any", [("all", ["SELECT", "FROM"]), ("all", ["DELETE", "FROM"])])


def test_every_invalid_case_passes_the_prefilter():
    """A rule test case that must match must not be skipped by the literal prefilter."""
    from postil.analyzers.rules.literal_prefilter import LiteralIndex, requirement_met

    skipped = []
    for rule in RULES:
        index = LiteralIndex([rule])
        for code in SUITE.cases.get(rule.id, {}).get("invalid") or []:
            if not requirement_met(rule.requirement, index.present(str(code))):
                skipped.append(rule.id)
    assert not skipped, f"prefilter would skip real matches of: {sorted(set(skipped))}"


def test_rules_test_says_in_its_summary_that_a_rule_did_not_load(postil, tmp_path):
    """A rule ast-grep refuses (a kind its language lacks) takes its cases with it: the summary
    line counts it beside the failures, not only the error above it, and the exit code is 1."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "cast.yml").write_text(
        "id: cast\nlanguage: javascript\nseverity: warning\nmessage: a cast\nrule:\n  kind: as_expression\n")
    (tmp_path / "rule-tests").mkdir()
    (tmp_path / "rule-tests" / "cast-test.yml").write_text("id: cast\nvalid:\n  - 'let x = 1;'\ninvalid:\n  - 'let y = z as T;'\n")
    result = postil("rules", "test", str(tmp_path))
    assert result.code == 1
    assert result.stdout.strip().splitlines()[-1].startswith("0 passed, 0 failed, 1 rule file not loaded (")
    assert "as_expression" in result.stderr
