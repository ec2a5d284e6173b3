"""A JavaScript module's object of functions, for the taint engine's helpers: a service written as
an object literal bound to a name of the module (`export const fileService = { streamByName(projectId,
name) { ... } }`, `exports.webhooks = { send: async (url) => ... }`), whose importers call
`fileService.streamByName(id, name)`. Each of its functions is also known by the object's name, as a
class's method is by its class's (see taint_facts.FileFacts.helpers)."""

from __future__ import annotations

_KEYS = ("method_definition", "pair")  # `name(a) {}` and `name: (a) => ...` / `name: function (a) {}`


def object_function(scope) -> str | None:
    """`fileService.streamByName` for a function of an object literal a module binds to a name (see
    _method_name, _object_name), None for any other function."""
    key = _method_name(scope)
    holder = _object_name(scope) if key is not None else None
    return f"{holder}.{key}" if holder is not None else None


def _method_name(scope) -> str | None:
    """The name a function of an object literal has there (`streamByName` of `{ streamByName(a) {} }`
    or `{ streamByName: (a) => ... }`), None for a function that is no key's."""
    holder = scope if scope.kind() == "method_definition" else scope.parent()
    if holder is None or holder.kind() not in _KEYS:
        return None
    name = holder.field("name" if holder.kind() == "method_definition" else "key")
    if holder.kind() == "pair" and holder.field("value") != scope:
        return None
    return name.text() if name is not None and name.kind() == "property_identifier" else None


def _object_name(scope) -> str | None:
    """`fileService` for a function of the object literal a module binds to that name at its top
    level (`const fileService = {...}`, `export const fileService = {...}`, `exports.fileService =
    {...}`); None for any other function (a class's method, an object passed as an argument)."""
    holder = scope if scope.kind() == "method_definition" else scope.parent()
    literal = holder.parent() if holder is not None else None
    bound = literal.parent() if literal is not None and literal.kind() == "object" else None
    if bound is None:
        return None
    if bound.kind() == "variable_declarator":
        declaration = bound.parent()
        top = declaration.parent() if declaration is not None else None
        if top is not None and top.kind() == "export_statement":
            top = top.parent()
        name = bound.field("name")
        return name.text() if top is not None and top.kind() == "program" and name is not None \
            and name.kind() == "identifier" else None
    if bound.kind() == "assignment_expression" and bound.field("right") == literal:
        left = bound.field("left").text()
        for prefix in ("module.exports.", "exports."):
            if left.startswith(prefix) and left[len(prefix):].isidentifier():
                return left[len(prefix):]
    return None
