"""The value a JavaScript module exports by default, for the taint engine's helpers (what a
default import or a `require` of the module calls, and the functions of an object it exports by name)."""

from __future__ import annotations

from postil.analyzers.rules.taint_grammar import Grammar


def default_export(root, g: Grammar):
    """The value a JavaScript module (``root``: its SgNode) exports by default, as written at its
    top level (`export default function ...`, `module.exports = (line) => ...`): a function, or the
    name of one (None: none, or not a module of that language)."""
    if not g.requires:  # (JavaScript's grammar: Python exports no default)
        return None
    for statement in root.children():
        value = None
        if statement.kind() == "export_statement" and any(c.kind() == "default" for c in statement.children()):
            value = statement.field("declaration") or statement.field("value")
        elif statement.kind() == "expression_statement":
            assignment = statement.child(0)
            if assignment is not None and assignment.kind() == "assignment_expression" \
                    and assignment.field("left") is not None and assignment.field("left").text() == "module.exports":
                value = assignment.field("right")
        if value is not None and (value.kind() in g.scopes or value.kind() in g.names):
            return value
    return None



def with_default_helpers(root, g: Grammar, helpers: dict[str, object]) -> dict[str, object]:
    """``helpers`` (the functions of the module ``root`` by name) with what a default import or a `require` of
    the module calls: "default" for the function it exports by default; or, where it exports an object literal
    bound to a name (`const internalCertificate = { renew: async (id, email) => ... }; module.exports =
    internalCertificate`), each of that object's functions by its key, which the importer calls through its
    own name for the module (`internalCertificate.renew(id, email)`), first: the name its callers feed."""
    exported = default_export(root, g)
    if exported is None:
        return helpers
    scope = exported if exported.kind() in g.scopes else helpers.get(exported.text())
    if scope is not None:
        return {**helpers, "default": helpers.get("default", scope)}
    prefix = exported.text() + "."
    keyed = {key[len(prefix):]: function for key, function in helpers.items() if key.startswith(prefix)}
    return {**{key: function for key, function in keyed.items() if key not in helpers}, **helpers}
