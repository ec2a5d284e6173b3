"""Which of some literals a file's bytes hold, in one pass (a bulk scan's literal pre-pass: see bulk._narrowed)."""

from __future__ import annotations

import re

from postil.analyzers.rules.literal_prefilter import NOCASE, WORD_EDGES, is_leaf, word_pattern


class LiteralSearch:
    """Which of some literals a file's bytes hold: one pass of an RE2 set, which reports each
    literal once where Aho-Corasick enumerates every occurrence (``self``... thousands a
    file), at half the cost. RE2 answers nothing when its DFA runs out of memory: a last
    pattern that matches only at the end of the text tells a whole pass from that, and a
    file it misses is searched with Aho-Corasick."""

    def __init__(self, literals: list) -> None:
        self.literals = [lit for lit in literals if isinstance(lit, str)]
        self.encoded = [lit.encode("utf-8", "surrogatepass") for lit in self.literals]
        # words and case-insensitive literals (literal_prefilter's ("word", name), ("nocase", folded))
        # are found by patterns after the literals'
        tagged = [lit for lit in literals if is_leaf(lit)]
        self._tagged_patterns = [_folded_pattern(name) if kind == NOCASE else word_pattern([name]).encode()
                                 for kind, name in tagged]
        self.literals += tagged
        self._automaton = None
        self._set = None
        try:
            import re2

            options = re2.Options()
            options.encoding = re2.Options.Encoding.LATIN1  # a byte is a character: any bytes match
            options.max_mem = 256 << 20
            found = re2.Set.SearchSet(options)
            for literal in self.encoded:
                found.Add(b"".join(map(_ESCAPED.__getitem__, literal)))
            before, after = WORD_EDGES
            for (kind, name), pattern in zip(tagged, self._tagged_patterns):  # (RE2 has no lookaround)
                found.Add(pattern if kind == NOCASE else f"(?:^|[^{before[1:]}){re.escape(name)}(?:$|[^{after[1:]})".encode())
            self._end = found.Add(rb"\z")
            found.Compile()
            self._set = found
        except Exception as exc:  # noqa: BLE001 — re2 raises its own error type: fall back
            import logging  # only when something is logged: its import is ~4 ms of each start-up

            logging.getLogger(__name__).debug("literal search without RE2 (%s)", exc)

    def within(self, data: bytes) -> set[str]:
        hits = self._set.Match(data) if self._set is not None else None
        if hits is None or self._end not in hits:
            if self._automaton is None:
                import ahocorasick_rs

                self._automaton = ahocorasick_rs.BytesAhoCorasick(
                    self.encoded, implementation=ahocorasick_rs.Implementation.DFA)
            hits = [i for i, _, _ in self._automaton.find_matches_as_indexes(data, overlapping=True)]
            hits += [len(self.encoded) + k for k, pattern in enumerate(self._tagged_patterns) if re.search(pattern, data)]
        return {self.literals[i] for i in hits if i < len(self.literals)}


_ESCAPED = [b"\\x%02x" % byte for byte in range(256)]  # each byte as RE2 reads it literally

# The characters past ASCII that a case-insensitive regex matches for an ASCII letter (Unicode's
# simple case folding: the Kelvin sign, the long s), as UTF-8.
_FOLDED_PAST_ASCII = {"k": b"|\\xe2\\x84\\xaa", "s": b"|\\xc5\\xbf"}


def _folded_pattern(folded: str) -> bytes:
    """A pattern of bytes (RE2's and Python's) matching the UTF-8 of any text that holds
    ``folded`` (a case-folded ASCII literal) as a case-insensitive regex finds it: a choice per
    letter, no repetition."""
    return b"".join(b"(?:[%s%s]%s)" % (char.encode(), char.upper().encode(), _FOLDED_PAST_ASCII.get(char, b""))
                    if char.isascii() and char.isalpha()
                    else b"".join(map(_ESCAPED.__getitem__, char.encode("utf-8", "surrogatepass"))) for char in folded)
