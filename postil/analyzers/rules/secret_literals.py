"""Where the secret scan's literals are in one text, found in one Aho-Corasick pass."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class Occurrences:
    """Every offset of some literals in a text, from one Aho-Corasick pass instead of a
    ``str.find`` loop per literal. Asked for leftmost matches, the automaton skips to a few
    dozen literals with SIMD (twice as fast as reporting overlapping matches); the literals a
    match can hide (one starting inside it: "secretoken") are looked for there, so every
    occurrence is found. Texts are searched as ASCII bytes where every other code point is
    ``?``: one byte per code point, so offsets are the text's."""

    def __init__(self, literals: Iterable[str]) -> None:
        import ahocorasick_rs

        self.literals = sorted(set(literals))
        for literal in self.literals:
            if not literal.isascii() or "?" in literal:
                raise ValueError(f"secret scan literal {literal!r}: only ASCII without '?' is supported")
        self.encoded = [lit.encode() for lit in self.literals]
        self.hidden = [  # (offset, other literal) pairs that can start inside a match of each literal
            tuple((off, j) for off in range(len(x)) for j, y in enumerate(self.literals)
                  if (off or j != i) and (x[off:].startswith(y) or y.startswith(x[off:])))
            for i, x in enumerate(self.literals)
        ]
        self.automaton = ahocorasick_rs.BytesAhoCorasick(
            self.encoded, matchkind=ahocorasick_rs.MatchKind.LeftmostFirst,
            implementation=ahocorasick_rs.Implementation.DFA)

    def find(self, text: str) -> dict[str, list[int]]:
        """Ascending offsets by literal (every literal, found or not)."""
        data = text.encode("ascii", "replace")
        found: list[list[int]] = [[] for _ in self.literals]
        for i, start, _end in self.automaton.find_matches_as_indexes(data):
            found[i].append(start)
            for off, j in self.hidden[i]:
                if data.startswith(self.encoded[j], start + off):
                    found[j].append(start + off)
        return dict(zip(self.literals, found))


@dataclass(frozen=True)
class Found:
    """Where the scan's literals are in one text: ascending offsets by literal."""

    cased: dict[str, list[int]]  # find detectors' anchors and _CASED_LITERALS, in the text
    folded: dict[str, list[int]]  # keywords, in its lower-cased copy

    def mentions(self) -> set[str]:
        """The keywords the lower-cased text holds."""
        return {k for k, offsets in self.folded.items() if offsets}
