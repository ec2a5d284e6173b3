"""TypeScript's `await f<T>(x)` read as the call it is. tree-sitter-typescript parses it as a call
of `(await f)` with type arguments, so no rule sees the call `f(x)`: `await pool.query<Row>(sql)`,
`await prisma.$queryRawUnsafe<User[]>(sql)`, `await this.repo.query<T>(sql)`. The text parsed in
place of the file's has those type arguments blanked (spaces, newlines kept): the same offsets,
lines and columns, one call."""

from __future__ import annotations

import re

from postil.analyzers.rules.unit_blank import blanked_spans

# a cheap test first: `await`, a name or member chain (calls in it), type arguments, `(`
_MAYBE = re.compile(r"\bawait\s+[\w$.]+(?:\([^()\n]*\)[\w$.]*)*<[^\n;=]*?>\s*\(")
TYPED = frozenset({"typescript", "tsx"})


def may_hold(text: str) -> bool:
    """Whether ``text`` may hold an `await f<T>(x)` (no parse)."""
    return "await" in text and _MAYBE.search(text) is not None


def parsed(text: str, language: str, root) -> tuple[str, object, list[tuple[int, int]]]:
    """(the text as parsed, its tree's root, the spans blanked in it: none for other text), given
    ``text`` parsed as it is (``root``)."""
    from ast_grep_py import SgRoot

    if language not in TYPED or not may_hold(text):
        return text, root, []
    spans = []
    for call in root.find_all(kind="call_expression"):
        function, types = call.field("function"), call.field("type_arguments")
        if function is not None and types is not None and function.kind() == "await_expression":
            spans.append((types.range().start.index, types.range().end.index))
    if not spans:
        return text, root, []
    spans.sort()
    spans = [span for i, span in enumerate(spans) if i == 0 or span[0] >= spans[i - 1][1]]  # (none nested)
    text = blanked_spans(text, spans)
    return text, SgRoot(text, language).root(), spans


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) takes in a blanked span (a fix there would drop the type arguments)."""
    return any(s < end and start < e for s, e in spans)
