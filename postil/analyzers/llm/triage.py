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


_SIMPLE = {"identifier", "attribute", "true", "false", "none", "integer", "float", "string"}


def _plain(node) -> bool:
    """A name, attribute or literal: nothing that computes."""
    if node.type in _SIMPLE:
        return node.type != "attribute" or all(_plain(c) for c in node.named_children)
    if node.type in ("list_splat", "dictionary_splat"):
        return all(_plain(c) for c in node.named_children)
    if node.type == "keyword_argument":
        value = node.child_by_field_name("value")
        return value is not None and _plain(value)
    return False


def _delegation(node) -> bool:
    """``a.b(c, d=e)``: a call passing names on, nothing computed."""
    if node.type == "await":
        return all(_delegation(c) for c in node.named_children)
    if node.type != "call":
        return False
    function, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
    return (function is not None and _plain(function)
            and (arguments is None or all(_plain(a) for a in arguments.named_children if a.type != "comment")))


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
    if kind == "raise_statement" and b"NotImplementedError" in (node.text or b""):
        return "a stub (raises NotImplementedError)"
    if kind == "return_statement":
        values = [c for c in node.named_children if c.type != "comment"]
        if not values:
            return "returns nothing"
        if len(values) == 1 and _plain(values[0]):
            return f"returns `{values[0].text.decode('utf-8', 'replace')[:40]}` and nothing else"
        if len(values) == 1 and _delegation(values[0]):
            return "a one-line delegation"
    return None


def trivial_unit(code: str, language: str | None) -> str | None:
    """Why a unit is too trivial for a model (a stub, ``return self``, a getter, a one-line
    delegation), or None. Only Python functions are judged; anything else is reviewed."""
    if language != "python":
        return None
    import textwrap

    from postil.rag.chunker import get_parser

    parser = get_parser("python")
    if parser is None:
        return None
    tree = parser.parse(textwrap.dedent(code).encode("utf-8", "surrogatepass"))
    top = [n for n in tree.root_node.named_children if n.type != "comment"]
    if len(top) != 1 or tree.root_node.has_error:
        return None
    node = top[0]
    if node.type == "decorated_definition":
        node = node.child_by_field_name("definition")
    if node is None or node.type != "function_definition":
        return None
    body = node.child_by_field_name("body")
    statements = [s for s in (body.named_children if body is not None else []) if s.type != "comment"
                  and not _docstring(s)]
    if len(statements) != 1:
        return None if statements else "trivial: an empty function"
    why = _trivial_statement(statements[0])
    return f"trivial: {why}" if why else None
