"""Cheap triage before any model sees the code: generated and vendored files, units that
are nothing but comments, and changes that only touched whitespace or comments."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

VENDOR_DIRS = {"vendor", "vendors", "third_party", "third-party", "thirdparty", "node_modules", "site-packages",
               "bower_components", ".venv", "venv", "generated", "__generated__", "gen"}
GENERATED_SUFFIXES = ("_pb2.py", "_pb2_grpc.py", ".pb.go", ".min.js", ".min.css", ".bundle.js", ".designer.cs",
                      ".g.dart", ".freezed.dart", "_generated.go", ".generated.ts", ".generated.js")
GENERATED_NAMES = {"package-lock.json", "yarn.lock", "pnpm-lock.yaml", "poetry.lock", "cargo.lock", "go.sum",
                   "uv.lock", "composer.lock", "gemfile.lock"}
_GENERATED_MARK = re.compile(r"@generated|DO NOT EDIT|Code generated .* DO NOT EDIT|auto-?generated (?:file|code|by)"
                             r"|This file (?:is|was) (?:automatically )?generated", re.IGNORECASE)


def generated_or_vendored(rel_path: str, text: str) -> str | None:
    """Why this file is not worth an LLM review, or None."""
    path = PurePosixPath(rel_path)
    if any(part.lower() in VENDOR_DIRS for part in path.parts[:-1]):
        return "vendored file"
    name = path.name.lower()
    if name in GENERATED_NAMES or name.endswith(GENERATED_SUFFIXES):
        return "generated file"
    head = "\n".join(text.split("\n", 8)[:8])
    if _GENERATED_MARK.search(head):
        return "generated file"
    return None


def _docstring(node) -> bool:
    """A Python string statement (docstring), whichever way the grammar nests it."""
    if node.type == "expression_statement":
        return node.named_child_count == 1 and node.named_children[0].type == "string"
    return node.type == "string" and node.parent is not None and node.parent.type in ("block", "module")


def _tokens_tree_sitter(code: str, language: str) -> list[str] | None:
    from postil.rag.chunker import get_parser

    parser = get_parser(language)
    if parser is None:
        return None
    data = code.encode("utf-8", "surrogatepass")
    tree = parser.parse(data)
    out: list[str] = []
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        kind = node.type
        if "comment" in kind:
            continue
        if language == "python" and _docstring(node):
            continue
        if node.child_count == 0 or kind in ("string", "string_literal", "template_string", "raw_string_literal"):
            out.append(data[node.start_byte : node.end_byte].decode("utf-8", "replace"))
            continue
        stack.extend(reversed(node.children))
    return out


_LINE_COMMENT = re.compile(r"^\s*(#|//|--|;).*$", re.MULTILINE)


def code_tokens(code: str, language: str | None) -> list[str]:
    """The code's tokens without comments, docstrings or whitespace."""
    if language:
        tokens = _tokens_tree_sitter(code, language)
        if tokens is not None:
            return tokens
    return _LINE_COMMENT.sub("", code).split()


def trivial_change(code: str, previous: str | None, language: str | None) -> str | None:
    """Why this unit needs no review (comment-only code, whitespace/comment-only change), or None."""
    tokens = code_tokens(code, language)
    if not tokens:
        return "only comments or blank lines"
    if previous is not None and code_tokens(previous, language) == tokens:
        return "only whitespace or comments changed"
    return None


# Names, attributes and literals (Python; JavaScript and TypeScript): nothing that computes.
_SIMPLE = {"identifier", "attribute", "true", "false", "none", "integer", "float", "string",
           "property_identifier", "shorthand_property_identifier", "this", "super", "number", "null", "undefined",
           "member_expression"}
_FUNCTIONS = {"function_definition", "function_declaration", "generator_function_declaration", "method_definition",
              "function_expression", "function", "arrow_function"}
# Nodes that wrap a definition (decorators, exports) -> the field holding it.
DEFINITION_WRAPPERS = {"decorated_definition": "definition", "export_statement": "declaration"}
_STUB_RAISE = re.compile(rb"not ?implemented", re.IGNORECASE)
JS_LIKE = ("javascript", "typescript", "tsx")


