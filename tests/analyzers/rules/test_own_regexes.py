"""Typing in a function runs only the pattern rules whose regexes may match there (issue 31, item 9;
postil/analyzers/rules/own_regexes.py): a rule asking a node for `)+` or `" in ` has no literal of
three characters to look for, and was compiled by ast-grep in every function typed in. What the
editor shows stays what a check of the whole text finds (Document compares the two)."""

from __future__ import annotations

from tests.analyzers.rules.test_incremental import VIEWS, Document

BACKTRACKING = "python/security/regex-catastrophic-backtracking"
FORMAT_COUNT = "python/correctness/format-argument-count"
LABEL = "\n\ndef label(name):\n    return name.title()\n"


def _rules_run_by_units(monkeypatch) -> list[set[str]]:
    """The pattern rules each run on a part of the document searched from now on."""
    import postil.analyzers.rules.incremental as incremental

    runs = []
    real = incremental.run_rules

    def run_rules(ruleset, text, language, *args, only=None, within=None, **kwargs):
        if within is not None:
            runs.append({r.id for r in ruleset.for_language(language)
                         if r.taint is None and r.id in (only or ()) and id(r) in within})
        return real(ruleset, text, language, *args, only=only, within=within, **kwargs)

    monkeypatch.setattr(incremental, "run_rules", run_rules)
    return runs


def test_an_edit_in_a_function_holding_no_regex_call_runs_no_rule_asking_for_one_until_one_is_typed(
        tmp_path, monkeypatch):
    doc = Document(tmp_path, VIEWS + LABEL)
    runs = _rules_run_by_units(monkeypatch)
    doc.replace("    return name.title()\n", "    size = 2\n    return name.title()\n")
    assert doc.recomputed == (1, 5)
    assert runs and not {BACKTRACKING, FORMAT_COUNT} & set().union(*runs)
    runs.clear()
    findings = doc.replace("    size = 2\n", '    size = re.compile(r"(\\w+)+$")\n    text = "{} {}".format(size)\n')
    assert {BACKTRACKING, FORMAT_COUNT} <= set().union(*runs)
    line = doc.text.split("\n").index('    size = re.compile(r"(\\w+)+$")') + 1
    assert {(f.rule, f.span.start_line + 1) for f in findings} >= {(BACKTRACKING, line), (FORMAT_COUNT, line + 1)}


def test_a_rule_anchored_at_its_node_matches_as_before_in_a_function_typed_in(tmp_path):
    # or-with-constant-string asks its node for `\bor\s+'...'$`: the unit's text holds the match
    # without the anchor and the word boundary, which the node's own text ends and starts with
    doc = Document(tmp_path, VIEWS + LABEL)
    findings = doc.replace("    return name.title()\n", '    if name == "a" or "b":\n        return name.title()\n')
    line = doc.text.split("\n").index('    if name == "a" or "b":') + 1
    assert ("python/correctness/or-with-constant-string", line) in {(f.rule, f.span.start_line + 1) for f in findings}


def test_anchors_and_word_boundaries_are_dropped_outside_classes_only():
    from postil.analyzers.rules.own_regexes import unanchored

    assert unanchored(r"^\bor\s+[^'$]+['\]]$") == r"or\s+[^'$]+['\]]"
    assert unanchored(r"(?-u:\b)is\b|\A[[:alpha:]^]\z") == r"is|[[:alpha:]^]"
    assert unanchored(r"(?x) ^ a") is None and unanchored("[^a") is None
