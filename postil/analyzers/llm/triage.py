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
