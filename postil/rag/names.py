"""Definitions whose names the words of a query describe.

"get proxies from environment variables" describes ``get_environ_proxies``: most of the
name's sub-words are among the query's words (``environ`` a prefix of ``environment``,
``proxies`` the same word). A name scores by how much of it the query covers, each
sub-word weighted by how rare it is in the index, so a name that is one common word
(``get``) ranks below one the query spells out, and a word under three letters (``a``)
never matches.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re

from postil.rag.tokens import IDENTIFIER, STOPWORDS, split_identifier

MIN_PART = 3  # shorter sub-words (``a``, ``is``) never match on their own
MIN_PREFIX = 4  # a query word this long matches a name sub-word it begins (``environ`` in ``environment``)
MAX_TERMS = 12  # query words looked up (the longest first)
MAX_DEFINITIONS_PER_NAME = 12  # a name defined more often (``__init__``, ``get``) says little
RARE = 0.1  # a one-word name counts fully only when its word is in at most this share of the chunks
COMMON_WEIGHT = 0.3  # a one-word name whose word is common (in more than RARE of the chunks) counts this much
TEST_WEIGHT = 0.5  # a test's name describing the query counts this much
_SUFFIX = re.compile(r"(?:ies|es|s|ing|ed|ly)$")


def stem(word: str) -> str:
    """A crude stem: ``proxies`` and ``proxy``, ``registers`` and ``register``, ``parsed`` and
    ``parse`` meet (enough to compare words with names; never shown)."""
    if len(word) <= 4:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ss"):
        return word
    cut = _SUFFIX.sub("", word)
    return cut if len(cut) >= 3 else word


def _matches(part: str, word: str, word_stem: str) -> bool:
    """Does this query word (and its stem) name this sub-word of a definition's name?"""
    return part == word or stem(part) == word_stem or (len(word) >= MIN_PREFIX and part.startswith(word)) \
        or (len(part) >= MIN_PREFIX and word.startswith(part))


def query_words(query: str) -> dict[str, str]:
    """The query's words worth matching (word -> stem), longest first."""
    words = {t: stem(t) for word in IDENTIFIER.findall(query) for t in split_identifier(word)
             if t not in STOPWORDS and len(t) >= MIN_PART}
    return dict(sorted(words.items(), key=lambda kv: -len(kv[0]))[:MAX_TERMS])


def written_names(query: str) -> set[str]:
    """The identifiers the query spells out: the whole query when it is one word, else the words
    shaped like code (``step_7_3``, ``getProxy``, ``v2``), never a plain word (``get``, ``a``)."""
    found = IDENTIFIER.findall(query)
    if len(query.split()) == 1:
        return set(found)
    return {w for w in found if "_" in w.strip("_") or any(c.isdigit() for c in w) or any(c.isupper() for c in w[1:])}


def name_parts(name: str) -> tuple[str, ...]:
    """The sub-words a name is made of (``get_environ_proxies`` -> get, environ, proxies)."""
    parts = split_identifier(name)
    parts = parts[1:] if len(parts) > 1 else parts
    return tuple(p for p in parts if len(p) > 1)


