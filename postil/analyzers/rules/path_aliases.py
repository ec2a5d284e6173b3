"""The module aliases of a TypeScript/JavaScript project (`import { db } from "@/lib/db"`):
``compilerOptions.paths`` and ``baseUrl`` of the nearest tsconfig.json or jsconfig.json, as tsc
and bundlers resolve them, so the taint engine follows an aliased import like a relative one.

The config is the repository's (untrusted): read only inside the workspace, size-bounded,
parsed as JSON once comments and trailing commas are dropped (tsconfig's own dialect), and an
``extends`` followed only to a relative file, a few levels deep."""

from __future__ import annotations

import json
import os

from postil.core import reads

_NAMES = ("tsconfig.json", "jsconfig.json")
_MAX_BYTES = 256 * 1024
_MAX_EXTENDS = 4
_MAX_PATTERNS = 500
_CONVENTIONAL = ("@/", "~/")  # the aliases a project means where no config says (see _conventional)
_MAX_LEVELS = 12  # the directories they are looked for in, from the importer's up


class PathAliases:
    """Each directory's aliases (see bases), found once a run."""

    def __init__(self, root: str) -> None:
        self._root = root.rstrip("/") or "/"
        self._configs: dict[str, tuple[str, dict[str, list[str]], str | None] | None] = {}  # directory -> see _config
        self._directories: dict[str, bool] = {}  # path -> whether it is a directory (see _rooted)

    def bases(self, directory: str, module: str) -> list[str]:
        """The paths (no suffix) a non-relative specifier names under the aliases in effect in
        ``directory``, in tsc's order: the `paths` pattern with the longest prefix before its `*`,
        each of its substitutions; then the path under `baseUrl`. None apply: []."""
        config = self._config(directory)
        found = self._conventional(directory, module) if config is None else self._configured(config, module)
        if not found and module.startswith("$lib/") and len(module) > 5:
            # (SvelteKit's `$lib`, its `src/lib`: named in the `.svelte-kit/tsconfig.json` its own
            # tsconfig extends, which the build writes and a repository leaves out)
            found = [os.path.join(at, "src", "lib", module[5:]) for at in self._above(directory)]
        return self._inside(found)

    def _configured(self, config, module: str) -> list[str]:
        """The paths ``module`` names under a config's `paths` and `baseUrl` (see bases)."""
        base, paths, base_url = config
        best, star = None, ""
        for pattern in paths:
            prefix, wildcard, suffix = pattern.partition("*")
            if not wildcard:
                if module == pattern:
                    best, star = pattern, ""
                    break
            elif module.startswith(prefix) and module.endswith(suffix) and len(module) >= len(prefix) + len(suffix) \
                    and (best is None or len(prefix) > len(best.partition("*")[0])):
                best, star = pattern, module[len(prefix):len(module) - len(suffix)]
        found = [os.path.join(base, target.replace("*", star, 1)) for target in paths.get(best, ())]
        if base_url is not None:
            found.append(os.path.join(base_url, module))
        return found

    def _inside(self, paths: list[str]) -> list[str]:
        """``paths`` normalised, those inside the root (`@/../../etc/x` names none)."""
        found = [os.path.normpath(path) for path in paths]
        return [f for f in found if f == self._root or f.startswith(self._root.rstrip("/") + "/")]

    def _conventional(self, directory: str, module: str) -> list[str]:
        """Where no config names aliases (a part of a project checked alone, a config left out): the
        conventional roots `@/` and `~/` (Next.js's, Nuxt's and Vite templates' `"@/*": ["./*"]` or
        `["./src/*"]`), looked for in each directory from ``directory`` up to the root and its `src/`,
        nearest first; any other name with a directory, from a root above (see _rooted)."""
        if module.startswith("@") and not module.startswith(_CONVENTIONAL):
            return self._own_package(directory, module) or self._rooted(directory, module)
        if not module.startswith(_CONVENTIONAL) or len(module) <= 2:
            return self._rooted(directory, module)
        rest, found = module[2:], []
        for at in self._above(directory):
            found += [os.path.join(at, rest), os.path.join(at, "src", rest)]
        return found

    def _own_package(self, directory: str, module: str) -> list[str]:
        """A scope named as a directory the importer is in (OpenCRVS's `@user-mgnt/features/x` inside
        `user-mgnt/src/...`, its tsconfig's `"@user-mgnt/*": ["./src/*"]`): the rest under that directory's
        `src/` or under the directory itself; an npm scope (`@hapi/boom`) names no directory around the importer."""
        scope, slash, rest = module[1:].partition("/")
        if not slash or not scope or not rest:
            return []
        found = []
        for at in self._above(directory):
            if os.path.basename(at) == scope:
                found += [os.path.join(at, "src", rest), os.path.join(at, rest)]
        return found

    def _rooted(self, directory: str, module: str) -> list[str]:
        """A path from a project's root (`src/file/file.service`, NestJS's `baseUrl: "./"`; `lib/datasource`
        under a `baseUrl: "src"`) where no config says so: the module under each directory from ``directory``
        up in which its first directory is (a package's subpath, `fs/promises`, names none of the project's)."""
        first, slash, _ = module.partition("/")
        if not slash or not first or first[0] in "@~#." or not first.replace("-", "").replace("_", "").isalnum():
            return []
        found = []
        for at in self._above(directory):
            candidate = os.path.join(at, first)
            known = self._directories.get(candidate)
            if known is None:
                if len(self._directories) > 50_000:
                    self._directories.clear()
                known = self._directories[candidate] = reads.isdir(candidate)
            if known:
                found.append(os.path.join(at, module))
        return found

    def _above(self, directory: str) -> list[str]:
        """``directory`` and those above it up to the root, nearest first (at most :data:`_MAX_LEVELS`)."""
        found, at = [], directory
        for _ in range(_MAX_LEVELS):
            found.append(at)
            parent = os.path.dirname(at)
            if at == self._root or parent == at or not parent.startswith(self._root.rstrip("/") + "/") \
                    and parent != self._root:
                break
            at = parent
        return found

    def _config(self, directory: str):
        """(the directory `paths` are relative to, `paths`, `baseUrl` as a path or None) of the
        nearest config at or above ``directory`` inside the root; None: no config or no alias."""
        if directory in self._configs:
            return self._configs[directory]
        found = None
        for name in _NAMES:
            candidate = os.path.join(directory, name)
            if reads.isfile(candidate):  # (what a config is found by, and read from, noted: core.reads)
                found = _aliases(candidate, self._root)
                break
        else:
            parent = os.path.dirname(directory)
            if directory != self._root and parent != directory and (parent + "/").startswith(self._root.rstrip("/") + "/"):
                found = self._config(parent)
        self._configs[directory] = found
        return found


