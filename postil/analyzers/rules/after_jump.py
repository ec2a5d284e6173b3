"""Where a finding on dead code begins: the statement that makes it dead.

``return total`` then ``log.info(...)``: pylint and ruff point at the statement that never runs,
Semgrep's registry starts its match (``return ...`` followed by ``$S``) at the ``return``; the
same for a store overwritten on the next line (``x = 1; x = 2;``: the registry's match starts at
the useless store, a reader points at either). A finding of a rule that opts in
(``metadata.placement: after-jump``) matches the later statement and runs from the statement
before it in the block (comments skipped) to its end, so it covers both lines; the later
statement stays the finding's ``sink`` (suppressions, duplicates and fingerprints go by it).
"""

from __future__ import annotations

from postil.analyzers.rules.built_text import Placement, Placer

PLACEMENT = "after-jump"  # the metadata value a rule opts in with
_BLOCKS = {"block", "module", "statement_block", "program"}  # Python's, then JavaScript's


def after_jump(placer: Placer, start: int, end: int) -> Placement | None:
    """The placement of a finding on the statement at ``start:end``: from the statement before
    it in its block (None: it is the first, or too many findings were placed already)."""
    if placer.left <= 0:
        return None
    placer.left -= 1
    statement = placer.innermost(start, end)
    while statement.parent() is not None and statement.parent().kind() not in _BLOCKS:
        statement = statement.parent()  # the statement itself, not the expression it begins with
    if statement.parent() is None:
        return None
    previous = statement.prev()
    while previous is not None and previous.kind() == "comment":
        previous = previous.prev()
    return None if previous is None else Placement(previous.range().start.index, None, True)
