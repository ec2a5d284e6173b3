"""Where the results kept from a document's earlier check are now (rules/incremental.py): the
lines and offsets of its earlier parts (top-level nodes, a class's members) in the parts of the
new text whose text is unchanged.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from difflib import SequenceMatcher

from postil.analyzers.findings import Finding, Span, TextEdit

# the lines a taint finding's message names ("... from line N (`...`) reaches `...` at line M"),
# and a placed finding's ("; SQL text built at line N, run at line M", rules/built_text.py); not
# a number the quoted code holds (`request.args.get("at line 3")`)
_MESSAGE_LINES = re.compile(r"(?:(?<=from line )(?=\d+ \(`)|(?<=` at line )|(?<= text built at line )|(?<=, run at line ))\d+")


class Where:
    """Where the lines and offsets of an earlier layout of the document are now: in the parts
    whose text is unchanged (matched in order), nowhere in the others."""

    def __init__(self, old: list, new: list) -> None:
        self.old = old
        self.starts = [p.line for p in old]
        self.offsets = [p.start for p in old]
        self.to: dict[int, object] = {}
        self.matcher = matcher = SequenceMatcher(None, [p.text for p in old], [p.text for p in new], autojunk=False)
        for a, b, size in matcher.get_matching_blocks():
            for k in range(size):
                self.to[a + k] = new[b + k]

    def line(self, line: int) -> int | None:
        i = bisect.bisect_right(self.starts, line) - 1
        if i < 0 or i not in self.to or line > self.old[i].end_line:
            return None
        return line - self.old[i].line + self.to[i].line

    def offset(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.offsets, offset) - 1
        if i < 0 or i not in self.to or offset > self.old[i].end:
            return None
        return offset - self.old[i].start + self.to[i].start

    def span(self, span: Span) -> Span | None:
        start, end = self.line(span.start_line), self.line(span.end_line)
        if start is None or end is None:
            return None
        return Span(start, span.start_col, end, span.end_col)

    def move(self, result):
        """``result`` (an incremental.Result) where its part is now (None: it names a place that is
        gone): the same result when it names no place (results are not changed once kept)."""
        if not result.findings and not result.judged:
            return result
        findings = []
        for f in result.findings:
            moved = self.finding(f)
            if moved is None:
                return None
            findings.append(moved)
        judged = {(rule_id, self.line(line)) for rule_id, line in result.judged}
        if any(line is None for _, line in judged):
            return None
        return replace(result, findings=findings, judged=judged)

    def finding(self, f: Finding) -> Finding | None:
        """``f`` where its part is now (None: it names a place that is gone)."""
        span = self.span(f.span)
        sink = None if f.sink is None else self.span(f.sink)
        related = tuple(replace(r, span=self.span(r.span)) for r in f.related)
        if span is None or any(r.span is None for r in related) or (sink is None) != (f.sink is None):
            return None
        fix = f.fix
        if fix is not None:
            edits = []
            for e in fix.edits:
                start, end, where = self.offset(e.start), self.offset(e.end), self.span(e.span)
                if start is None or end is None or where is None:
                    return None
                edits.append(TextEdit(start, end, e.new_text, where))
            fix = replace(fix, edits=tuple(edits))
        message = f.message
        if f.metadata.get("taint") or f.sink is not None:
            moved = []
            for match in _MESSAGE_LINES.finditer(message):
                line = self.line(int(match.group()) - 1)
                if line is None:
                    return None
                moved.append((match.span(), str(line + 1)))
            for (start, end), number in reversed(moved):
                message = message[:start] + number + message[end:]
        return replace(f, span=span, related=related, fix=fix, message=message, sink=sink)
