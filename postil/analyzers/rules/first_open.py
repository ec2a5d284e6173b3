"""Where a finding on a file opened again before it was closed begins: the open it drops.

``src = open(first)`` ... ``src = open(second)``: the second open drops the first file while it
is still open. pylint and postil's rule point at the second (the line to change); Semgrep's
registry matches from the first open to the second, and a reader may point at either. A finding
of a rule that opts in (``metadata.placement: from-first-open``) matches the second open and runs
from the earlier open of the same name in its block, when that is at most
:data:`~postil.analyzers.rules.built_text.NEAR_LINES` lines above (else it stays on the second
open); the second open stays the finding's ``sink`` (suppressions, duplicates and fingerprints go
by it).
"""

from __future__ import annotations

from postil.analyzers.rules.built_text import NEAR_LINES, Placement, Placer

PLACEMENT = "from-first-open"  # the metadata value a rule opts in with
_BLOCKS = {"block", "module"}
_OPENS = {"open", "io.open"}
_MOST_STEPS = 32  # earlier statements looked at (NEAR_LINES bounds them first in plain code)


def from_first_open(placer: Placer, start: int, end: int) -> Placement | None:
    """The placement of a finding on the statement ``name = open(...)`` at ``start:end``: from the
    earlier ``name = open(...)`` of its block (None: none near, or too many findings were placed
    already)."""
    if placer.left <= 0:
        return None
    placer.left -= 1
    statement = placer.innermost(start, end)
    while statement.parent() is not None and statement.parent().kind() not in _BLOCKS:
        statement = statement.parent()
    name = _opened_name(statement)
    if statement.parent() is None or name is None:
        return None
    line = statement.range().start.line
    previous = statement.prev()
    for _ in range(_MOST_STEPS):
        if previous is None or line - previous.range().start.line > NEAR_LINES:
            return None
        if _opened_name(previous) == name:
            return Placement(previous.range().start.index, None, True)
        previous = previous.prev()
    return None


def _opened_name(statement) -> str | None:
    """The text of the name ``statement`` binds to a file it opens (``fh = open(p)``: ``fh``;
    ``self.out = io.open(p, "w")``: ``self.out``); None for any other statement."""
    if statement.kind() != "expression_statement":
        return None
    assignment = statement.child(0)
    if assignment is None or assignment.kind() != "assignment":
        return None
    left, right = assignment.field("left"), assignment.field("right")
    if left is None or right is None or right.kind() != "call":
        return None
    function = right.field("function")
    return left.text() if function is not None and function.text() in _OPENS else None
