"""A JavaScript module's names that another module re-exports, for the taint engine's imports: Easy
Mock's `const { UserProxy } = require('../proxy')` reads `exports.UserProxy = require('./user')` in
`proxy/index.js`, and a TypeScript barrel's `export { findUser } from './users'`, `export { default as
Users } from './users'`, `export * from './users'` name another module's. An import of such a name is one
of that module (its function, or the module itself), followed at most :data:`HOPS` barrels deep; read
from the barrel's text (kept by its digest), each hop on strings. The texts read are what the answer rests on:
an importer's findings follow its barrels' (see ImportGraph.used). A language's barrels are read by its
:class:`BarrelSyntax` (JavaScript's here, Python's packages in taint_py_reexports)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HOPS = 3  # barrels followed from one import
_RELATIVE = r"""['"](\.{1,2}/[^'"\n]*)['"]"""
# `exports.UserProxy = require('./user')`, `module.exports.UserProxy = require('./user')`: the module itself
_REQUIRED = re.compile(r"^[ \t]*(?:module\.)?exports\.([\w$]+)[ \t]*=[ \t]*require\([ \t]*" + _RELATIVE + r"[ \t]*\)", re.MULTILINE)
# `export { a, b as c, default as D } from './x'`
_LISTED = re.compile(r"^[ \t]*export[ \t]+(?:type[ \t]+)?\{([^}]*)\}[ \t]*from[ \t]*" + _RELATIVE, re.MULTILINE)
# `export * from './x'` (not `export * as ns from`: a namespace, whose names are read through it)
_ALL = re.compile(r"^[ \t]*export[ \t]*\*[ \t]*from[ \t]*" + _RELATIVE, re.MULTILINE)
_AS = re.compile(r"\s+as\s+")


@dataclass(frozen=True)
class BarrelSyntax:
    """How a language's barrels re-export: ``marker``, a word every barrel's text holds; ``names``, a
    barrel's text -> exported name -> (specifier, its name there or None for the module itself), and "*" ->
    the specifiers whose every name it re-exports; ``defines``, whether a module's text defines a name (for
    those); ``is_barrel``, whether a module may be one (its text is read only then)."""

    marker: str
    names: Callable[[str], dict]
    defines: Callable[[str, str], bool]
    is_barrel: Callable[[Path], bool]


class ReExports:
    """The re-exports of the workspace's barrels (``text_of``: a module's text and digest; ``resolve``:
    the module a specifier names from a file, see ImportGraph.resolve; ``syntax``: the language's barrels)."""

    def __init__(self, text_of: Callable[[Path], tuple[str | None, str]],
                 resolve: Callable[[Path, str], Path | None], syntax: BarrelSyntax | None = None) -> None:
        self._text_of = text_of
        self._resolve = resolve
        self._syntax = JS_BARRELS if syntax is None else syntax
        self._known: dict[tuple[Path, str], dict[str, tuple[str, str | None]]] = {}  # (barrel, digest) -> see _names

    def passed(self, targets: tuple, read: dict[Path, str] | None = None) -> tuple:
        """``targets`` (see ImportGraph.targets) with each imported name a barrel re-exports taken to the
        module it names (the name there, or None and whole where it is that module); each module whose
        text was read for that noted in ``read`` (module -> digest), when given."""
        if not targets:
            return targets
        out, changed, is_barrel = [], False, self._syntax.is_barrel
        for local, name, target, whole in targets:
            if name is not None and not whole and is_barrel(target):
                hop = self.origin(target, name, read)
                if hop is not None:
                    target, name = hop
                    whole, changed = name is None, True
            out.append((local, name, target, whole))
        return tuple(out) if changed else targets

    def origin(self, barrel: Path, name: str, read: dict[Path, str] | None = None) -> tuple[Path, str | None] | None:
        """(module, its name or None for the module itself) that ``barrel``'s export ``name`` comes from,
        through at most :data:`HOPS` barrels; None where the barrel defines it (or re-exports nothing). The
        modules read are noted in ``read`` (see passed)."""
        found, read = None, {} if read is None else read
        for _ in range(HOPS):
            hop = self._hop(barrel, name, read)
            if hop is None:
                break
            found = hop
            barrel, name = hop
            if name is None:
                break
        return found

    def _hop(self, barrel: Path, name: str, read: dict[Path, str]) -> tuple[Path, str | None] | None:
        syntax = self._syntax
        if not syntax.is_barrel(barrel):
            return None
        text, digest = self._text_of(barrel)
        read[barrel] = digest
        if not text or syntax.marker not in text:
            return None
        key = (barrel, digest)
        names = self._known.get(key)
        if names is None:
            if len(self._known) > 4096:
                self._known.clear()
            names = self._known[key] = syntax.names(text)
        listed = names.get(name)
        if listed is not None:
            module = self._resolve(barrel, listed[0])
            return (module, listed[1]) if module is not None else None
        for specifier in names.get("*", ()):  # (`export *`: the module that defines the name)
            module = self._resolve(barrel, specifier)
            if module is None:
                continue
            source, read[module] = self._text_of(module)
            if source and syntax.defines(source, name):
                return module, name
        return None


def _defines(source: str, name: str) -> bool:
    """Whether a JavaScript module's text declares ``name`` (or assigns it to ``exports``)."""
    return re.search(r"\b(?:function\*?|class|const|let|var|exports\.)\s*" + re.escape(name) + r"\b", source) is not None


def _names(text: str) -> dict:
    """Exported name -> (specifier, its name there or None for the module itself) of a barrel's
    re-exports, and "*" -> the specifiers of its `export *`."""
    names: dict = {}
    for match in _REQUIRED.finditer(text):
        names.setdefault(match.group(1), (match.group(2), None))
    for match in _LISTED.finditer(text):
        for item in match.group(1).split(","):
            parts = [p for p in _AS.split(item.strip()) if p]
            if len(parts) in (1, 2) and all(re.fullmatch(r"[\w$]+", p) for p in parts):
                names.setdefault(parts[-1], (match.group(2), None if parts[0] == "default" else parts[0]))
    stars = [m.group(1) for m in _ALL.finditer(text)]
    if stars:
        names["*"] = stars
    return names


JS_BARRELS = BarrelSyntax("export", _names, _defines, lambda module: True)
