"""Calls through a file's dispatch table, for the taint engine (Python): CherryMusic's handler keeps
`self.handlers = {"fetchalbumart": self.api_fetchalbumart, ...}` and its exposed `api` runs
`handler = self.handlers.get(action)` then `handler(**params)`; a module's `ACTIONS = {"ping": do_ping}`
is run as `ACTIONS[name](host)`. Such a call is a call of every function the table holds: what it
passes reaches their parameters as a direct call's would (see FileTaint.helper_calls)."""

from __future__ import annotations

from weakref import WeakKeyDictionary

_LOOKUPS = frozenset({"subscript", "call"})  # `TABLE[x]`, `TABLE.get(x)` (`TABLE.get(x, default)`)
_TABLES: WeakKeyDictionary = WeakKeyDictionary()  # a file's facts -> a table's value -> the names it is bound to


def table_calls(facts, name: str, callees: set[str]) -> list:
    """The calls in a parsed file (``facts``: its taint_facts.FileFacts) through a dict literal whose values
    name the function ``name`` as one of ``callees`` (`self.api_fetch`, `api_fetch`): a lookup of the name
    or field the dict is bound to, called in place (`TABLE.get(x)(...)`, `TABLE[x](...)`) or bound to a
    name of the function first (`handler = TABLE.get(x)` ... `handler(...)`)."""
    held = _TABLES.get(facts)
    if held is None:
        held = _TABLES[facts] = _held(facts.root) if "{" in facts.root.text() else {}
    tables = {table for callee in callees for table in held.get(callee, ())}
    if not tables:
        return []
    found = []
    for call in facts.root.find_all(kind="call"):
        function = call.field("function")
        if function is None or call.field("arguments") is None:
            continue
        if _lookup_of(function, tables):
            found.append(call)
        elif function.kind() == "identifier" and _bound_to_lookup(facts, call, function.text(), tables):
            found.append(call)
    return found


def _held(root) -> dict[str, set[str]]:
    """A dict literal's value (a function's name) -> the names or fields the literals holding it are bound to."""
    held: dict[str, set[str]] = {}
    for pair in root.find_all(kind="pair"):
        value, table = pair.field("value"), pair.parent()
        holder = table.parent() if table is not None else None
        if value is not None and value.kind() in ("identifier", "attribute") and holder is not None \
                and holder.kind() == "assignment" and holder.field("right") is not None \
                and holder.field("right").text() == table.text():
            held.setdefault(value.text(), set()).add(holder.field("left").text())
    return held


def _lookup_of(node, tables: set[str]) -> bool:
    """Whether ``node`` looks a key up in one of ``tables``: `TABLE[x]` or `TABLE.get(x)`."""
    if node.kind() not in _LOOKUPS:
        return False
    if node.kind() == "subscript":
        value = node.field("value")
        return value is not None and value.text() in tables
    function = node.field("function")
    return function is not None and function.kind() == "attribute" and function.field("attribute").text() == "get" \
        and function.field("object").text() in tables


def _bound_to_lookup(facts, call, name: str, tables: set[str]) -> bool:
    """Whether the function around ``call`` binds ``name`` to a lookup in one of ``tables``."""
    scope = facts.scope_of(call)
    if scope is None:
        return False
    for event in facts.events(scope):
        value = event.value
        while value is not None and value.kind() == "await":
            value = value.children()[-1]
        if event.target.text() == name and value is not None and _lookup_of(value, tables):
            return True
    return False
