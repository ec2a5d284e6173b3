"""Rules that could not be loaded, told in a bounded number of lines: the first :data:`NAMED`
one a line, then how many more in which files (a repository's rule file of thousands of broken
rules: every one a line in ``postil check``'s stderr, a notification each in the editor)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from postil.analyzers.rules.rule_model import RuleError

NAMED = 20


def rule_error_lines(errors: Sequence[RuleError]) -> tuple[list[str], str | None]:
    """The first few errors one a line, and one line for the rest by file (None: no rest)."""
    more = Counter(error.path for error in errors[NAMED:])
    rest = None
    if more:
        rest = (f"and {more.total():,} more invalid rules skipped: "
                + ", ".join(f"{path} ({count:,})" for path, count in more.most_common(5))
                + (f" and {len(more) - 5:,} more files" if len(more) > 5 else ""))
    return [str(error) for error in errors[:NAMED]], rest


def problem_lines(errors: Sequence[RuleError]) -> list[str]:
    """rule_error_lines as the editor's problem list: the named ones, then the rest's line."""
    named, rest = rule_error_lines(errors)
    return named if rest is None else [*named, rest]
