"""Fix templates, non-overlapping selection and parse validation (including a hypothesis fuzz)."""

from __future__ import annotations

from ast_grep_py import SgRoot
from hypothesis import given, settings, strategies as st

from postil.analyzers.findings import Finding, Fix, LineIndex, Severity, Span, TextEdit
from postil.analyzers.rules.fixes import FixValidator, apply_edits, fix_replacement, minimal_edit, select_non_overlapping


def finding_with_edit(index: LineIndex, start: int, end: int, text: str) -> Finding:
    edit = TextEdit.at(index, start, end, text)
    return Finding("r", Severity.WARNING, "m", "p", edit.span, fix=Fix("d", (edit,)))


def test_template_with_multi_match_and_reindent():
    text = "def f():\n    if True:\n        call(a, b,\n             c)\n"
    match = SgRoot(text, "python").root().find(pattern="call($$$ARGS)")
    replacement = fix_replacement("wrapped(\n$$$ARGS)", match, LineIndex(text))
    edit = minimal_edit(LineIndex(text), match.range().start.index, match.range().end.index, replacement)
    assert replacement == "wrapped(\n        a, b,\n             c)"
    assert apply_edits(text, [edit]) == "def f():\n    if True:\n        wrapped(\n        a, b,\n             c)\n"


def test_transformed_multiline_value_keeps_body_indentation():
    text = "def f():\n    try:\n        g()\n    except:\n        h()\n        pass\n"
    match = SgRoot(text, "python").root().find({
        "rule": {"kind": "except_clause", "pattern": "$C"},
        "transform": {"N": {"replace": {"source": "$C", "replace": "^except\\s*:", "by": "except Exception:"}}},
    })
    index = LineIndex(text)
    edit = minimal_edit(index, match.range().start.index, match.range().end.index, fix_replacement("$N", match, index))
    assert apply_edits(text, [edit]) == text.replace("except:", "except Exception:")
    assert edit.new_text == " Exception" and edit.span.start_line == 3


def test_overlapping_fixes_are_not_both_chosen():
    text = "abcdefghij"
    index = LineIndex(text)
    findings = [finding_with_edit(index, 0, 5, "X"), finding_with_edit(index, 3, 8, "Y"), finding_with_edit(index, 8, 10, "Z")]
    chosen = select_non_overlapping(findings)
    assert apply_edits(text, [e for f in chosen for e in f.edits]) == "XfghZ"


def test_validator_rejects_only_the_fixes_that_break_parsing():
    text = "x = foo(1)\n" * 40
    index = LineIndex(text)
    edits = [TextEdit.at(index, 11 * i + 4, 11 * i + 10, "bar(1)" if i % 7 else "bar(1") for i in range(40)]
    edits.append(TextEdit.at(index, 4, 7, "baz"))  # overlaps the first: judged on its own
    verdict = FixValidator(text, "python").accepted(edits)
    assert verdict == [i % 7 != 0 for i in range(40)] + [True]


def test_validator_accepts_anything_when_the_file_already_fails_to_parse():
    text = "def f(:\n    x = foo(1)\n"
    index = LineIndex(text)
    assert FixValidator(text, "python").accepted([TextEdit.at(index, 16, 22, "bar(")]) == [True]


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet="ab \n", min_size=1, max_size=40),
    raw=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8), st.text(alphabet="xy\n", max_size=3)), max_size=8),
)
def test_chosen_fixes_never_overlap_and_apply(text, raw):
    index = LineIndex(text)
    findings = []
    for start, length, new in raw:
        start = min(start, len(text))
        end = min(start + length, len(text))
        findings.append(finding_with_edit(index, start, end, new))
    chosen = [e for fix in select_non_overlapping(findings) for e in fix.edits]
    result = apply_edits(text, chosen)  # raises on overlap
    assert len(result) == len(text) - sum(e.end - e.start for e in chosen) + sum(len(e.new_text) for e in chosen)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_line_index_round_trips(text):
    index = LineIndex(text)
    for offset in range(len(text) + 1):
        line, col = index.position(offset)
        assert index.offset(line, col) == offset or text[offset - 1 : offset] == "\n" or "\r" in text
    assert index.span(0, len(text)) == Span(0, 0, *index.position(len(text)))


def test_overlap_check_by_neighbours_agrees_with_checking_every_chosen_range():
    import random

    from postil.analyzers.rules.fixes import _overlaps, _Taken

    def choose(spans, overlaps, add):
        return [not overlaps(s) and (add(s) or True) for s in spans]

    rnd = random.Random(7)
    for _ in range(5000):
        spans = [(a, a + rnd.choice([0, 0, 1, 2, 3, 5])) for a in (rnd.randint(0, 20) for _ in range(rnd.randint(1, 12)))]
        every: list = []
        taken = _Taken()
        expected = choose(spans, lambda s: any(_overlaps(s, t) for t in every), every.append)
        assert choose(spans, taken.overlaps, taken.add) == expected, spans
