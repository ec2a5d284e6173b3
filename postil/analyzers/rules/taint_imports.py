"""The imports of the workspace's files, for the taint engine (see taint_modules): read from
the text (`from helpers.params import get_param`, `import helpers`, `require("./helpers")`,
`import {x} from "./helpers"`) and resolved to files inside the root, on strings, each
(directory, module) once a run (:class:`ImportGraph`). A file's imports of the workspace's
modules come two ways: all of them (``targets``: what its gate follows first, see
Workspace.may_feed) and those whose names it calls or reads a member of (``used``: what its
flows follow, see Workspace.link)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from postil.analyzers.languages import language_of_suffix
from postil.analyzers.rules.line_matches import line_matches
from postil.analyzers.rules.path_aliases import PathAliases
from postil.analyzers.rules.taint_dispatch import HANDED_OVER
from postil.analyzers.rules.taint_flat_imports import called_members, sibling_module
from postil.analyzers.rules.taint_instances import injected_classes
from postil.analyzers.rules.taint_py_reexports import PY_BARRELS
from postil.analyzers.rules.taint_reexports import ReExports
from postil.analyzers.rules.taint_inherited import base_names
from postil.core import reads

_PY_FROM = re.compile(r"^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)", re.MULTILINE)
_PY_IMPORT = re.compile(r"^[ \t]*import[ \t]+([^\n#;]+)", re.MULTILINE)
# a relative specifier, or one a project alias may name (`@/lib/db`, `~/utils`, `src/db`, `$lib/db`: see path_aliases)
_JS_IMPORT = re.compile(r"""\bimport\s+([\w$\s{},*]+?)\s+from\s+['"](\.{1,2}/[^'"\n]*|[@~#$\w][^'"\n:]*)['"]""")
_JS_REQUIRE = re.compile(r"""\b(?:const|let|var)\s+(\{[^}]*\}|[\w$]+)\s*=\s*require\(\s*['"](\.{1,2}/[^'"\n]*|[@~#$\w][^'"\n:]*)['"]\s*\)""")
_JS_SUFFIXES = ("", ".js", ".ts", ".jsx", ".tsx", ".mjs", ".cjs", "/index.js", "/index.ts")
# TypeScript modules imported by the name tsc gives them (`from "../lib/params.js"` for params.ts, as
# NodeNext and ESM projects write it): the compiled suffix -> the sources' suffixes
_TS_SOURCES = {".js": (".ts", ".tsx"), ".jsx": (".tsx",), ".mjs": (".mts",), ".cjs": (".cts",)}
FAMILY = {"python": "python", "javascript": "js", "typescript": "js", "tsx": "js"}  # languages that import each other


_SEPARATORS = {"as": re.compile(r"\s+as\s+"), ":": re.compile(r"\s+:\s+|\s*:\s*")}  # see _names
_NAME = re.compile(r"[\w$.]+")


def _names(listed: str, separator: str) -> list[tuple[str, str]]:
    """(name, local name) of `a as b, c` (``separator``: `as`, or `:` in a destructuring)."""
    out = []
    split = _SEPARATORS[separator].split
    for item in listed.strip().strip("(){}").split(","):
        parts = [p for p in split(item.strip()) if p]
        if len(parts) in (1, 2) and all(_NAME.fullmatch(p) for p in parts):
            out.append((parts[0], parts[-1]))
    return out


def imports(text: str, language: str) -> list[tuple[str, str, str | None]]:
    """(local name, module, imported name or None for the module itself) of each import."""
    out: list[tuple[str, str, str | None]] = []
    if language == "python":
        froms, plain = line_matches(text, "import", _PY_FROM, _PY_IMPORT)
        for match in froms:
            dots, module, listed = match.groups()
            for name, local in _names(listed, "as"):
                if name != "*":
                    out.append((local, dots + module, name))
        for match in plain:
            for name, local in _names(match.group(1), "as"):
                out.append((local, name, None))
    else:
        for clause, module in _JS_IMPORT.findall(text):
            namespace = re.search(r"\*\s+as\s+([\w$]+)|^\s*([\w$]+)\s*(,|$)", clause)  # `* as h`, or a default `h`
            if namespace:
                out.append((namespace.group(1) or namespace.group(2), module, None))
            named = re.search(r"\{([^}]*)\}", clause)
            out += [(local, module, name) for name, local in _names(named.group(1), "as")] if named else []
        for target, module in _JS_REQUIRE.findall(text):
            if target.startswith("{"):
                out += [(local, module, name) for name, local in _names(target, ":")]
            else:
                out.append((target, module, None))
    return out


_DEPENDENCY = re.compile(r"\b(?:Depends|Security)\(\s*(?:dependency\s*=\s*)?\Z")  # FastAPI calls the function named in it


_TYPE_ARGUMENTS_MAX = 256  # characters of `<...>` looked through (type arguments are short)


def _past_type_arguments(text: str, at: int) -> str:
    """The text after the type arguments opening at ``at`` (a `<`), spaces dropped; "" where they do not
    close within :data:`_TYPE_ARGUMENTS_MAX` characters or hold what no type does (`(`, `)`, `=`, `;`: a
    comparison `n < max && f(x)`, an arrow `=>`)."""
    depth = 0
    for i in range(at, min(len(text), at + _TYPE_ARGUMENTS_MAX)):
        c = text[i]
        if c in "()=;":
            return ""
        depth += (c == "<") - (c == ">")
        if depth == 0:
            return text[i + 1:i + 65].lstrip()
    return ""


def _called(text: str, name: str, known: dict[str, bool]) -> bool:
    """Whether ``text`` calls ``name`` or reads a member of it: the whole word, not after a
    dot, then `(` or `.`, or named as a FastAPI dependency (`Depends(name)`) or a task handed to a queue
    (`background_tasks.add_task(name, ...)`) (kept in ``known``). Searched for the names a file imports, stopping
    at the first use: a regex listing every called name took ~3 ms of a large module."""
    if name not in known:
        known[name], start = False, 0
        while (at := text.find(name, start)) >= 0:
            start, end = at + 1, at + len(name)
            if at and (text[at - 1].isalnum() or text[at - 1] in "_$."):
                continue
            if end < len(text) and (text[end].isalnum() or text[end] in "_$"):
                continue
            rest = text[end:end + 64].lstrip()
            while not rest and end + 64 < len(text):  # a long run of spaces
                end += 64
                rest = text[end:end + 64].lstrip()
            if rest[:1] == "<":  # (TypeScript's type arguments first: `dbExecute<Row>(sql, values)`)
                rest = _past_type_arguments(text, text.index("<", end))
            if rest[:1] in ("(", ".") or _DEPENDENCY.search(text, max(0, at - 40), at) \
                    or HANDED_OVER.search(text, max(0, at - 60), at):  # (a task a queue runs: see taint_dispatch)
                known[name] = True
                break
    return known[name]


class ImportGraph:
    """The imports of the files under ``root`` (see the module's docstring), kept by text."""

    def __init__(self, root: Path, text_of: Callable[[Path], tuple[str | None, str]] | None = None) -> None:
        self._root = str(root)
        self._text_of = text_of
        # (a barrel's re-exports followed where the modules' texts are known: see taint_reexports)
        self.reexports = ReExports(text_of, lambda barrel, module: self.resolve(barrel, module, "js")) \
            if text_of is not None else None
        # (a Python package's `__init__.py` re-exports: followed only where a link asks, see ModuleLink.resolve)
        self.package_reexports = ReExports(text_of, lambda package, module: self.resolve(package, module, "python"),
                                           PY_BARRELS) if text_of is not None else None
        self._root_prefix = self._root.rstrip("/") + "/"
        self._resolved: dict[tuple[str, str, str], str | None] = {}  # (directory, module, family) -> see _find
        self._ancestors: dict[str, list[str]] = {}  # a directory -> it and its ancestors
        self._files: dict[str, bool] = {}  # see _is_file
        self._packages: dict[tuple[str, str], bool] = {}  # see _is_package
        self._paths: dict[str, Path] = {}  # see _path
        self._real: dict[str, Path] = {}  # see real
        self._real_directories: dict[str, str] = {}  # see real
        self._directories: dict[Path, Path] = {}  # a file -> its directory (see directory)
        self._parents: dict[str, Path] = {}  # a directory's name -> its one Path (see directory)
        # (file, language) -> (its text, see targets / used): one text kept a file, the one last asked of (a
        # server's session would otherwise hold up to 4,096 old texts of its modules)
        self._targets: dict[tuple[str, str], tuple[str, tuple]] = {}
        self._uses: dict[tuple[str, str], tuple[str, tuple]] = {}
        self._importers: dict[Path, set[Path]] = {}
        self._aliases = PathAliases(self._root)

    def targets(self, path: Path, text: str, language: str,
                read: dict[Path, str] | None = None) -> tuple[tuple[str, str | None, Path, bool], ...]:
        """(local name, imported name or None, module file, whether the name is that module)
        of each import of ``text`` (the file ``path``'s) that resolves to a module of the
        workspace, kept by the text: a module's are asked for each file importing it. The
        modules read to follow barrels' re-exports are noted in ``read`` (see ReExports.passed)."""
        key = (str(self.real(path)), language)  # (a file checked is a module of others)
        kept = self._targets.get(key)
        known = kept[1] if kept is not None and kept[0] == text else None
        if known is None:
            if len(self._targets) > 4096:
                self._targets.clear()
            family = FAMILY.get(language)
            importer = self.real(path)
            found = []
            directory = os.path.dirname(str(importer))
            called = cache(lambda: called_members(text))  # (its calls through module names, read once)
            for local, module, name in imports(text, language) if family is not None else ():
                submodule = target = None
                if name is not None and family == "python" and self._is_package(directory, module):
                    submodule = self.resolve(importer, module + name if module.endswith(".") else f"{module}.{name}",
                                             family)
                if submodule is None:
                    target = self.resolve(importer, module, family)
                if submodule is None and target is None and family == "python" and self._text_of is not None \
                        and (flat := sibling_module(directory, str(importer), local, module, name, called, self._is_file,
                                                    lambda f: self._text_of(self._path(f))[0])) is not None:
                    found.append((local, name, self.real(self._path(flat[0])), flat[1]))
                    continue
                if submodule is not None or target is not None:
                    found.append((local, name, submodule or target, name is None or submodule is not None))
            known = tuple(found)
            self._targets[key] = (text, known)
        return self.reexports.passed(known, read) if self.reexports is not None and FAMILY.get(language) == "js" else known

    def real(self, path: Path) -> Path:
        """A file's real path (relative: to the root), kept for the run; its directory's is
        kept too, so a file that is no link costs one lstat (a handler tree's 1,250 files
        were ~0.1 s of realpath's lstats of each path's every directory)."""
        name = str(path)
        known = self._real.get(name)
        if known is None:
            if len(self._real) > 50_000:
                self._real.clear()
                self._real_directories.clear()
            directory, base = os.path.split(name if path.is_absolute() else os.path.join(self._root, name))
            real_directory = self._real_directories.get(directory)
            if real_directory is None:
                real_directory = self._real_directories[directory] = reads.realpath(directory)
            real = os.path.join(real_directory, base)
            known = self._real[name] = self._path(reads.realpath(real) if base in ("", ".", "..")
                                                  or reads.islink(real) else real)
        return known

    def directory(self, path: Path) -> Path:
        """A file's directory (``path.parent``), one Path for each: the indexes of the files near a
        directory are kept by it, and a Path made and hashed for each file's every question of them
        was ~10 us."""
        known = self._directories.get(path)
        if known is None:
            if len(self._directories) > 50_000:
                self._directories.clear()
                self._parents.clear()
            parent = path.parent
            known = self._directories[path] = self._parents.setdefault(str(parent), parent)
        return known

    def used(self, path: Path, text: str, language: str) -> tuple[dict[str, tuple[Path, str]], dict[str, Path],
                                                                  dict[Path, str]]:
        """(local name -> (file, function), local name -> module file, module -> its digest) of the
        imports of the workspace's modules (see targets) whose names the text calls or reads a member
        of, and the modules read to follow re-exports, kept by the text while those are the same.
        Resolved first, so only the names of the workspace's modules are looked for (a library's
        typing imports are most of its names, and each is a search of the whole text)."""
        key = (str(self.real(path)), language)
        kept = self._uses.get(key)
        known = kept[1] if kept is not None and kept[0] == text else None
        if known is not None and any(self._text_of(module)[1] != digest for module, digest in known[2].items()):
            known = None  # (a barrel changed: a name may come from another module now)
        if known is None:
            if len(self._uses) > 4096:
                self._uses.clear()
            functions: dict[str, tuple[Path, str]] = {}
            modules: dict[str, Path] = {}
            called: dict[str, bool] = {}
            injected = injected_classes(text, language)
            bases = set(base_names(text)) if language == "python" else set()  # (a class's methods are its bases' too)
            read: dict[Path, str] = {}
            for local, name, target, whole in self.targets(path, text, language, read):
                if local in injected or local in bases or _called(text, local.split(".")[0], called):
                    if whole:
                        modules[local] = target
                    else:
                        functions[local] = (target, name)
            importer = self.real(path)
            for target in {*modules.values(), *(t for t, _ in functions.values()), *read}:
                self._importers.setdefault(target, set()).add(importer)
            known = (functions, modules, read)
            self._uses[key] = (text, known)
        return known

    def note_dependent(self, dependent: Path, on: Path) -> None:
        """Note that the findings of ``dependent`` follow what ``on`` does (a class's file and
        a file calling its methods: see taint_callers), as an importer's follow its modules'."""
        self._importers.setdefault(on, set()).add(dependent)

    def importers_of(self, path: Path) -> set[Path]:
        """The files checked here that import ``path``, and the files that import those."""
        return importers_in(self._importers, path)

    def importer_edges(self) -> dict[Path, frozenset[Path]]:
        """Each file noted as imported (or depended on: note_dependent), with the files noted
        as importing it."""
        return {target: frozenset(importers) for target, importers in list(self._importers.items())}

    def resolve(self, importer: Path, module: str, family: str) -> Path | None:
        """The file of the workspace a module name or relative specifier names (None: not one;
        never the importer itself), kept by (directory, module) for the run: the files of a
        directory import the same modules."""
        importer_name = str(importer)
        key = (os.path.dirname(importer_name), module, family)
        found = self._resolved.get(key, False)
        if found is False:
            if len(self._resolved) > 50_000:
                self._resolved.clear()
            found = self._resolved[key] = self._find(key[0], module, family)
        if found is not None and found == importer_name:  # (a module importing its own name: the next candidate)
            found = self._find(key[0], module, family, importer_name)
        return self._path(found) if found is not None else None

    def _path(self, name: str) -> Path:
        """The one Path of a module file (its dictionaries' keys compare by identity first)."""
        known = self._paths.get(name)
        if known is None:
            if len(self._paths) > 50_000:
                self._paths.clear()
            known = self._paths[name] = Path(name)
        return known

    def _find(self, directory: str, module: str, family: str, importer: str = "") -> str | None:
        """resolve's answer as a string, the file ``importer`` skipped: the candidate files, on
        strings (os.path: a library's ~60,000 Path objects were ~0.8 s of its check), the first
        of the workspace's and the family's; whether a candidate is a file is kept for the run
        (the directories of a package ask for the same ones)."""
        if family == "python":
            level = len(module) - len(module.lstrip("."))
            parts = [p for p in module.lstrip(".").split(".") if p]
            ancestors = self._ancestors_of(directory)
            bases = ancestors[level - 1:level] if level else ancestors  # (`..` past the root: none)
            inner = "/".join(parts)
            candidates = [f"{b.rstrip('/')}/{inner}.py" for b in bases if parts] + \
                [f"{b.rstrip('/')}/{inner}/__init__.py" if parts else f"{b.rstrip('/')}/__init__.py" for b in bases]
        else:
            # a relative specifier from the importer's directory; any other through the project's aliases
            bases = [f"{directory}/{module}"] if module.startswith(".") else self._aliases.bases(directory, module)
            candidates = []
            for base in bases:
                joined = "/".join(p for p in base.split("/") if p and p != ".")
                candidates += [f"/{joined}{suffix}" for suffix in _JS_SUFFIXES]
                stem, compiled = os.path.splitext(joined)
                candidates += [f"/{stem}{suffix}" for suffix in _TS_SOURCES.get(compiled, ())]
        for candidate in candidates:
            if not self._inside(candidate) or not self._is_file(candidate):  # (a stat: most are not there)
                continue
            resolved = str(self.real(self._path(candidate)))  # (its directory's real path kept: see real)
            if self._inside(resolved) and resolved != importer and self._is_file(resolved) \
                    and FAMILY.get(language_of_suffix(os.path.splitext(resolved)[1]) or "") == family:
                return resolved
        return None

    def _is_package(self, directory: str, module: str) -> bool:
        """Whether a Python module name may be a directory (`from pkg import mod` may name a
        module of it) in one of the places _find looks from ``directory``, kept for the run:
        most names imported are a module's functions and classes, and each submodule
        name is a search of its own (a library's `from typing import ...` named ~4,000)."""
        key = (directory, module)
        known = self._packages.get(key)
        if known is None:
            if len(self._packages) > 50_000:
                self._packages.clear()
            level = len(module) - len(module.lstrip("."))
            inner = "/".join(p for p in module.lstrip(".").split(".") if p)
            ancestors = self._ancestors_of(directory)
            bases = ancestors[level - 1:level] if level else ancestors
            known = self._packages[key] = not inner or any(reads.isdir(f"{b.rstrip('/')}/{inner}") for b in bases)
        return known

    def _ancestors_of(self, directory: str) -> list[str]:
        """``directory`` and its ancestors up to `/`, kept for the run."""
        ancestors = self._ancestors.get(directory)
        if ancestors is None:
            ancestors = [directory]
            while ancestors[-1] != "/":
                ancestors.append(os.path.dirname(ancestors[-1]))
            self._ancestors[directory] = ancestors
        return ancestors

    def _is_file(self, name: str) -> bool:
        """os.path.isfile, kept for the run (and noted: core.reads)."""
        known = self._files.get(name)
        if known is None:
            if len(self._files) > 200_000:
                self._files.clear()
            known = self._files[name] = reads.isfile(name)
        return known

    def _inside(self, path: str) -> bool:
        """Whether a path (as written: `..` not followed) lies under the workspace's root."""
        return path == self._root or path.startswith(self._root_prefix)


def importers_in(edges: dict[Path, set[Path] | frozenset[Path]], path: Path) -> set[Path]:
    """The files importing ``path`` by ``edges`` (ImportGraph.importer_edges), and the files
    importing those."""
    found, todo = set(), [path.resolve()]
    while todo:
        for importer in set(edges.get(todo.pop(), ())):  # a copy: the check worker adds
            if importer not in found:
                found.add(importer)
                todo.append(importer)
    return found
