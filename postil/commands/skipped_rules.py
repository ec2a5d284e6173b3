"""The rules that could not be loaded, said on stderr: the first few one a line, then how many
more in which files (see rules.rule_error_lines)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from postil.analyzers.rules.rule_error_lines import rule_error_lines
from postil.analyzers.rules.rule_model import RuleError
from postil.core.terminal import say


def say_skipped_rules(errors: Sequence[RuleError]) -> None:
    """One line a rule for the first few, then one line for the rest, by file."""
    named, rest = rule_error_lines(errors)
    for line in named:
        say(f"postil: invalid rule skipped: {line}", file=sys.stderr)
    if rest is not None:
        say(f"postil: {rest}", file=sys.stderr)
