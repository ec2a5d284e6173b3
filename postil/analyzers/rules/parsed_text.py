"""The text the rules read in place of a file's: TypeScript's `await f<T>(x)` with its type arguments
blanked (typed_awaits) and the comments in argument lists blanked (argument_comments), spaces and newlines
kept so every offset, line and column is the file's. A fix over a blanked span would write the blanks: it
is dropped."""

from __future__ import annotations

from dataclasses import replace

from postil.analyzers.rules import argument_comments, typed_awaits
from postil.analyzers.rules.unit_blank import blanked_spans


def parsed(text: str, language: str, root) -> tuple[str, object, list[tuple[int, int]]]:
    """(the text as the rules read it, its tree's root, the spans blanked in it: none for most text),
    given ``text`` parsed as it is (``root``)."""
    from ast_grep_py import SgRoot

    spans = typed_awaits.spans(text, language, root)
    if language in argument_comments.LANGUAGES and argument_comments.may_hold(text):
        spans += argument_comments.spans(root)
    if not spans:
        return text, root, []
    spans.sort()
    spans = [span for i, span in enumerate(spans) if i == 0 or span[0] >= spans[i - 1][1]]  # (none nested)
    text = blanked_spans(text, spans)
    return text, SgRoot(text, language).root(), spans


def read_otherwise(data: bytes, language: str | None) -> bool:
    """Whether the rules read a file of these bytes otherwise than ast-grep's CLI would (a cheap test
    first; the tree's comments where one may sit in an argument list)."""
    if language in typed_awaits.TYPED and b"await" in data and typed_awaits.may_hold(data.decode("utf-8", "replace")):
        return True
    if language not in argument_comments.LANGUAGES or not argument_comments.may_hold_bytes(data):
        return False
    from ast_grep_py import SgRoot

    return argument_comments.holds(SgRoot(data.decode("utf-8", "replace"), language).root())


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) takes in a blanked span (a fix there would drop what was blanked)."""
    return any(s < end and start < e for s, e in spans)


def without_blanked_fixes(findings: list, spans: list[tuple[int, int]]) -> list:
    """``findings`` with no fix whose edits take in a blanked span."""
    if not spans:
        return findings
    return [replace(f, fix=None) if f.fix is not None and any(overlaps(spans, e.start, e.end) for e in f.fix.edits)
            else f for f in findings]
