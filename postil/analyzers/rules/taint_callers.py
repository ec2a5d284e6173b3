"""The callers of a module's functions among the project's own files, for the taint engine: a
NestJS controller hands `@Query('q') q` to `this.ordersService.search(q)`, an Express controller
`req.params.quarter` to `reports.byQuarter(quarter)` of a `lib/` module, a router
`reports.read(req.params.name)` to a service class of another file, whose code runs it in SQL or
opens it. The module learns which parameters of its functions and methods the files importing it
pass request data to, and its flows start there: the finding is the sink's, in the function (an
imported function's call is reported too, as its summary says). The importers are looked for
near the module (its directory and the one above it, at most :data:`NEAR_FILES` files), so a
check of one file finds them in the editor as in a bulk scan.
"""

from __future__ import annotations

import re
from pathlib import Path

from postil.core import reads

NEAR_FILES = 300  # files looked at for importers of a class's module
_SKIPPED = frozenset({"node_modules", "dist", "build", "coverage", "out", "vendor"})
_SUFFIXES = (".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx")
# a file that reads a request as handlers do: Express/Koa/Fastify/Next.js request objects, NestJS
# parameter decorators (the callers followed; a library's files read none)
HANDLES = re.compile(r"\b(?:req|request|ctx|context)\.(?:query|body|params|headers|cookies|request|url|path|originalUrl|get|header|param)\b"
                     r"|@(?:Query|Body|Param|Headers|Req|Request)\(")
Fed = dict[tuple[str, int], object]  # (function or "Class.method", position) -> the importer passing request data there


def import_word(path: Path) -> str:
    """The word an import of the module ``path`` spells (`reports-db` of `./lib/reports-db`, the
    directory's name for an `index` module), for a cheap look at a text before its imports are read."""
    stem = path.name.split(".")[0]
    return path.parent.name if stem == "index" else stem


def near_files(directory: Path, root: Path) -> list[Path]:
    """The JavaScript/TypeScript files under ``directory`` and the directory above it (not above
    ``root``), nearest directories first, at most :data:`NEAR_FILES`."""
    top = directory.parent if directory != root and root in directory.parents else directory
    found: list[Path] = []
    todo = [directory] + ([top] if top != directory else [])
    seen: set[Path] = set()
    while todo and len(found) < NEAR_FILES:
        current = todo.pop(0)
        if current in seen:
            continue
        seen.add(current)
        for name, kind in reads.entries(str(current)) or ():  # (noted: core.reads)
            if name.startswith(".") or name in _SKIPPED:
                continue
            if kind == "d":
                todo.append(current / name)
            # a file itself: a link (perhaps out of the project) is not followed, as directories are not
            elif kind == "f" and name.endswith(_SUFFIXES) and not name.endswith(".d.ts"):
                found.append(current / name)
                if len(found) >= NEAR_FILES:
                    break
    return found


class NearFiles:
    """The files near each module that may import it: under its directory and the one above
    (see near_files), whose text spells its import word; the listings kept by directory for a
    run over files that do not change (``steady``)."""

    def __init__(self) -> None:
        self._listed: dict[Path, list[Path]] = {}
        self._named: dict[Path, tuple[Path, ...]] = {}
        self._handling: dict[tuple[Path, str], bool] = {}
        self._handlers: dict[Path, bool] = {}  # see any_handler

    def any_handler(self, path: Path, root: Path, text_of, steady: bool) -> bool:
        """Whether a file near ``path`` reads a request as handlers do (see handles; ``text_of`` a
        file: its (text, digest)), kept by directory for a run: else nothing near it calls it with
        request data, and no import of it is looked for."""
        known = self._handlers.get(path.parent) if steady else None
        if known is None:
            known = any(self.handles(p, *text_of(p)) for p in self._listing(path.parent, root, steady))
            if steady:
                self._handlers[path.parent] = known
        return known

    def handles(self, path: Path, text: str | None, digest: str) -> bool:
        """Whether a file's text reads a request as handlers do (see HANDLES), kept by its content:
        the cheap question before its sources are looked for (a library's files near a module read none)."""
        key = (path, digest)
        if key not in self._handling:
            if len(self._handling) > 50_000:
                self._handling.clear()
            self._handling[key] = text is not None and HANDLES.search(text) is not None
        return self._handling[key]

    def named(self, path: Path, root: Path, text_of, steady: bool) -> tuple[Path, ...]:
        """The files near ``path`` whose text (``text_of`` a file: its text or None) spells its import word."""
        known = self._named.get(path) if steady else None
        if known is None:
            known = self._look(path, root, text_of, steady)
            if steady:
                if len(self._named) > 50_000:
                    self._named.clear()
                self._named[path] = known
        return known

    def _listing(self, directory: Path, root: Path, steady: bool) -> list[Path]:
        listed = self._listed.get(directory) if steady else None
        if listed is None:
            if len(self._listed) > 4096:
                self._listed.clear()
                self._handlers.clear()
            listed = near_files(directory, root)
            if steady:
                self._listed[directory] = listed
        return listed

    def _look(self, path: Path, root: Path, text_of, steady: bool) -> tuple[Path, ...]:
        word = import_word(path)
        found = []
        for candidate in self._listing(path.parent, root, steady):
            if candidate != path:
                text = text_of(candidate)
                if text is not None and word in text:
                    found.append(candidate)
        return tuple(found)


def fed_parameters(facts, spec) -> Fed:
    """(function or "Class.method", position) -> the file of the project that calls a function
    of a parsed file (``facts``: its taint_facts.FileFacts) with request data of the rule
    ``spec`` for that parameter."""
    link = facts.link
    if link is None or not link.called:
        return {}
    return link.fed(spec, facts.specs, frozenset(name for name in facts.helpers() if name != "default"))
