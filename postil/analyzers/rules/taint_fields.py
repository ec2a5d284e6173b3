"""Attribute-level taint of instances of the file's own Python classes, for the taint engine:
`h = Holder(param)` where `Holder.__init__` sets `self.value = value` and `self.fixed = "x"`
gives `h` two attributes of their own, so `h.fixed` is clean while `h.value` carries the
argument's taint. Only where the class and the name are plain enough to be sure: a class with
no base, decorator or computed attributes, an `__init__` of attribute assignments only, and a
name its scope uses only to read or set those attributes. Anything else: the object is one
value (the sound side). The attributes live in the state as elements keyed `.value`
(see taint_elements.attribute_key)."""

from __future__ import annotations

import re

_LITERALS = frozenset({"integer", "float", "true", "false", "none"})
_SPECIAL = frozenset({"__getattr__", "__getattribute__", "__setattr__", "__slots__", "__init_subclass__"})
Fields = dict[str, int | None]  # attribute -> position of the argument it holds (-1: a constant, None: the whole call)


def class_fields(init) -> Fields | None:
    """What each attribute of an instance holds after ``init`` (a class's `__init__` node);
    None: the class is not plain enough to follow attribute by attribute."""
    body = init.parent()
    cls = body.parent() if body is not None else None
    if cls is None or cls.kind() != "class_definition" or init.parent().kind() != "block":
        return None
    bases = cls.field("superclasses")
    if bases is not None and bases.text().replace(" ", "") not in ("()", "(object)"):
        return None
    if cls.parent() is not None and cls.parent().kind() == "decorated_definition":
        return None
    methods = set()
    for statement in body.named_children():
        if statement.kind() == "decorated_definition":
            return None  # a property or a descriptor may compute an attribute
        name = statement.field("name")
        if name is not None:
            methods.add(name.text())
        elif statement.kind() == "expression_statement" and statement.child(0).kind() == "assignment":
            methods.add(statement.child(0).field("left").text())  # `value = property(...)`: not the instance's own
    if methods & _SPECIAL:
        return None
    parameters = init.field("parameters")
    names = [p.text() for p in parameters.named_children() if p.kind() != "comment"] if parameters is not None else []
    if not names or not all(re.fullmatch(r"[A-Za-z_]\w*", n) for n in names):
        return None  # defaults, `*args`, annotations: which argument is which is not plain
    fields: Fields = {}
    for statement in init.field("body").named_children():
        assignment = statement.child(0) if statement.kind() == "expression_statement" else None
        if assignment is not None and assignment.kind() == "string" and not fields:
            continue  # the docstring
        if assignment is None or assignment.kind() != "assignment":
            return None
        target, value = assignment.field("left"), assignment.field("right")
        if target is None or value is None or target.kind() != "attribute" \
                or target.field("object").text() != names[0] or target.field("attribute").text() in methods:
            return None
        fields[target.field("attribute").text()] = _held(value, names)
    return fields


def _held(value, names: list[str]) -> int | None:
    """The argument position an attribute's value is (-1: a constant; None: anything else)."""
    if value.kind() in _LITERALS or (value.kind() == "string" and not any(
            c.kind() == "interpolation" for c in value.named_children())):
        return -1
    if value.kind() == "identifier" and value.text() in names[1:]:
        return names.index(value.text()) - 1
    return None


def only_fields(text: str, name: str, cls: str, fields: Fields) -> bool:
    """Whether ``text`` (the scope of ``name``) uses ``name`` only to make it from ``cls`` and
    to read or set the attributes ``fields`` names (no method call, no use as a whole)."""
    uses = list(re.finditer(rf"(?<![\w.]){re.escape(name)}(?!\w)", text))
    for use in uses:
        rest = text[use.end():use.end() + 200]
        made = re.match(r"[ \t]*=[ \t]*(\w+)\(", rest)
        if made is not None:
            if made.group(1) != cls:
                return False
            continue
        read = re.match(r"\.(\w+)(?![\w \t]*[(.\[])", rest)
        if read is None or read.group(1) not in fields:
            return False
    return bool(uses)
