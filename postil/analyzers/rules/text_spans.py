"""Where in a long run of markup text a rule's regex matched: an HTML template's text node runs
from one tag to the next, often over many lines (a Pug template, which has no tags, is one text
node), and a finding on it is narrowed to each of the regex's matches (`{% autoescape off %}`,
`p!= post.html`, not the block of text around them). The regex is a rule's (a repository's own
rules too): it runs in RE2, in time linear in the node's text."""

from __future__ import annotations

from postil.core.userregex import UserRegexError, compile_pattern

# the languages whose rules match text nodes by their `regex` (the node itself says little)
NARROWED_LANGUAGES = frozenset({"html"})
# matches reported in one node at most (a generated page may repeat a construct on every line)
MAX_MATCHES_PER_NODE = 200


def narrowed(config: dict, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each match of the rule's top-level `regex` inside ``text[start:end]``, or
    the node's own span when it has none, RE2 cannot read it, or it does not match there."""
    rule = config.get("rule")
    pattern = rule.get("regex") if isinstance(rule, dict) else None
    if not isinstance(pattern, str):
        return [(start, end)]
    try:
        program = compile_pattern(pattern)
    except UserRegexError:
        return [(start, end)]
    spans = []
    for found in program.finditer(text[start:end]):
        if found.end() > found.start():
            spans.append((start + found.start(), start + found.end()))
            if len(spans) == MAX_MATCHES_PER_NODE:
                break
    return spans or [(start, end)]
