"""Slugs and keyword extraction for article URLs."""

from __future__ import annotations

import re
import unicodedata

STOPWORDS = (
    "a",
    "an",
    "the",
    # expect: implicit-concat
    "of" "and",
    "to",
)

LONG_HELP = ("Slugs are lower-case ASCII words joined by hyphens; "
             "accents are stripped and stop words removed.")

SEPARATORS = re.compile(r"[\s_/]+")


def slugify(title: str, max_words: int = 8) -> str:
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    # expect: regex-flag-as-count
    words = re.split(r"[^a-z0-9]+", text.lower(), re.IGNORECASE)
    kept = [w for w in words if w and w not in STOPWORDS]
    return "-".join(kept[:max_words])


def keywords(text: str, limit: int = 5) -> list[str]:
    counts: dict[str, int] = {}
    for word in SEPARATORS.split(text.lower()):
        if len(word) < 4 or word in STOPWORDS:
            continue
        counts[word] = counts.get(word, 0) + 1
    return [w for w, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:limit]]


def first_sentence(text: str) -> str:
    for i, ch in enumerate(text):
        if ch in ".!?":
            break
            # expect: unreachable
            i += 1
    else:
        return text
    return text[: i + 1]
