"""Request state that a hook or middleware in another module of the project fills from the request,
for the taint engine: Flask's `g.label` set in a `before_request` hook of `app/middleware.py`,
Starlette's `request.state.theme` set in a middleware's `dispatch`, Sanic's `request.ctx.x`, Falcon's
`req.context.x`, Pyramid's `request.environ["x"]`, aiohttp's `request["x"]`, an attribute a Django
middleware sets on `request` (`request.sort_column`), web.py's `web.ctx.lang` set by an application processor. Read in a view or service of another file, that
field is request data: the read is a source. A field every hook fills with something clean (a number,
a constant, a row's id) is not. Which fields a file fills, and from what, is worked out once per
content (its digest) and rule; the files asked are those near the reading file (see
taint_callers.NearFiles), read through the workspace (core.reads). Python only: a file's own hooks
are followed by FileTaint._shared_origin."""

from __future__ import annotations

import re
from pathlib import Path

from postil.analyzers.rules.taint_context_stores import ContextStores
from postil.analyzers.rules.taint_grammar import PYTHON
from postil.analyzers.rules.taint_paths import span
from postil.analyzers.rules.taint_spec import TaintSpec
from postil.analyzers.rules.taint_stored_fields import StoredFields
from postil.analyzers.rules.taint_values import Origin, is_parameter, node_origin, stored_label
from postil.analyzers.rules.taint_whole import whole_analysis

# the fields: `g.x` (`flask.g.x`), web.py's `web.ctx.x`, `request.state.x` (`.ctx`, `.context`, `.environ`, by
# name or key), `request["x"]`, an attribute set on the request itself (`request.tenant`, Django), and a key of Flask's
# `session` (kept in its cookie for the requests after: `session["return_to"]`)
# (each alternative begins with a letter, and the boundary is checked after it, so that the regex
# engine skips to the letters that can start one: 6× faster over a file's text, which every check reads)
_FIELD = r"""(?:flask\.g\.\w+|g\.\w+|w(?<![\w.]w)eb\.ctx\.\w+|f(?<![\w.]f)lask\.session\[\s*["'][\w.-]+["']\s*\]|s(?<![\w.]s)ession\[\s*["'][\w.-]+["']\s*\]|re(?:quest|q)(?:\.session\[\s*["'][\w.-]+["']\s*\]|\.(?:state|ctx|context|environ)(?:\.\w+|\[\s*["'][\w.-]+["']\s*\])|\.\w+|\[\s*["'][\w.-]+["']\s*\]))"""
FIELD = re.compile(_FIELD)
_WRITES = re.compile(rf"^[ \t]*({_FIELD})[ \t]*=(?!=)", re.MULTILINE)  # a line that may fill one
_UNQUOTABLE = re.compile(r"[^\w./\-]")  # what a hook's file name, quoted in a message, may not hold
# a field read by name (`getattr(request.state, "tenant_slug", "")`)
_GETATTR = re.compile(r"""getattr\(\s*((?:flask\.)?g|(?:request|req)(?:\.(?:state|ctx|context))?)\s*,\s*["'](\w+)["']""")
# ... a session's key by `get` or `pop` (`session.get("return_to", "/")`)
_SESSION_GET = re.compile(r"""(f(?<![\w.]f)lask\.session|s(?<![\w.]s)ession|re(?:quest|q)\.session)\.(?:get|pop)\(\s*(["'][\w.-]+["'])""")
# a session's key: kept in its cookie for the requests after, so one the file itself fills from the request
# is request data where another of its views reads it back (Pyramid's `request.session["came_from"]`)
_SESSION_KEY = re.compile(r"(?:flask\.|re(?:quest|q)\.)?session\[")


def _filled_for(path, own, name: str) -> bool:
    """Whether state ``name`` the file ``path`` fills is request data for the file ``own``: another file's
    (a hook's), or a session key (its own views' too: it comes back in the next request's cookie)."""
    return path != own or bool(_SESSION_KEY.match(name))


def _read_fields(text: str) -> set[str]:
    """The request-state fields a text may read."""
    return {m.group(0) for m in FIELD.finditer(text)} | {f"{m.group(1)}.{m.group(2)}" for m in _GETATTR.finditer(text)} | {
        f"{m.group(1)}[{m.group(2)}]" for m in _SESSION_GET.finditer(text)}


