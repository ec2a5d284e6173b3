"""Comments inside a call's argument list read as the blanks they are: `thenify(fn, /* legacy */ { multiArgs: true })`,
`exec(// the job's command\n cmd)`. ast-grep matches a pattern's `$F($A, $B)` node by node, so a comment between
the arguments is one more node and the call no longer matches, and a rule's regex over the call's text
(`\\(\\s*['"]`) reads the comment's words as code. So do comments between a call chain's links
(`res.status(200) // found\n  .send(page)`: a regex over `res.status(200)...send` read them). The text the rules read
in place of a JavaScript or TypeScript file's has those comments blanked (spaces, newlines kept: see parsed_text):
the same offsets, lines and columns."""

from __future__ import annotations

import re

LANGUAGES = frozenset({"javascript", "typescript", "tsx"})
# a cheap test first, no parse: a comment right after `(` or `,` or right before `,`, `)` or a chain's `.`/`?.`
# (linear: each `\s*` runs over whitespace only one position can start from), or a line comment on the line
# before one that closes the parentheses or goes on with the chain (`_closes_after_line_comment`: a regex
# `//[^\n]*\n\s*\)` ran from every `//` to its line's end, the square of a minified line full of `https://`)
_MAYBE = r"[(,]\s*/[/*]|\*/\s*([,)]|\??\.)"
_MAYBE_TEXT = re.compile(_MAYBE)
_MAYBE_BYTES = re.compile(_MAYBE.encode())
_CLOSES_TEXT = re.compile(r"\n[ \t\r]*(\)|\??\.)")
_CLOSES_BYTES = re.compile(rb"\n[ \t\r]*(\)|\??\.)")
_IN_ARGUMENTS = {"kind": "comment", "inside": {"kind": "arguments"}}
_IN_CHAIN = {"kind": "comment", "inside": {"kind": "member_expression"}}  # between a chain's links
# `app.get('/', function (req, res) { ... } // the page\n)`: tree-sitter puts a comment after a callback's
# closing `}` into the callback's body (the last child of its block), so the function's text runs on over it
_AFTER_CALLBACK_BODY = {"kind": "comment", "inside": {"kind": "statement_block", "inside": {
    "any": [{"kind": "function_expression"}, {"kind": "arrow_function"}], "inside": {"kind": "arguments"}}}}


def _after_closing_brace(comment) -> bool:
    """Whether ``comment`` (a child of a callback's block) comes after the block's closing `}`."""
    block = comment.parent()
    closing = [c for c in block.children() if c.kind() == "}"]
    return bool(closing) and comment.range().start.index >= closing[-1].range().end.index


def _comments(root):
    yield from root.find_all(**_IN_ARGUMENTS)
    yield from root.find_all(**_IN_CHAIN)
    yield from (c for c in root.find_all(**_AFTER_CALLBACK_BODY) if _after_closing_brace(c))


def may_hold(text: str) -> bool:
    """Whether ``text`` may hold a comment in an argument list or a call chain (no parse)."""
    return _MAYBE_TEXT.search(text) is not None or _closes_after_line_comment(text, _CLOSES_TEXT, "\n", "//")


def may_hold_bytes(data: bytes) -> bool:
    """:func:`may_hold` for a file's bytes."""
    return _MAYBE_BYTES.search(data) is not None or _closes_after_line_comment(data, _CLOSES_BYTES, b"\n", b"//")


def _closes_after_line_comment(text, closes: re.Pattern, newline, slashes) -> bool:
    """Whether a line that starts with `)` or a chain's `.` follows (past blank lines) a line holding
    ``slashes``: each line is read once."""
    for match in closes.finditer(text):
        end = match.start()
        start = text.rfind(newline, 0, end) + 1
        while start > 0 and not text[start:end].strip():
            end = start - 1
            start = text.rfind(newline, 0, end) + 1
        if slashes in text[start:end]:
            return True
    return False


def holds(root) -> bool:
    """Whether the parsed tree ``root`` has a comment in an argument list (or after a callback's `}` there)
    or between a chain's links."""
    return next(_comments(root), None) is not None


def spans(root) -> list[tuple[int, int]]:
    """The (start, end) offsets of the comments in an argument list of ``root``'s tree (directly, or after a
    callback's `}`) and between a chain's links."""
    return [(c.range().start.index, c.range().end.index) for c in _comments(root)]
