"""Comments inside a call's argument list read as the blanks they are: `thenify(fn, /* legacy */ { multiArgs: true })`,
`exec(// the job's command\n cmd)`. ast-grep matches a pattern's `$F($A, $B)` node by node, so a comment between
the arguments is one more node and the call no longer matches, and a rule's regex over the call's text
(`\\(\\s*['"]`) reads the comment's words as code. The text the rules read in place of a JavaScript or TypeScript
file's has those comments blanked (spaces, newlines kept: see parsed_text): the same offsets, lines and columns."""

from __future__ import annotations

import re

LANGUAGES = frozenset({"javascript", "typescript", "tsx"})
# a cheap test first, no parse: a comment right after `(` or `,`, right before `,` or `)`, or a line comment
# whose next line closes the parentheses (linear: no quantifier repeats another's characters)
_MAYBE = r"[(,]\s*/[/*]|\*/\s*[,)]|//[^\n]*\n\s*\)"
_MAYBE_TEXT = re.compile(_MAYBE)
_MAYBE_BYTES = re.compile(_MAYBE.encode())
_IN_ARGUMENTS = {"kind": "comment", "inside": {"kind": "arguments"}}


def may_hold(text: str) -> bool:
    """Whether ``text`` may hold a comment in an argument list (no parse)."""
    return _MAYBE_TEXT.search(text) is not None


def may_hold_bytes(data: bytes) -> bool:
    """:func:`may_hold` for a file's bytes."""
    return _MAYBE_BYTES.search(data) is not None


def holds(root) -> bool:
    """Whether the parsed tree ``root`` has a comment directly in an argument list."""
    return root.find(**_IN_ARGUMENTS) is not None


def spans(root) -> list[tuple[int, int]]:
    """The (start, end) offsets of the comments directly in an argument list of ``root``'s tree."""
    return [(c.range().start.index, c.range().end.index) for c in root.find_all(**_IN_ARGUMENTS)]