def _aliases(path: str, root: str, depth: int = 0):
    """What the config file ``path`` says of aliases (see PathAliases._config), its
    ``extends`` chain merged under it."""
    options = _read(path, root)
    if options is None:
        return None
    here = os.path.dirname(path)
    inherited = None
    parent = options.get("extends")
    if isinstance(parent, str) and parent.startswith(".") and depth < _MAX_EXTENDS:
        target = os.path.normpath(os.path.join(here, parent))
        inherited = _aliases(target if target.endswith(".json") else target + ".json", root, depth + 1)
    compiler = options.get("compilerOptions")
    compiler = compiler if isinstance(compiler, dict) else {}
    base_url = os.path.normpath(os.path.join(here, compiler["baseUrl"])) \
        if isinstance(compiler.get("baseUrl"), str) else (inherited[2] if inherited else None)
    paths = compiler.get("paths")
    if isinstance(paths, dict):
        kept = {k: [t for t in v if isinstance(t, str)][:10] for k, v in list(paths.items())[:_MAX_PATTERNS]
                if isinstance(k, str) and k.count("*") <= 1 and isinstance(v, list)}
        return base_url or here, kept, base_url
    if inherited is not None:
        return inherited[0], inherited[1], base_url
    return (base_url, {}, base_url) if base_url is not None else None


def _read(path: str, root: str) -> dict | None:
    """The config's JSON object, or None (outside the root, too big, unreadable, not JSON)."""
    real = reads.realpath(path)
    if not (real + "/").startswith(reads.realpath(root).rstrip("/") + "/"):
        return None
    content = reads.read_bytes(real, _MAX_BYTES)
    if content is None:
        return None
    try:
        data = json.loads(_plain_json(content.decode("utf-8", errors="replace")))
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _plain_json(text: str) -> str:
    """``text`` without the comments and trailing commas tsconfig allows (strings kept), in one pass."""
    out: list[str] = []
    at, end = 0, len(text)
    while at < end:
        char = text[at]
        if char == '"':
            close = at + 1
            while close < end and text[close] != '"':
                close += 2 if text[close] == "\\" else 1
            out.append(text[at:close + 1])
            at = close + 1
        elif text.startswith("//", at):
            newline = text.find("\n", at)
            at = end if newline < 0 else newline
        elif text.startswith("/*", at):
            close = text.find("*/", at + 2)
            at = end if close < 0 else close + 2
        elif char in "}]":
            while out and out[-1].isspace():
                out.pop()
            if out and out[-1] == ",":
                out.pop()
            out.append(char)
            at += 1
        else:
            out.append(char)
            at += 1
    return "".join(out)
