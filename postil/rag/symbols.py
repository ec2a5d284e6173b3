"""Definitions and references (call sites) of a parsed file, from tree-sitter queries.

The language pack ships no tags queries, so each language has a small set of
patterns here in the shape of the grammars' own ``tags.scm``: ``@name`` is the
symbol, ``@definition.*`` / ``@reference.*`` the node it belongs to. Each pattern is
compiled on its own, so a grammar change that breaks one pattern costs that pattern,
not the language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(slots=True, frozen=True)
class Definition:
    name: str
    kind: str  # function | method | class | interface | type | module | macro | enum
    start: int  # 1-based first line of the definition node
    end: int  # 1-based last line
    line: int  # 1-based line of the name


@dataclass(slots=True, frozen=True)
class Reference:
    name: str
    kind: str  # call | class
    line: int  # 1-based


_JS = [
    "(function_declaration name: (identifier) @name) @definition.function",
    "(generator_function_declaration name: (identifier) @name) @definition.function",
    "(class_declaration name: (_) @name) @definition.class",
    "(method_definition name: (property_identifier) @name) @definition.method",
    "(variable_declarator name: (identifier) @name value: [(arrow_function) (function_expression)]) @definition.function",
    "(call_expression function: (identifier) @name) @reference.call",
    "(call_expression function: (member_expression property: (property_identifier) @name)) @reference.call",
    "(new_expression constructor: (identifier) @name) @reference.class",
]
_TS = _JS + [
    "(interface_declaration name: (type_identifier) @name) @definition.interface",
    "(type_alias_declaration name: (type_identifier) @name) @definition.type",
    "(enum_declaration name: (identifier) @name) @definition.enum",
    "(abstract_class_declaration name: (type_identifier) @name) @definition.class",
    "(function_signature name: (identifier) @name) @definition.function",
    "(method_signature name: (property_identifier) @name) @definition.method",
]
_C = [
    "(function_definition declarator: (function_declarator declarator: (identifier) @name)) @definition.function",
    "(function_definition declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))) @definition.function",
    "(struct_specifier name: (type_identifier) @name body: (_)) @definition.class",
    "(enum_specifier name: (type_identifier) @name body: (_)) @definition.enum",
    "(type_definition declarator: (type_identifier) @name) @definition.type",
    "(call_expression function: (identifier) @name) @reference.call",
    "(call_expression function: (field_expression field: (field_identifier) @name)) @reference.call",
]

QUERIES: dict[str, list[str]] = {
    "python": [
        "(function_definition name: (identifier) @name) @definition.function",
        "(class_definition name: (identifier) @name) @definition.class",
        "(call function: (identifier) @name) @reference.call",
        "(call function: (attribute attribute: (identifier) @name)) @reference.call",
    ],
    "javascript": _JS,
    "typescript": _TS,
    "tsx": _TS,
    "go": [
        "(function_declaration name: (identifier) @name) @definition.function",
        "(method_declaration name: (field_identifier) @name) @definition.method",
        "(type_spec name: (type_identifier) @name) @definition.type",
        "(call_expression function: (identifier) @name) @reference.call",
        "(call_expression function: (selector_expression field: (field_identifier) @name)) @reference.call",
        "(composite_literal type: (type_identifier) @name) @reference.class",
    ],
    "rust": [
        "(function_item name: (identifier) @name) @definition.function",
        "(function_signature_item name: (identifier) @name) @definition.function",
        "(struct_item name: (type_identifier) @name) @definition.class",
        "(enum_item name: (type_identifier) @name) @definition.enum",
        "(trait_item name: (type_identifier) @name) @definition.interface",
        "(type_item name: (type_identifier) @name) @definition.type",
        "(mod_item name: (identifier) @name) @definition.module",
        "(macro_definition name: (identifier) @name) @definition.macro",
        "(call_expression function: (identifier) @name) @reference.call",
        "(call_expression function: (field_expression field: (field_identifier) @name)) @reference.call",
        "(call_expression function: (scoped_identifier name: (identifier) @name)) @reference.call",
        "(macro_invocation macro: (identifier) @name) @reference.call",
        "(struct_expression name: (type_identifier) @name) @reference.class",
    ],
    "java": [
        "(class_declaration name: (identifier) @name) @definition.class",
        "(interface_declaration name: (identifier) @name) @definition.interface",
        "(enum_declaration name: (identifier) @name) @definition.enum",
        "(record_declaration name: (identifier) @name) @definition.class",
        "(method_declaration name: (identifier) @name) @definition.method",
        "(constructor_declaration name: (identifier) @name) @definition.method",
        "(method_invocation name: (identifier) @name) @reference.call",
        "(object_creation_expression type: (type_identifier) @name) @reference.class",
    ],
    "c": _C,
    "cpp": _C + [
        "(function_definition declarator: (function_declarator declarator: (field_identifier) @name)) @definition.method",
        "(function_definition declarator: (function_declarator declarator: (qualified_identifier name: (identifier) @name))) @definition.method",
        "(function_definition declarator: (function_declarator declarator: (qualified_identifier name: (qualified_identifier name: (identifier) @name)))) @definition.method",
        "(class_specifier name: (type_identifier) @name body: (_)) @definition.class",
        "(namespace_definition name: (namespace_identifier) @name) @definition.module",
        "(call_expression function: (qualified_identifier name: (identifier) @name)) @reference.call",
    ],
    "ruby": [
        "(method name: (_) @name) @definition.method",
        "(singleton_method name: (_) @name) @definition.method",
        "(class name: (constant) @name) @definition.class",
        "(module name: (constant) @name) @definition.module",
        "(call method: (identifier) @name) @reference.call",
    ],
}


@cache
def _query(language: str):
    """One compiled query of every pattern of a language that the grammar accepts."""
    patterns = QUERIES.get(language)
    if not patterns:
        return None
    try:
        from tree_sitter import Query
        from tree_sitter_language_pack import get_language

        lang = get_language(language)
    except Exception:
        return None
    good = []
    for pattern in patterns:
        try:
            Query(lang, pattern)
        except Exception:
            continue
        good.append(pattern)
    if not good:
        return None
    return Query(lang, "\n".join(good))


def extract(tree, language: str) -> tuple[list[Definition], list[Reference]]:
    """Definitions and references of a parsed file (empty for languages without queries)."""
    query = _query(language) if tree is not None else None
    if query is None:
        return [], []
    from tree_sitter import QueryCursor

    defs: list[Definition] = []
    refs: list[Reference] = []
    for _index, captures in QueryCursor(query).matches(tree.root_node):
        names = captures.get("name")
        if not names:
            continue
        name_node = names[0]
        name = name_node.text.decode("utf-8", "replace")
        for key, nodes in captures.items():
            if key.startswith("definition."):
                node = nodes[0]
                if node.parent is not None and node.parent.type == "decorated_definition":
                    node = node.parent  # decorators belong to the definition they decorate
                defs.append(Definition(name, key[11:], node.start_point.row + 1, node.end_point.row + 1,
                                       name_node.start_point.row + 1))
                break
            if key.startswith("reference."):
                refs.append(Reference(name, key[10:], name_node.start_point.row + 1))
                break
    return defs, refs
