"""The rules that could not be loaded, said on stderr: the first :data:`NAMED` one a line, then
how many more in which files (a repository's rule file of thousands of broken rules printed
every one, ~550 KB)."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence

from postil.analyzers.rules.rule_model import RuleError
from postil.core.terminal import say

NAMED = 20


def say_skipped_rules(errors: Sequence[RuleError]) -> None:
    """One line a rule for the first few, then one line for the rest, by file."""
    for error in errors[:NAMED]:
        say(f"postil: invalid rule skipped: {error}", file=sys.stderr)
    more = Counter(error.path for error in errors[NAMED:])
    if more:
        say(f"postil: and {more.total():,} more invalid rules skipped: "
            + ", ".join(f"{path} ({count:,})" for path, count in more.most_common(5))
            + (f" and {len(more) - 5:,} more files" if len(more) > 5 else ""), file=sys.stderr)