def _plain(node) -> bool:
    """A name, attribute or literal: nothing that computes."""
    if node.type in _SIMPLE:
        return node.type not in ("attribute", "member_expression") or all(_plain(c) for c in node.named_children)
    if node.type in ("list_splat", "dictionary_splat", "spread_element"):
        return all(_plain(c) for c in node.named_children)
    if node.type == "keyword_argument":
        value = node.child_by_field_name("value")
        return value is not None and _plain(value)
    return False


def _delegation(node) -> bool:
    """``a.b(c, d=e)``: a call passing names on, nothing computed."""
    if node.type in ("await", "await_expression"):
        return all(_delegation(c) for c in node.named_children)
    if node.type not in ("call", "call_expression"):
        return False
    function, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
    return (function is not None and _plain(function)
            and (arguments is None or all(_plain(a) for a in arguments.named_children if a.type != "comment")))


def _returned(value) -> str | None:
    if _plain(value):
        return f"returns `{value.text.decode('utf-8', 'replace')[:40]}` and nothing else"
    if _delegation(value):
        return "a one-line delegation"
    return None


def _trivial_statement(node) -> str | None:
    kind = node.type
    if kind == "pass_statement":
        return "a stub (pass)"
    if kind == "expression_statement" and node.named_child_count == 1:  # grammars that keep the wrapper
        node = node.named_children[0]
    if node.type == "ellipsis":
        return "a stub (...)"
    if _delegation(node):
        return "a one-line delegation"
    if kind in ("raise_statement", "throw_statement") and _STUB_RAISE.search(node.text or b""):
        return "a stub (raises a not-implemented error)"
    if kind == "return_statement":
        values = [c for c in node.named_children if c.type != "comment"]
        if not values:
            return "returns nothing"
        if len(values) == 1:
            return _returned(values[0])
    return None


def _definition(root, language: str):
    """The one function a unit's code defines (unwrapping decorators, exports, ``const f = () => ...``
    and a method cut out of its class), or None."""
    top = [n for n in root.named_children if n.type != "comment"]
    if len(top) != 1:
        return None
    node = top[0]
    while node is not None and node.type in DEFINITION_WRAPPERS:
        node = node.child_by_field_name(DEFINITION_WRAPPERS[node.type])
    if node is not None and node.type in ("lexical_declaration", "variable_declaration"):
        declarators = [c for c in node.named_children if c.type == "variable_declarator"]
        node = declarators[0].child_by_field_name("value") if len(declarators) == 1 else None
    if node is not None and node.type == "class_declaration" and language in JS_LIKE:  # our wrapper of a method
        members = [c for c in (node.child_by_field_name("body").named_children if node.child_by_field_name("body")
                               else []) if c.type != "comment"]
        node = members[0] if len(members) == 1 else None
    return node if node is not None and node.type in _FUNCTIONS else None


def trivial_unit(code: str, language: str | None) -> str | None:
    """Why a unit is too trivial for a model on its own (a stub, ``return self``, a getter, a
    one-line delegation), or None. Python, JavaScript and TypeScript functions are judged;
    anything else is reviewed."""
    if language != "python" and language not in JS_LIKE:
        return None
    import textwrap

    from postil.rag.chunker import get_parser

    parser = get_parser(language)
    if parser is None:
        return None
    source = textwrap.dedent(code)
    tree = parser.parse(source.encode("utf-8", "surrogatepass"))
    if tree.root_node.has_error and language in JS_LIKE:  # a method, cut out of its class
        tree = parser.parse(f"class _ {{\n{source}\n}}".encode("utf-8", "surrogatepass"))
    if tree.root_node.has_error:
        return None
    node = _definition(tree.root_node, language)
    if node is None:
        return None
    body = node.child_by_field_name("body")
    if body is not None and node.type == "arrow_function" and body.type != "statement_block":
        why = _returned(body)  # `(a) => a.b(c)`: the expression is what it returns
        return f"trivial: {why}" if why else None
    statements = [s for s in (body.named_children if body is not None else []) if s.type != "comment"
                  and not (language == "python" and _docstring(s))]
    if len(statements) != 1:
        return None if statements else "trivial: an empty function"
    why = _trivial_statement(statements[0])
    return f"trivial: {why}" if why else None
