"""A TypeScript namespace's functions by their qualified names: opencode's `export namespace File { export
async function read(file: string) ... }`, called by its importers as `File.read(path)`, is the file's helper
`File.read` as a class's method is (see FileFacts.helpers)."""

from __future__ import annotations

from postil.analyzers.rules.taint_instances import class_name

_NAMESPACES = frozenset({"internal_module", "module"})  # `namespace File {...}`, `module File {...}`


def namespace_name(scope) -> str | None:
    """The name of the namespace whose own function ``scope`` is (exported or not), or None."""
    node = scope.parent()
    if node is not None and node.kind() == "export_statement":
        node = node.parent()
    if node is None or node.kind() != "statement_block":
        return None
    owner = node.parent()
    name = owner.field("name") if owner is not None and owner.kind() in _NAMESPACES else None
    return name.text() if name is not None else None


def owner_name(scope) -> str | None:
    """The name of the class whose method ``scope`` is, else of the namespace whose function it is, or None."""
    return class_name(scope) or namespace_name(scope)
