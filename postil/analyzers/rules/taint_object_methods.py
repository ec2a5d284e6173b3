"""A JavaScript module's object of functions, for the taint engine's helpers: a service written as
an object literal bound to a name of the module (`export const fileService = { streamByName(projectId,
name) { ... } }`, `exports.webhooks = { send: async (url) => ... }`), whose importers call
`fileService.streamByName(id, name)`; or the object a function of the module returns, a factory's
(`export function createScopedLogger(scope) { return { info(message) { ... } } }`, known by the factory's
name: see taint_js_factories). Each of its functions is also known by the object's (or factory's) name, as a
class's method is by its class's (see taint_facts.FileFacts.helpers)."""

from __future__ import annotations

from postil.analyzers.rules.taint_values import node_key

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
    if holder.kind() == "pair" and node_key(holder.field("value")) != node_key(scope):  # (nodes of two searches differ)
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
    if bound.kind() in ("return_statement", "parenthesized_expression"):
        return _factory_name(bound)
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


def _factory_name(returned) -> str | None:
    """`createScopedLogger` for the object literal a function of the module's top level returns (`function
    createScopedLogger(scope) { return {...} }`, `const createStorage = ({ root }) => ({...})`: see
    taint_js_factories), None for one any other function returns."""
    function = returned.parent()
    if returned.kind() == "return_statement":
        function = function.parent() if function is not None and function.kind() == "statement_block" else None
    if function is None or function.kind() not in ("function_declaration", "arrow_function", "function_expression"):
        return None
    if returned.kind() == "parenthesized_expression" and (
            function.kind() != "arrow_function" or node_key(function.field("body")) != node_key(returned)):
        return None
    if function.kind() == "function_declaration":
        name, top = function.field("name"), function.parent()
    else:
        bound = function.parent()
        name = bound.field("name") if bound is not None and bound.kind() == "variable_declarator" else None
        top = bound.parent().parent() if name is not None and bound.parent() is not None else None
    if top is not None and top.kind() == "export_statement":
        top = top.parent()
    return name.text() if name is not None and name.kind() == "identifier" and top is not None and top.kind() == "program" else None
