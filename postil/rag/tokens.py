"""Identifier-aware tokens shared by the keyword index and the offline embeddings.

``parseHTTPResponse_v2`` yields the whole identifier (``parsehttpresponse_v2``) and its
sub-words (``parse``, ``http``, ``response``, ``v2``), so a query for "http response"
finds the function and a query for the exact name ranks it first.
"""

from __future__ import annotations

import re

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SUBWORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")

# Words so common in code that they carry no signal for retrieval.
STOPWORDS = frozenset(
    ["a", "an", "and", "are", "as", "at", "be", "by", "do", "else", "for", "from", "if", "in", "is", "it", "not", "of", "on", "or", "the", "to", "with", "def", "class", "return", "self", "cls", "none", "true", "false", "pass", "import", "elif", "while", "try", "except", "finally", "raise", "yield", "lambda", "del", "global", "nonlocal", "assert", "break", "continue", "function", "var", "let", "const", "new", "this", "null", "undefined", "typeof", "instanceof", "void", "export", "default", "public", "private", "protected", "static", "final", "void", "int", "bool", "string", "str", "fn", "pub", "mut", "impl", "use", "mod", "func", "go", "end", "begin", "then", "nil", "args", "kwargs"]
)

_split_cache: dict[str, tuple[str, ...]] = {}


def split_identifier(word: str) -> tuple[str, ...]:
    """Lower-cased terms for one identifier: the whole word first, then its sub-words."""
    cached = _split_cache.get(word)
    if cached is not None:
        return cached
    whole = word.lower().strip("_")
    parts = [p.lower() for p in _SUBWORD.findall(word)]
    if len(parts) > 1:
        terms = (whole, *parts) if whole else tuple(parts)
    else:
        terms = (whole,) if whole else ()
    if len(_split_cache) < 500_000:
        _split_cache[word] = terms
    return terms


_doc_cache: dict[str, str] = {}


def document_terms(word: str) -> str:
    """The keyword-index terms of one identifier, space-terminated (cached)."""
    cached = _doc_cache.get(word)
    if cached is None:
        kept = [t for t in split_identifier(word) if t not in STOPWORDS and len(t) > 1]
        cached = " ".join(kept) + " " if kept else ""
        if len(_doc_cache) < 500_000:
            _doc_cache[word] = cached
    return cached


def document(counts) -> str:
    """Keyword-index text of a chunk from its identifier counts (repeats capped at 3)."""
    get = _doc_cache.get
    parts = []
    for word, count in counts.items():
        terms_ = get(word)
        if terms_ is None:
            terms_ = document_terms(word)
        if terms_:
            parts.append(terms_ * (min(3, count)))
    return "".join(parts)


def terms(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Every term of a text in order (with repeats)."""
    out: list[str] = []
    extend = out.extend
    for word in IDENTIFIER.findall(text):
        extend(split_identifier(word))
    if keep_stopwords:
        return out
    return [t for t in out if t not in STOPWORDS and len(t) > 1]


def query_terms(text: str, limit: int = 40) -> list[str]:
    """Distinct useful terms of a query, most specific first (whole identifiers, long words)."""
    seen: dict[str, int] = {}
    for word in IDENTIFIER.findall(text):
        parts = split_identifier(word)
        for i, term in enumerate(parts):
            if term in STOPWORDS or len(term) < 2:
                continue
            # Whole identifiers made of several sub-words are the most specific terms.
            score = len(term) + (8 if i == 0 and len(parts) > 1 else 0)
            if seen.get(term, -1) < score:
                seen[term] = score
    ordered = sorted(seen, key=lambda t: -seen[t])
    return ordered[:limit]
