"""Reads of a method's receiver that hand over nothing its callers gave, for the taint engine (TaintFlow._taint_of):

* the object of a method call the engine resolved (`self.media.path_for_checked(key)`: `self.media`, a
  `LocalMediaStorage` its constructor made): the method's summary says what the call gives back (its source,
  the arguments it passes on); the instance itself, read as the method's object, is not handed over;
* a constant of its class (`self.table_name` where the class body says `table_name = "artifact_v3"` and no
  method of the file assigns `self.table_name`).

Where the receiver is the method's given one (`self`, a parameter), a handler of a class whose methods the
framework calls (Starlette's `Route(..., self.media_file)`) or a table class's query method does not read what
its callers gave there: a path its held service cleaned, SQL text naming its own table, are judged clean."""

from __future__ import annotations

from postil.analyzers.rules.taint_instances import class_node

_LITERALS = frozenset({"string", "integer", "float", "true", "false", "none"})


def held_object(flow, node, read: tuple[str, int, int], helpers: list, members: list) -> bool:
    """Whether the ``read`` (text, start, end) of ``node`` is the receiver read as the object of one of
    ``helpers`` (see TaintFlow._local_helpers: (call start, end, arguments, summary)), before its arguments, or
    as the base of one of ``members`` (text, start, end) that is a constant of its class (see the module)."""
    text, start, end = read
    if text.split(".", 1)[0] not in flow.g.receivers:
        return False
    if any(arguments is not None and call_start <= start and end <= arguments.range().start.index
           for call_start, _, arguments, _ in helpers):
        return True
    member = next((m for m, s, e in members if s <= start and end <= e and m.count(".") == 1), None)
    return member is not None and _class_constant(flow, node, member)


def _class_constant(flow, node, member: str) -> bool:
    """Whether ``member`` (`self.table_name`) is a field the class of the method around ``node`` sets to a
    literal in its body and no function of the file assigns."""
    if member in flow.facts.shared_writes():
        return False
    cls = class_node(flow.facts.scope_of(node))
    body = cls.field("body") if cls is not None else None
    field = member.split(".", 1)[1]
    for statement in body.children() if body is not None else ():
        assignment = statement.child(0) if statement.kind() == "expression_statement" else None
        if assignment is not None and assignment.kind() == "assignment":
            left, right = assignment.field("left"), assignment.field("right")
            if left is not None and left.text() == field and right is not None:
                return right.kind() in _LITERALS
    return False