class NameIndex:
    """Every defined name and its chunks, loaded once per catalog generation (a server searches
    the same catalog again and again). A name's sub-words are worked out only when a query's
    word could describe it: the lower-cased names, one a line, are searched for the word's
    first letters (a sub-word is a piece of its name; once per letters and generation), which
    keeps a one-shot search from splitting every name of a big repository (SQLAlchemy: ~6,700)."""

    def __init__(self) -> None:
        self.version: str | None = None
        self.chunks: dict[str, list[int]] = {}  # name -> chunks defining it
        self._names: list[str] = []  # the names that may match, in line order
        self._starts: list[int] = []  # where each name's line starts in ``_text``
        self._text = ""  # those names lower-cased, one a line
        self._parts: dict[str, tuple[str, ...]] = {}  # name -> its sub-words, as worked out
        self._by_start: dict[str, dict[str, set[str]]] = {}  # see ``starting``

    def load(self, conn, version: str | None) -> NameIndex:
        """This index for the catalog generation ``version`` (read again when it changed)."""
        if version is not None and version == self.version:
            return self
        chunks: dict[str, list[int]] = {}
        for name, chunk in conn.execute("SELECT name, chunk FROM defs"):
            chunks.setdefault(name, []).append(chunk)
        self.version, self.chunks, self._parts, self._by_start = version, chunks, {}, {}
        self._names = [name for name, where in chunks.items() if len(where) <= MAX_DEFINITIONS_PER_NAME]
        lowered = [name.lower() for name in self._names]
        self._starts = [0, *itertools.accumulate(len(name) + 1 for name in lowered)][:len(lowered)]
        self._text = "\n".join(lowered)
        return self

    def parts(self, name: str) -> tuple[str, ...]:
        """The sub-words of a name that may match (none for a name defined too often, or unknown)."""
        found = self._parts.get(name)
        if found is None:
            where = self.chunks.get(name)
            found = self._parts[name] = name_parts(name) if where and len(where) <= MAX_DEFINITIONS_PER_NAME else ()
        return found

    def starting(self, fragment: str) -> dict[str, set[str]]:
        """The sub-words beginning with ``fragment`` (a query word's first letters), each with the
        names made with it; worked out once per fragment and catalog generation."""
        found = self._by_start.get(fragment)
        if found is None:
            found = self._by_start[fragment] = {}
            starts, names = self._starts, self._names
            for at in re.finditer(re.escape(fragment), self._text):
                name = names[bisect.bisect_right(starts, at.start()) - 1]
                for part in self.parts(name):
                    if part.startswith(fragment):
                        found.setdefault(part, set()).add(name)
        return found

    def search(self, conn, query: str, frequencies, limit: int = 30) -> list[tuple[int, str]]:
        """(chunk rowid, reason) of the definitions the query's words describe, best first.

        ``frequencies``: the keyword index's cache of document frequencies and the catalog
        generation (``Catalog.frequencies()``)."""
        words = query_words(query)
        exact = {name for name in written_names(query) if self.parts(name)}
        described: set[str] = set()  # the names' sub-words the query's words name
        candidates = set(exact)
        for word, word_stem in words.items():
            for part, names in self.starting(word[:MIN_PART]).items():
                if _matches(part, word, word_stem):
                    described.add(part)
                    candidates |= names
        if not candidates:
            return []
        cache, version = frequencies
        df, total = cache.of(conn, sorted({p for name in candidates for p in self.parts(name)}), version)
        single = len(words) == 1
        scored: list[tuple[bool, float, str]] = []
        for name in candidates:
            parts, factor = self.parts(name), 1.0
            if parts[0] == "test" and "test" not in words:
                parts, factor = parts[1:], TEST_WEIGHT  # a test's name says what it checks, not what does it
            weights = [math.log(1 + total / (1 + df.get(p, 0))) for p in parts]
            matched = [w for p, w in zip(parts, weights) if p in described]
            if name not in exact:
                if not matched or (len(matched) == 1 and not single and len(parts) > 1):
                    continue  # one word of a longer name is not a description
                if len(matched) == 1 and not single and df.get(parts[0], 0) > RARE * total:
                    factor *= COMMON_WEIGHT  # a common word as the whole name says little
            covered = sum(matched)
            # the rarer the words the query covers and the less of the name it leaves out, the better
            scored.append((name in exact, factor * covered * covered / (sum(weights) or 1)
                           / math.sqrt(len(self.chunks[name])), name))
        scored.sort(key=lambda s: (-s[0], -s[1], s[2]))  # a name written in the query first
        out: dict[int, str] = {}  # a chunk once, for its best name
        for _exact, _score, name in scored:
            for chunk in self.chunks[name]:
                out.setdefault(chunk, f"defines `{name}`")
            if len(out) >= limit:
                break
        return list(out.items())[:limit]
