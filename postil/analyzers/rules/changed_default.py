"""Where a finding on a shared mutable default ends: the first statement that changes it.

``def register(name, registry={}):`` then ``registry[name] = obj``: ruff and pylint point at the
default on the ``def`` line, Semgrep's registry at the statement that changes it
(``$D[...] = ...``, ``$D.append(...)``). A finding of a rule that opts in
(``metadata.placement: through-change``) matches the parameter and runs on to the end of the
first statement of its function that changes the object (or keeps it on the instance,
``self.items = items``), so it covers both lines; the parameter stays the finding's ``sink``. A
change more than ``NEAR_LINES`` below (as for built text) leaves the finding on the default and
names the change as related information: an editor underlines no long stretch of a function.
"""

from __future__ import annotations

from postil.analyzers.rules.built_text import Placer

PLACEMENT = "through-change"  # the metadata value a rule opts in with
# the methods that change a list, dict or set in place
_CHANGING = frozenset({"append", "extend", "insert", "add", "update", "setdefault", "pop", "popitem", "remove",
                       "discard", "clear", "sort", "reverse"})
_DEFAULTS = ("default_parameter", "typed_default_parameter")
_NESTED = frozenset({"function_definition", "lambda", "class_definition"})  # code that runs at another time


def through_change(placer: Placer, start: int, end: int) -> tuple[int, int] | None:
    """The span (string offsets) of the first statement changing the default parameter at
    ``start:end`` in its function (None: none does, it is a lambda's, or too many findings were
    placed already)."""
    if placer.left <= 0:
        return None
    placer.left -= 1
    node = placer.innermost(start, end)
    while node is not None and node.kind() not in _DEFAULTS:
        node = node.parent()
    name = node.field("name") if node is not None else None
    parameters = node.parent() if node is not None else None
    function = parameters.parent() if parameters is not None else None
    if name is None or function is None or function.kind() != "function_definition":
        return None
    change = _first_change(function.field("body"), name.text())
    if change is None:
        return None
    changed = change.range()
    return changed.start.index, changed.end.index


def _first_change(body, name: str):
    """The first node of ``body`` (in reading order, not inside a nested function or class)
    that changes the object named ``name``, or None."""
    stack = [body] if body is not None else []
    while stack:
        node = stack.pop()
        if _changes(node, name):
            return node
        if node is body or node.kind() not in _NESTED:
            stack.extend(reversed(node.children()))
    return None


def _changes(node, name: str) -> bool:
    """Whether ``node`` changes the object named ``name``: calls a changing method on it (or on
    one of its items), assigns or deletes one of its items, adds to it in place, or keeps it on
    the instance."""
    kind = node.kind()
    if kind == "call":
        function = node.field("function")
        return function is not None and function.kind() == "attribute" \
            and function.field("attribute").text() in _CHANGING and _held(function.field("object"), name)
    if kind in ("assignment", "augmented_assignment"):
        left, right = node.field("left"), node.field("right")
        if left is None:
            return False
        if left.kind() == "subscript":
            return _named(left.field("value"), name)
        if kind == "augmented_assignment":
            return _named(left, name)
        return left.kind() == "attribute" and left.text().startswith("self.") and _named(right, name)
    if kind == "delete_statement":
        return any(c.kind() == "subscript" and _named(c.field("value"), name) for c in node.children())
    return False


def _held(node, name: str) -> bool:
    """``node`` is the name, or one of its items (``buckets[key]``)."""
    return _named(node, name) or (node is not None and node.kind() == "subscript" and _named(node.field("value"), name))


def _named(node, name: str) -> bool:
    return node is not None and node.kind() == "identifier" and node.text() == name
