"""TypeScript's `await f<T>(x)` read as the call it is. tree-sitter-typescript parses it as a call
of `(await f)` with type arguments, so no rule sees the call `f(x)`: `await pool.query<Row>(sql)`,
`await prisma.$queryRawUnsafe<User[]>(sql)`, `await this.repo.query<T>(sql)`. The text parsed in
place of the file's has those type arguments blanked (spaces, newlines kept): the same offsets,
lines and columns, one call."""

from __future__ import annotations

import re

# a cheap test first: `await`, a name or member chain (calls in it), type arguments, `(`
_MAYBE = re.compile(r"\bawait\s+[\w$.]+(?:\([^()\n]*\)[\w$.]*)*<[^\n;=]*?>\s*\(")
TYPED = frozenset({"typescript", "tsx"})


def may_hold(text: str) -> bool:
    """Whether ``text`` may hold an `await f<T>(x)` (no parse)."""
    return "await" in text and _MAYBE.search(text) is not None


def spans(text: str, language: str, root) -> list[tuple[int, int]]:
    """The (start, end) offsets of the type arguments of `await f<T>(x)` calls in ``root``'s tree (of ``text``)."""
    if language not in TYPED or not may_hold(text):
        return []
    found = []
    for call in root.find_all(kind="call_expression"):
        function, types = call.field("function"), call.field("type_arguments")
        if function is not None and types is not None and function.kind() == "await_expression":
            found.append((types.range().start.index, types.range().end.index))
    return found
