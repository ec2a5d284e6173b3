"""The callers of a module's class methods among the project's own files, for the taint engine:
a NestJS controller hands `@Query('q') q` to `this.ordersService.search(q)`, an Express router
`reports.read(req.params.name)` to a service class of another file, whose method runs it in SQL
or opens it. The file of the class learns which parameters of its methods the files importing
it pass request data to, and its flows start there: the finding is the sink's, in the method,
not one at each call. The importers are looked for near the class's file (its directory and the
one above it, at most :data:`NEAR_FILES` files), so a check of one file finds them in the editor
as in a bulk scan."""

from __future__ import annotations

import os
import re
from pathlib import Path

NEAR_FILES = 300  # files looked at for importers of a class's module
_SKIPPED = frozenset({"node_modules", "dist", "build", "coverage", "out", "vendor"})
_SUFFIXES = (".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx")
# a class the module defines (exported or not: `module.exports = { ReportService }` comes later)
_CLASS = re.compile(r"^[ \t]*(?:export[ \t]+)?(?:default[ \t]+)?(?:abstract[ \t]+)?class[ \t]+([A-Z][\w$]*)", re.M)

Fed = dict[tuple[str, int], object]  # ("Class.method", position) -> the importer that passes request data there


def defined_classes(text: str) -> set[str]:
    """The classes a JavaScript/TypeScript module's text defines at the start of a line."""
    return set(_CLASS.findall(text)) if "class" in text else set()


def near_files(path: Path, root: Path) -> list[Path]:
    """The JavaScript/TypeScript files under the directory above ``path``'s (not above
    ``root``), nearest directories first, at most :data:`NEAR_FILES`, ``path`` left out."""
    directory = path.parent
    top = directory.parent if directory != root and root in directory.parents else directory
    found: list[Path] = []
    todo = [directory] + ([top] if top != directory else [])
    seen: set[Path] = set()
    while todo and len(found) < NEAR_FILES:
        current = todo.pop(0)
        if current in seen:
            continue
        seen.add(current)
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") or entry.name in _SKIPPED:
                continue
            if entry.is_dir(follow_symlinks=False):
                todo.append(Path(entry.path))
            elif entry.name.endswith(_SUFFIXES) and not entry.name.endswith(".d.ts") and entry.path != str(path):
                found.append(Path(entry.path))
                if len(found) >= NEAR_FILES:
                    break
    return found


def imports_class(text: str, classes: set[str]) -> bool:
    """Whether a text names one of ``classes`` as a whole word (the cheap question first)."""
    return any(re.search(rf"(?<![\w$]){re.escape(cls)}(?![\w$])", text) for cls in classes)


def fed_parameters(facts, spec) -> Fed:
    """("Class.method", position) -> the file of the project that calls a method of the classes
    of a parsed file (``facts``: its taint_facts.FileFacts) with request data of the rule
    ``spec`` for that parameter."""
    link = facts.link
    if link is None or not link.classes:
        return {}
    return link.fed(spec, facts.specs, frozenset(name for name in facts.helpers() if "." in name))
