"""Where in a long run of markup text a rule's regex matched: an HTML template's text node runs
from one tag to the next, often over many lines, and a finding on it is narrowed to the regex's
first match (`{% autoescape off %}`, not the block of text around it). The regex is a rule's
(a repository's own rules too): it runs in RE2, in time linear in the node's text."""

from __future__ import annotations

from postil.core.userregex import UserRegexError, compile_pattern

# the languages whose rules match text nodes by their `regex` (the node itself says little)
NARROWED_LANGUAGES = frozenset({"html"})


def narrowed(config: dict, text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the first match of the rule's top-level `regex` inside ``text[start:end]``,
    or the node's own span when it has none, RE2 cannot read it, or it does not match there."""
    rule = config.get("rule")
    pattern = rule.get("regex") if isinstance(rule, dict) else None
    if not isinstance(pattern, str):
        return start, end
    try:
        program = compile_pattern(pattern)
    except UserRegexError:
        return start, end
    found = next(iter(program.finditer(text[start:end])), None)
    return (start + found.start(), start + found.end()) if found is not None and found.end() > found.start() \
        else (start, end)
