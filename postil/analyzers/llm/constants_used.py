"""The constants a unit of code reads, for its review context: module-level assignments
(config values, limits, tables) named in the unit, the class attributes it reads through
``self``/``cls``/``this``, and constants imported by name from another workspace file
(``from app.settings import TIMEOUT``). Python, JavaScript and TypeScript.

Found by parsing (tree-sitter) the unit's file and, for imports, the file the import names;
shown as their assignment lines, cut to ``MAX_LINES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath

from postil.analyzers.llm.triage import DEFINITION_WRAPPERS, JS_LIKE

MAX_LINES = 12  # a long table is shown by its first lines
MAX_CONSTANTS = 12
_WORD = re.compile(r"[A-Za-z_$][\w$]*")
_MEMBER = re.compile(r"\b(?:self|cls|this)\.([A-Za-z_$][\w$]*)")
_CONSTANT_NAME = re.compile(r"^_*[A-Z][A-Z0-9_]*$")
_SKIP = frozenset({"__all__", "__version__", "__slots__", "__doc__", "__author__"})
_FUNCTION_VALUES = frozenset({"arrow_function", "function_expression", "function", "class", "lambda"})


@dataclass
class Constant:
    name: str  # NAME, or Class.attribute
    path: str  # workspace-relative
    start: int  # 1-based lines of the assignment
    end: int
    text: str
    used_at: int  # 1-based line of the unit where it is read


def _assigned(node, language: str) -> list[tuple[str, object]]:
    """(name, node to show) for one statement that binds names to values (not functions)."""
    if language == "python":
        if node.type == "expression_statement" and node.named_child_count == 1:
            node = node.named_children[0]
        if node.type != "assignment":
            return []
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or left.type != "identifier" or (right is not None and right.type in _FUNCTION_VALUES):
            return []
        return [(left.text.decode("utf-8", "replace"), node)]
    while node.type == "export_statement" and node.child_by_field_name("declaration") is not None:
        node = node.child_by_field_name("declaration")
    if node.type in ("lexical_declaration", "variable_declaration"):
        out = []
        for declarator in (c for c in node.named_children if c.type == "variable_declarator"):
            name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
            if name is not None and name.type == "identifier" and (value is None or value.type not in _FUNCTION_VALUES):
                out.append((name.text.decode("utf-8", "replace"), node))
        return out
    if node.type in ("field_definition", "public_field_definition"):
        name = node.child_by_field_name("property") or node.child_by_field_name("name")
        value = node.child_by_field_name("value")
        if name is not None and (value is None or value.type not in _FUNCTION_VALUES):
            return [(name.text.decode("utf-8", "replace"), node)]
    return []


def _class_body(node):
    body = node.child_by_field_name("body")
    return body.named_children if body is not None else []


Lines = tuple[int, int]  # 1-based, inclusive


def definitions(text: str, language: str) -> tuple[dict[str, Lines], dict[str, tuple[Lines, dict[str, Lines]]]]:
    """(module-level name -> its lines, class name -> (the class's lines, attribute -> its lines))."""
    from postil.rag.chunker import get_parser

    parser = get_parser(language)
    if parser is None:
        return {}, {}
    root = parser.parse(text.encode("utf-8", "surrogatepass")).root_node
    module: dict[str, Lines] = {}
    classes: dict[str, tuple[Lines, dict[str, Lines]]] = {}
    for node in root.named_children:
        for name, shown in _assigned(node, language):
            module.setdefault(name, _lines(shown))
        cls = node
        while cls.type in DEFINITION_WRAPPERS and cls.child_by_field_name(DEFINITION_WRAPPERS[cls.type]) is not None:
            cls = cls.child_by_field_name(DEFINITION_WRAPPERS[cls.type])
        name = cls.child_by_field_name("name") if cls.type in ("class_definition", "class_declaration") else None
        if name is not None:
            attributes: dict[str, Lines] = {}
            for member in _class_body(cls):
                for attribute, shown in _assigned(member, language):
                    attributes.setdefault(attribute, _lines(shown))
            classes[name.text.decode("utf-8", "replace")] = (_lines(cls), attributes)
    return module, classes


def _lines(node) -> Lines:
    return node.start_point[0] + 1, node.end_point[0] + 1


def _first_use(lines: list[str], start: int, pattern: re.Pattern, name: str) -> int | None:
    for n, line in enumerate(lines, start):
        if any(m == name for m in pattern.findall(line)):
            return n
    return None


def _shown(text_lines: list[str], lines: tuple[int, int]) -> str:
    start, end = lines
    shown = text_lines[start - 1 : min(end, start + MAX_LINES - 1)]
    if end > start + MAX_LINES - 1:
        shown.append("    ...")
    return "\n".join(shown)


# ``from M import A, B``, ``from M import (\n    A,  # why\n    B,\n)`` and backslash-continued lines
_PYTHON_FROM = re.compile(r"^[ \t]*from\s+([.\w]+)\s+import\s+(?:\(([^)]*)\)|((?:.*\\\n)*.*))", re.MULTILINE)


def _imports(text: str, language: str) -> dict[str, str]:
    """Name -> the module it is imported from, for ``from M import NAME`` / ``import { NAME } from 'M'``."""
    out: dict[str, str] = {}
    if language == "python":
        for module, grouped, plain in _PYTHON_FROM.findall(text):
            names = " ".join(line.split("#")[0] for line in (grouped or plain).replace("\\\n", " ").split("\n"))
            for part in names.split(","):
                bits = part.split()
                if bits and bits[0] != "*":
                    out[bits[-1] if len(bits) == 3 and bits[1] == "as" else bits[0]] = module
    else:
        for names, module in re.findall(r"import\s*\{([^}]*)\}\s*from\s*['\"]([^'\"]+)['\"]", text):
            for part in names.split(","):
                bits = part.split()
                if bits:
                    out[bits[-1] if len(bits) == 3 and bits[1] == "as" else bits[0]] = module
    return out


def _module_paths(module: str, rel: str, language: str) -> list[str]:
    """Workspace-relative files a module name may be, nearest first."""
    here = PurePosixPath(rel).parent
    if language == "python":
        dots = len(module) - len(module.lstrip("."))
        parts = [p for p in module.lstrip(".").split(".") if p]
        if dots:
            base = here
            for _ in range(dots - 1):
                base = base.parent
            stem = base.joinpath(*parts) if parts else base
            candidates = [stem]
        else:
            stem = PurePosixPath(*parts) if parts else PurePosixPath(".")
            candidates = [stem, PurePosixPath("src") / stem, here.joinpath(*parts)]
        out = []
        for c in candidates:
            out += [f"{c.as_posix()}.py", f"{c.as_posix()}/__init__.py"]
        return out
    if not module.startswith("."):
        return []  # a package, not a workspace file
    stem = (here / module).as_posix()
    parts: list[str] = []
    for bit in stem.split("/"):
        if bit == "..":
            if parts:
                parts.pop()
        elif bit not in (".", ""):
            parts.append(bit)
    stem = "/".join(parts)
    return [stem + ext for ext in ("", ".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.js")]


def constants_used(rel: str, text: str, start: int, end: int, language: str | None,
                   read: Callable[[str], str | None]) -> list[Constant]:
    """The constants lines ``start``..``end`` (1-based) of ``rel`` read, in order of first use:
    module-level names of the file, attributes of the enclosing class, constants imported by
    name from workspace files (``read(rel)``: a file's text, None when missing or not to be sent)."""
    if language != "python" and language not in JS_LIKE:
        return []
    lines = text.split("\n")
    unit = lines[start - 1 : end]
    module, classes = definitions(text, language)
    found: list[Constant] = []
    for name, span in module.items():
        if name in _SKIP or start <= span[0] <= end:
            continue
        used = _first_use(unit, start, _WORD, name)
        if used is not None:
            found.append(Constant(name, rel, *span, _shown(lines, span), used))
    for cls, ((lo, hi), attributes) in classes.items():
        if not (lo <= start and end <= hi):
            continue
        by_class = re.compile(rf"\b{re.escape(cls)}\.([A-Za-z_$][\w$]*)")
        for name, span in attributes.items():
            if start <= span[0] <= end:
                continue
            used = _first_use(unit, start, _MEMBER, name) or _first_use(unit, start, by_class, name)
            if used is not None:
                found.append(Constant(f"{cls}.{name}", rel, *span, _shown(lines, span), used))
    for name, source in _imports(text, language).items():
        if not _CONSTANT_NAME.match(name) or any(c.name == name for c in found):
            continue
        used = _first_use(unit, start, _WORD, name)
        if used is None:
            continue
        for path in _module_paths(source, rel, language):
            other = read(path)
            if other is None:
                continue
            span = definitions(other, language)[0].get(name)
            if span is not None:
                found.append(Constant(name, path, *span, _shown(other.split("\n"), span), used))
            break
    found.sort(key=lambda c: c.used_at)
    return found[:MAX_CONSTANTS]
