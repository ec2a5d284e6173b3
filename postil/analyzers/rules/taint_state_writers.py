"""Request state the project's middleware fills in other files, for the taint engine: an Express
middleware of `middleware/tenant.js` sets `req.tenant = req.headers['x-tenant']`, a Koa one
`ctx.state.filters = { ...ctx.query }`, a Fastify `preHandler` hook `request.delivery = {...}`, and a
route or service of another file reads that field. The files near the reader (its directory and the
one above: see taint_callers.near_files) whose text assigns a field it reads are analysed (once per
content and rule) for the fields they write with request data: a field filled with something safe
(a number, a row's id, a constant) is not one. The reader's side is taint_closures.stored_elsewhere.
"""

from __future__ import annotations

import re
from pathlib import Path

from postil.analyzers.rules.taint_grammar import JAVASCRIPT
from postil.analyzers.rules.taint_request_state import filled_fields
from postil.analyzers.rules.taint_whole import whole_analysis
from postil.core import reads

_KEPT = 50_000  # files' answers kept before they are dropped
# an assignment of JavaScript's request state (`req.tenant = ...`, `ctx.state.x ??= ...`; not `req.a.b = ...`)
_ASSIGNS = re.compile(rf"(?<![\w$.])({JAVASCRIPT.request_state.pattern})\s*(?:\?\?|\|\||&&)?=(?!=)")
# the hook a framework runs before every route under its routes' directory, which may be far above the route
# (SvelteKit's `src/hooks.server.js` before `src/routes/**`): the routes' directory -> the hook files, from the
# directory holding it
_HOOKS = {("src", "routes"): ("hooks.server.js", "hooks.server.ts")}


def shared_name(field: str) -> str:
    """The name writer and reader share for a field of request state: SvelteKit's hook writes
    `event.locals.x`, a route reads `locals.x` (given `{ locals }`) or `event.locals.x`."""
    return field[len("event."):] if field.startswith("event.locals.") else field


def hook_files(reader: Path, root: Path) -> list[Path]:
    """The hook files of the framework whose routes' directory holds ``reader`` (see _HOOKS), under
    ``root``; none reached through a link (a hook or a directory linked perhaps out of the project is
    not followed, as near_files follows none)."""
    parts = reader.relative_to(root).parts if root in reader.parents else ()
    for at in range(len(parts) - 2, -1, -1):
        names = _HOOKS.get(parts[at:at + 2])
        if names is not None:
            hooks = [root.joinpath(*parts[:at], parts[at], name) for name in names]
            return [hook for hook in hooks if reads.realpath(str(hook)) == str(hook)]
    return []


class StateWriters:
    """Workspace's questions about request state other files write (it holds ``near``, ``root``,
    ``text``, ``derive``, ``_analysis`` and ``_run_texts``)."""

    def __init__(self) -> None:
        self._assigned_in: dict[tuple[Path, str], frozenset[str]] = {}  # (file, digest) -> the request state its text assigns
        self._tainted_in: dict[tuple[Path, str, int], tuple[object, frozenset[str]]] = {}  # (file, digest, id(spec)) -> see _tainted

    def state_written(self, reader: Path, fields: frozenset[str], spec, specs: list) -> dict[str, Path]:
        """Request state (`req.tenant`, `ctx.state.filters`, `res.locals.region`: see
        Grammar.request_state) of ``fields`` that a file near ``reader`` writes with data of the rule
        ``spec`` -> that file, under the workspace's root (the first one, nearest first)."""
        written: dict[str, Path] = {}
        near = self.near.files_near(reader, self.root, self._run_texts is not None)
        for path in near + [hook for hook in hook_files(reader, self.root) if hook not in near]:
            if path == reader:
                continue
            assigned = self.derive("assigns", path)
            todo = {field for field in fields if field not in written and shared_name(field) in assigned}
            tainted = self._tainted(path, self.text(path)[1], spec, specs) if todo else ()
            for field in sorted(todo):
                if shared_name(field) in tainted:
                    written[field] = path.relative_to(self.root) if self.root in path.parents else path
        return written

    def assigned(self, path: Path) -> frozenset[str]:
        """The request state a file's text assigns (`req.tenant = ...`, `ctx.state.x ??= ...`), once a content."""
        text, digest = self.text(path)
        if not text:
            return frozenset()
        if len(self._assigned_in) > _KEPT:
            self._assigned_in.clear()
        key = (path, digest)
        known = self._assigned_in.get(key)
        if known is None:
            known = self._assigned_in[key] = frozenset(shared_name(m.group(1)) for m in _ASSIGNS.finditer(text))
        return known

    def _tainted(self, path: Path, digest: str, spec, specs: list) -> frozenset[str]:
        """The request state the file writes with data of the rule ``spec`` (its own analysis: a
        middleware's writes are followed in the file only), once a content and rule."""
        if len(self._tainted_in) > _KEPT:
            self._tainted_in.clear()
        key = (path, digest, id(spec))
        known = self._tainted_in.get(key)
        if known is not None and known[0] is spec:
            return known[1]
        found: set[str] = set()
        analysis = self._analysis(path, 1)  # (its own imports are not followed: depth 1 links none)
        facts = analysis.facts(spec, specs) if analysis is not None else None
        if facts is not None and facts.g.request_state is not None:
            found = {shared_name(name) for name in filled_fields(whole_analysis(facts, spec), facts.g.request_state, module_level=False)}
        self._tainted_in[key] = (spec, frozenset(found))
        return self._tainted_in[key][1]
