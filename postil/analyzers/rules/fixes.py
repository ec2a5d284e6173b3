"""Turn a rule's fix template into edits, check them, and apply edits safely."""

from __future__ import annotations

import bisect

import re

from postil.analyzers.findings import Finding, Fix, LineIndex, TextEdit
from postil.core.grammars import parser

# `$$$VARS`, and `$VAR` or `$$VAR` (the same variable: `$$` lets it match unnamed nodes) as in ast-grep
METAVAR = re.compile(r"\$\$\$([A-Z_][A-Z0-9_]*)|\$\$?([A-Z_][A-Z0-9_]*)")


def expand_template(template: str, match, base_indent: str = "") -> str:
    """Fill ``$VAR`` and ``$$$VARS`` in an ast-grep fix template from a match.

    Transformed values come back from ast-grep dedented; their continuation
    lines are indented like the template line they land on (``base_indent``
    for the first line, which sits where the match started)."""

    def substitute(m: re.Match) -> str:
        if m.group(1):
            nodes = match.get_multiple_matches(m.group(1))
            if not nodes:
                return ""
            root_text = match.get_root().root().text()
            return root_text[nodes[0].range().start.index : nodes[-1].range().end.index]
        name = m.group(2)
        node = match.get_match(name)
        if node is not None:
            return node.text()
        transformed = match.get_transformed(name)
        if transformed is None:
            return ""  # as ast-grep: a variable the match did not bind is empty
        if "\n" in transformed:
            line_start = template.rfind("\n", 0, m.start()) + 1
            line = template[line_start : m.start()]
            indent = (base_indent if line_start == 0 else "") + line[: len(line) - len(line.lstrip())]
            first, *rest = transformed.split("\n")
            transformed = "\n".join([first, *[(indent + r) if r else r for r in rest]])
        return transformed

    return METAVAR.sub(substitute, template)


def _line_indent(index: LineIndex, offset: int) -> str:
    line, _ = index.position(offset)
    text = index.line_text(line)
    return text[: len(text) - len(text.lstrip())]


def _reindent(replacement: str, indent: str) -> str:
    """Indent a multi-line template's continuation lines like the matched line
    (before substitution, so captured code keeps its own indentation)."""
    if "\n" not in replacement:
        return replacement
    first, *rest = replacement.split("\n")
    return "\n".join([first, *[(indent + r) if r else r for r in rest]])


def fix_replacement(template: str, match, index: LineIndex) -> str:
    """The text a rule's fix puts in place of the whole match."""
    indent = _line_indent(index, match.range().start.index)
    return expand_template(_reindent(template, indent), match, indent)


def minimal_edit(index: LineIndex, start: int, end: int, replacement: str) -> TextEdit:
    """Replace ``text[start:end]`` by ``replacement``, trimmed to the part that changes."""
    original = index.text[start:end]
    prefix = 0
    limit = min(len(original), len(replacement))
    while prefix < limit and original[prefix] == replacement[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and original[-1 - suffix] == replacement[-1 - suffix]:
        suffix += 1
    return TextEdit.at(index, start + prefix, end - suffix, replacement[prefix : len(replacement) - suffix])


def apply_edits(text: str, edits: list[TextEdit]) -> str:
    """Apply non-overlapping edits (any order given) to text."""
    out, cursor = [], 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < cursor:
            raise ValueError("overlapping edits")
        out.append(text[cursor : edit.start])
        out.append(edit.new_text)
        cursor = edit.end
    out.append(text[cursor:])
    return "".join(out)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two edit ranges conflict if they share text, or insert at the same point,
    or one inserts strictly inside the other's replaced text."""
    (s1, e1), (s2, e2) = a, b
    if s1 < e2 and s2 < e1:
        return True
    if s1 == e1 and s2 == e2:
        return s1 == s2
    if s1 == e1:
        return s2 < s1 < e2
    if s2 == e2:
        return s1 < s2 < e1
    return False


class _Taken:
    """Edit ranges already chosen (pairwise non-overlapping), sorted by start: a new range can
    only conflict with its neighbours there, so a check costs O(log n), not O(n)
    (a file with hundreds of fixable findings was quadratic)."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def overlaps(self, span: tuple[int, int]) -> bool:
        i = bisect.bisect_left(self.spans, span)
        return any(_overlaps(span, t) for t in self.spans[max(i - 1, 0):i + 2])

    def add(self, span: tuple[int, int]) -> None:
        bisect.insort(self.spans, span)


def select_non_overlapping(findings: list[Finding]) -> list[Fix]:
    """Fixes from findings in document order, skipping any that overlap a chosen one."""
    chosen: list[Fix] = []
    taken = _Taken()
    for finding in sorted(findings, key=lambda f: f.sort_key):
        if finding.fix is None:
            continue
        ranges = [(e.start, e.end) for e in finding.fix.edits]
        if any(taken.overlaps(r) for r in ranges):
            continue
        chosen.append(finding.fix)
        for r in ranges:
            taken.add(r)
    return chosen




def parses_cleanly(text: str, language: str) -> bool:
    """True when tree-sitter finds no syntax error in the text."""
    return not parser(language).parse(text.encode("utf-8", "surrogatepass")).root_node.has_error


class FixValidator:
    """Decides which single-edit fixes keep a (parseable) document parseable.

    Checking fixes one by one costs a parse each (10 ms for 3,000 lines), so
    non-overlapping fixes are applied together and checked with one parse;
    only when that fails is the batch split in halves to find the culprits."""

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.language = language

    def accepted(self, edits: list[TextEdit]) -> list[bool]:
        """For each edit, whether applying it alone is safe."""
        verdict = [True] * len(edits)
        if not edits:
            return verdict
        batch: list[int] = []
        overlapping: list[int] = []
        taken = _Taken()
        for i, edit in enumerate(edits):
            span = (edit.start, edit.end)
            if taken.overlaps(span):
                overlapping.append(i)
            else:
                batch.append(i)
                taken.add(span)
        if not overlapping and parses_cleanly(apply_edits(self.text, [edits[i] for i in batch]), self.language):
            return verdict  # the common case: one parse, and the original need not be parsed at all
        if not parses_cleanly(self.text, self.language):
            return verdict  # already broken: no way to tell what a fix breaks
        for i in overlapping:
            verdict[i] = parses_cleanly(apply_edits(self.text, [edits[i]]), self.language)
        self._check(batch, edits, verdict)
        return verdict

    def _check(self, batch: list[int], edits: list[TextEdit], verdict: list[bool]) -> None:
        if not batch:
            return
        if parses_cleanly(apply_edits(self.text, [edits[i] for i in batch]), self.language):
            return
        if len(batch) == 1:
            verdict[batch[0]] = False
            return
        middle = len(batch) // 2
        self._check(batch[:middle], edits, verdict)
        self._check(batch[middle:], edits, verdict)
