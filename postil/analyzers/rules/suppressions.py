"""Suppression comments: ``postil: ignore[RULE, ...]`` and ``postil: ignore-file[RULE]``.

A line comment suppresses findings that start on its own line; a comment alone on
its line suppresses the next line too. ``ignore`` without a list suppresses every
rule. Rule ids may be prefixes (``python/security``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from postil.analyzers.findings import Finding, LineIndex, Severity, Span

_MARKER = re.compile(
    r"(?:#|//|--|;|/\*|<!--|\*)\s*postil:\s*(?P<kind>ignore-file|ignore)\b(?:\[(?P<ids>[^\]]*)\])?"
)
_COMMENT_ONLY = re.compile(r"^\s*(?:#|//|--|;|/\*|<!--|\*)")

UNKNOWN_RULE_ID = "postil/unknown-suppression"
# Rule ids read from one comment; the rest of a longer list is ignored.
MAX_IDS_PER_COMMENT = 64
ALL_RULES = "*"


def matches_selector(rule_id: str, selector: str) -> bool:
    """True when ``selector`` is the rule id, a prefix of it ending at a separator, or ``*``."""
    if selector == ALL_RULES or selector == rule_id:
        return True
    return rule_id.startswith(selector) and (selector.endswith(("/", "-", ".")) or rule_id[len(selector)] in "/-.")


@dataclass
class Suppressions:
    """The suppression comments of one file."""

    by_line: dict[int, set[str]] = field(default_factory=dict)
    file_wide: set[str] = field(default_factory=set)
    mentions: list[tuple[str, int, int]] = field(default_factory=list)  # (id, line, column)

    def suppresses(self, finding: Finding) -> bool:
        selectors = self.file_wide | self.by_line.get(finding.span.start_line, set())
        return any(matches_selector(finding.rule, s) for s in selectors)

    def unknown_ids(self, known_ids: set[str], path: str) -> list[Finding]:
        """Hints for suppressions naming rules that do not exist."""
        hints = []
        valid = _selectors_of(known_ids)
        for rule_id, line, column in self.mentions:
            if rule_id == ALL_RULES or rule_id in valid:
                continue
            hints.append(
                Finding(
                    rule=UNKNOWN_RULE_ID,
                    severity=Severity.HINT,
                    message=f"suppression names unknown rule `{rule_id}`: it suppresses nothing",
                    path=path,
                    span=Span(line, column, line, column + len(rule_id)),
                    note="Check the id with `postil rules list`, or remove the suppression.",
                )
            )
        return hints


def _selectors_of(known_ids: set[str]) -> set[str]:
    """Every selector that matches some known id (see :func:`matches_selector`), so a
    mention is checked in constant time however many rules there are."""
    valid = set(known_ids)
    for rule_id in known_ids:
        for i, ch in enumerate(rule_id):
            if ch in "/-.":
                valid.update((rule_id[:i], rule_id[: i + 1]))
    return valid


def parse_suppressions(text: str, index: LineIndex | None = None) -> Suppressions:
    """Find every suppression comment in a file."""
    result = Suppressions()
    if "postil:" not in text:
        return result
    index = index or LineIndex(text)
    for match in _MARKER.finditer(text):
        line, _ = index.position(match.start())
        ids_text = match.group("ids")
        if ids_text is None:
            ids = {ALL_RULES}
        else:
            ids = set()
            base = match.start("ids")
            for part in itertools.islice(re.finditer(r"[^,\s]+", ids_text), MAX_IDS_PER_COMMENT):
                ids.add(part.group())
                _, column = index.position(base + part.start())
                result.mentions.append((part.group(), line, column))
        if match.group("kind") == "ignore-file":
            result.file_wide |= ids
            continue
        result.by_line.setdefault(line, set()).update(ids)
        if _COMMENT_ONLY.match(index.line_text(line)):
            result.by_line.setdefault(line + 1, set()).update(ids)
    return result
