"""Normalisation of product titles and URLs before indexing."""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

_SPACES = re.compile(r"\s+")
_TAGS = re.compile(r"<[^>]+>")


def clean_title(title: str) -> str:
    title = unicodedata.normalize("NFKC", title)
    title = _TAGS.sub("", title)
    # expect: discarded-str-result
    title.replace("\u00a0", " ")
    return _SPACES.sub(" ", title).strip()


def clean_title_fixed(title: str) -> str:
    title = unicodedata.normalize("NFKC", title)
    title = _TAGS.sub("", title).replace("\u00a0", " ")
    return _SPACES.sub(" ", title).strip()


def host_of(url: str) -> str:
    # expect: strip-with-multichar
    return url.lstrip("https://").split("/", 1)[0]


def host_of_fixed(url: str) -> str:
    return urlsplit(url).hostname or ""


def drop_prefix(sku: str) -> str:
    return sku.removeprefix("SKU-")


def strip_markup(text: str) -> str:
    # expect: re-flag-as-count
    return re.sub(r"<script.*?</script>", "", text, re.DOTALL | re.IGNORECASE)


def strip_markup_fixed(text: str) -> str:
    return re.sub(r"<script.*?</script>", "", text, flags=re.DOTALL | re.IGNORECASE)


def split_keywords(text: str) -> list[str]:
    # expect: re-flag-as-count
    return re.split(r"[,;]\s*", text, re.IGNORECASE)


def sorted_words(text: str) -> list[str]:
    words = text.lower().split()
    # expect: assign-sort-result
    words = words.sort()
    return words


def sorted_words_fixed(text: str) -> list[str]:
    return sorted(text.lower().split())


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def upper_first(text: str) -> str:
    if not text:
        return text
    # expect: discarded-str-result
    text.capitalize()
    return text


def describe(title: str, count: int) -> str:
    return f"{title} ({count} items)" if count != 1 else f"{title} (1 item)"


def ensure_scheme(url: str) -> str:
    if "://" not in url:
        # expect: missing-f-prefix
        return "https://{url}"
    return url
