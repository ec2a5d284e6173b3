"""Where in a long run of markup text a rule's regex matched: an HTML template's text node runs
from one tag to the next, often over many lines, and a finding on it is narrowed to the regex's
first match (`{% autoescape off %}`, not the block of text around it)."""

from __future__ import annotations

import re
from functools import lru_cache

# the languages whose rules match text nodes by their `regex` (the node itself says little)
NARROWED_LANGUAGES = frozenset({"html"})


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern | None:
    try:
        return re.compile(pattern)
    except (re.error, RecursionError, OverflowError):  # Rust syntax Python does not read: keep the node
        return None


def narrowed(config: dict, text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the first match of the rule's top-level `regex` inside ``text[start:end]``,
    or the node's own span when it has none or it does not match there."""
    rule = config.get("rule")
    pattern = rule.get("regex") if isinstance(rule, dict) else None
    compiled = _compiled(pattern) if isinstance(pattern, str) else None
    found = compiled.search(text, start, end) if compiled is not None else None
    return (found.start(), found.end()) if found is not None and found.end() > found.start() else (start, end)
