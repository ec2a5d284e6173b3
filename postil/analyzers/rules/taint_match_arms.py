"""Python `match` arms that only literals select: inside `case "new" | "my":` the subject equals
one of them, so what it holds there is the code's text, not the request's (as inside
`if kind == "new":`, which the comparison guards clear). An arm with a guard (`case "a" if x:`)
still needs its literal; a capture, wildcard or class pattern (`case _:`, `case str():`)
selects any value and clears nothing."""

from __future__ import annotations

from postil.analyzers.rules.taint_paths import span
from postil.analyzers.rules.taint_values import Event

_LITERALS = frozenset({"string", "integer", "float", "true", "false", "none"})
_SUBJECTS = frozenset({"identifier", "attribute"})  # a name or a field (`self.list_type`)
CASES = {"rule": {"kind": "case_clause"}}  # (the search for the arms, one a file)


def literal_arm_clears(arm) -> list[Event]:
    """A clear of the `match` subject over the body of ``arm`` (a case clause), and its end,
    where only literals select the arm; none otherwise."""
    statement = arm.parent().parent() if arm.parent() is not None else None
    subject = statement.field("subject") if statement is not None else None
    body = arm.field("consequence")
    if subject is None or body is None or subject.kind() not in _SUBJECTS or not _literal_only(arm):
        return []
    start, end = span(body)
    clear = Event(start, arm, None, clears=(subject.text(),))
    return [clear, Event(end, arm, None, ends=clear)]


def _literal_only(arm) -> bool:
    """Whether every pattern of ``arm`` is a literal or an alternation of literals."""
    patterns = [c for c in arm.children() if c.kind() == "case_pattern"]
    if not patterns:
        return False
    for pattern in patterns:
        parts = [c for c in pattern.named_children() if c.kind() != "comment"]
        if len(parts) == 1 and parts[0].kind() == "union_pattern":
            parts = [c for c in parts[0].named_children() if c.kind() != "comment"]
        if not parts or any(p.kind() not in _LITERALS or p.kind() == "string" and p.find(kind="interpolation")
                            for p in parts):
            return False
    return True
