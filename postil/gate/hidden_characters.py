"""Characters a reader of a file does not see — terminal escape sequences, C0/C1 controls, bidi
and direction marks, zero-width and tag characters — looked through before masking: one inside
a token (``ghp_…\u200b…``, ``AKIA…\x1b[0m…``) split it into halves no detector knew, and both
halves left the machine. :func:`seen` gives the text as a reader sees it and maps its offsets
back; :func:`split_by_hidden` and :func:`joined` add what was found there to what masking takes."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from postil.analyzers.rules.secret_candidate import Candidate

# (newline, tab and carriage return are seen: they end lines and tokens where a reader sees them end)
_ONE_HIDDEN = ("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
               "\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f\ufeff\U000e0000-\U000e007f]")
_ANY_HIDDEN = re.compile(_ONE_HIDDEN)  # (every escape sequence starts with one: a set's scan, for most texts)
# Escape sequences as core.plain_text's, but a string (OSC, DCS...) hides its payload only when it
# ends on its line: an unterminated one (``ghp_…\x1b]8;;…`` to the end of the file) hides its
# introducer and numeric parameters, or it would hide the token's second half from the detectors.
# (Each payload stops at the next introducer, so a failed one is not read again.)
_SEQUENCES = (r"\x1b\][^\x07\x1b\x9d\n]*(?:\x07|\x1b\\)|\x1b[P^_X][^\x1b\x9d\n]*\x1b\\"
              r"|\x9d[^\x07\x9c\x9d\x1b\n]*[\x07\x9c]|\x1b\][0-9;]*|\x9d[0-9;]*"
              r"|\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b[ -/]*[0-~]?")
_HIDDEN = re.compile(f"(?:{_SEQUENCES}|{_ONE_HIDDEN})+")  # a run at once


@dataclass(frozen=True)
class Seen:
    """``text`` without hidden characters; ``seen_starts[i]``/``original_starts[i]``: where kept
    piece ``i`` begins in it and in the original."""

    text: str
    seen_starts: list[int]
    original_starts: list[int]

    def original_start(self, offset: int) -> int:
        """Where the character at ``offset`` of the seen text is in the original."""
        i = bisect.bisect_right(self.seen_starts, offset) - 1
        return self.original_starts[i] + offset - self.seen_starts[i]

    def original_end(self, offset: int) -> int:
        """Where a span of the seen text ending at ``offset`` ends in the original (before the
        hidden characters that follow it)."""
        return self.original_start(offset - 1) + 1 if offset else 0


def seen(text: str) -> Seen | None:
    """``text`` as a reader sees it, None when it holds no hidden character."""
    first = _ANY_HIDDEN.search(text)
    if first is None:
        return None
    pieces: list[str] = []
    seen_starts: list[int] = []
    original_starts: list[int] = []
    size = last = 0
    for m in _HIDDEN.finditer(text, first.start()):
        seen_starts.append(size)
        original_starts.append(last)
        pieces.append(text[last:m.start()])
        size += m.start() - last
        last = m.end()
    seen_starts.append(size)
    original_starts.append(last)
    pieces.append(text[last:])
    return Seen("".join(pieces), seen_starts, original_starts)


def split_by_hidden(view: Seen, found: list[Candidate]) -> list[Candidate]:
    """``found`` in the seen text, placed in the original: those a hidden character splits
    there (the others the original's own scan found), a public prefix kept where none does."""
    placed = []
    for c in found:
        start, end = view.original_start(c.start), view.original_end(c.end)
        if end - start != c.end - c.start:
            whole_prefix = c.prefix and view.original_end(c.start + c.prefix) - start == c.prefix
            placed.append(c._replace(start=start, end=end, prefix=c.prefix if whole_prefix else 0))
    return placed


def joined(chosen: list[Candidate], split: list[Candidate]) -> list[Candidate]:
    """Both lists' spans masked (each sorted, without overlaps): a split secret overlapping what
    the original's scan chose (a half it knew) becomes one span, named by the more specific."""
    out: list[Candidate] = []
    for c in sorted([*chosen, *split], key=lambda c: c.start):
        if out and c.start < out[-1].end:
            last = out[-1]
            named = max((last, c), key=lambda k: (k.priority, k.end - k.start))
            out[-1] = Candidate(last.start, max(last.end, c.end), named.rule, named.priority,
                                named.prefix if named.start == last.start else 0)
        else:
            out.append(c)
    return out