class StoredState:
    """The request-state fields the project's files fill with request data, for one workspace
    (``workspace``: a taint_modules.Workspace)."""

    def __init__(self, workspace) -> None:
        self.workspace = workspace
        self._written: dict[tuple[Path, str], frozenset[str]] = {}  # (file, digest) -> the fields its text assigns
        self._filled: dict[tuple[Path, str, int], tuple] = {}  # (file, digest, id(spec)) -> see filled
        self._listed: dict[Path, dict[str, list[Path]]] = {}  # a directory -> field -> the files near it assigning it,
        # for the steady run ``_run``
        self._run: dict | None = None  # (the workspace's texts of that run: see Workspace.steady)
        self.stores = ContextStores(workspace)
        self.fields = StoredFields(workspace)  # model fields a request stores and a later one reads
        self._asked: tuple | None = None  # (the run, file, text, see writers): the steady run's last answer

    def writers(self, own: Path | None, text: str) -> list[Path]:
        """The files near the file ``own`` (its ``text``) whose text assigns a request-state field
        that ``text`` names, or writes a context store it reads (see ContextStores.writers): the
        cheap question, on text alone (the fields the files near a directory assign indexed once a run)."""
        if own is None or self.workspace.library_tree("python"):
            return []
        run, last = self.workspace._run_texts, self._asked
        if run is not None and last is not None and last[0] is run and last[1] == own and last[2] == text:
            return last[3]  # (a check asks it of its file's text two to four times: the link, its gate)
        found = self._field_writers(own, text) or self.stores.writers(own, text, "python") or self.fields.writers(own, text)
        self._asked = (run, own, text, found) if run is not None else None
        return found

    def _field_writers(self, own: Path, text: str) -> list[Path]:
        run = self.workspace._run_texts
        if run is None or run is not self._run or len(self._listed) > 4096:
            self._listed, self._run = {}, run
        directory = self.workspace.graph.directory(own)
        index = self._listed.get(directory)
        if index is not None and not index:  # (no file near it assigns one: its text is not searched)
            return []
        read = _read_fields(text)
        if not read:
            return []
        if index is None:
            index = {}
            # (the listing the callers' search keeps for the run: each directory listed once)
            for path in self.workspace.near._listing(directory, self.workspace.root, run is not None, "python"):
                for name in self.workspace.derive("writes", path):
                    index.setdefault(name, []).append(path)
            if run is not None:
                self._listed[directory] = index
        if not index:
            return []
        found = sorted({path for name in read for path in index.get(name, ()) if _filled_for(path, own, name)})
        for path in found:  # (a change to the hook's file may change this file's findings: see Workspace.importers_of)
            self.workspace.graph.note_dependent(own, path)
        return found

    def _names(self, path: Path) -> frozenset[str]:
        text, digest = self.workspace.text(path)
        key = (path, digest)
        if key not in self._written:
            if len(self._written) > 50_000:
                self._written.clear()
            self._written[key] = frozenset(m.group(1) for m in _WRITES.finditer(text)) if text else frozenset()
        return self._written[key]

    def sources(self, facts, spec: TaintSpec) -> list[tuple[int, int, Origin]]:
        """(start, end, origin) of the reads in a parsed file (``facts``, its link to the workspace
        known) of fields that a file near it fills with request data of the rule ``spec`` (Python),
        and of context stores a file near it fills so (both languages: see taint_context_stores)."""
        key = ("request state", id(spec))  # (kept with the file's own sources)
        if key not in facts.found_sources:
            python = facts.g is PYTHON
            library = python and self.workspace.library_tree("python")  # (no request read in a library's tree)
            facts.found_sources[key] = (self._sources(facts, spec) if python else []) + ([] if library else self.stores.sources(
                facts, spec, "python" if python else "js")) + (
                self.fields.sources(facts, spec.label) if python and not library and spec.label == "request data" else [])
        return facts.found_sources[key]

    def _sources(self, facts, spec: TaintSpec) -> list[tuple[int, int, Origin]]:
        key = ("request state writers",)  # (asked by each rule)
        own = facts.link.path
        if key not in facts.found_sources:
            facts.found_sources[key] = self._field_writers(own, facts.root.text()) \
                if own is not None and not self.workspace.library_tree("python") else []
        filled: dict[str, str] = {}
        for path in facts.found_sources[key]:
            for name, writer in self.filled(path, spec, facts.specs).items():
                if _filled_for(path, own, name):  # (the file's own other state: see FileTaint._shared_origin)
                    filled.setdefault(name, writer)
        if not filled:
            return []
        written = {span(event.target) for writes in facts.shared_writes().values() for _, event in writes}
        found = []
        for kind in ("attribute", "subscript", "call"):
            for node in facts.root.find_all(kind=kind):
                text = node.text()
                named = _GETATTR.match(text) if kind == "call" else None
                got = _SESSION_GET.match(text) if kind == "call" else None
                name = f"{named.group(1)}.{named.group(2)}" if named is not None else text
                name = f"{got.group(1)}[{got.group(2)}]" if got is not None else name
                # (a class-based view's or its mixin's request: `self.request.round_seq_raw`)
                name = name[len("self."):] if name.startswith(("self.request.", "self.request[")) else name
                if name in filled and span(node) not in written:
                    found.append((*span(node), node_origin(node, stored_label(spec.label, filled[name]))))
        return found

    def filled(self, path: Path, spec: TaintSpec, specs: list) -> dict[str, str]:
        """Field -> the file's name (from the workspace's root) of the fields the file ``path`` fills
        with request data of the rule ``spec``, by its analysis without the state other files fill (see
        taint_whole); kept by its content with the modules its analysis read (ModuleTexts.kept: what its
        functions return rests on the modules it imports)."""
        _, digest = self.workspace.text(path)

        def fields() -> dict[str, str]:
            analysis = self.workspace._analysis(path, self.workspace.depth)
            found = filled_fields(whole_analysis(analysis.facts(spec, specs), spec, stored=False)) if analysis is not None else set()
            name = str(path.relative_to(self.workspace.root)) if self.workspace.root in path.parents else path.name
            name = _UNQUOTABLE.sub("_", name)  # (quoted in a message: a file's name is the repository's text)
            return {field: name if len(name) <= 60 else ".../" + name[-56:] for field in found}
        return self.workspace.kept(self._filled, (path, digest, id(spec)), fields, spec)


def filled_fields(analysis, field: re.Pattern = FIELD, module_level: bool = True) -> set[str]:
    """The request-state fields (``field``: what one looks like; Python's by default) a file's
    functions assign request data to (``analysis``: its taint.FileTaint, sources found), on any of
    their writes; with ``module_level``, the module's own writes too."""
    found = set()
    for name, writes in analysis.facts.shared_writes().items():
        if field.fullmatch(name) is None:
            continue
        for scope, event in writes:
            if scope is None and not module_level:
                continue
            origin = analysis._taint_of(event.value, analysis._state_at(scope, span(event.value)[0]))
            if origin is not None and not is_parameter(origin):
                found.add(name)
                break
    return found
