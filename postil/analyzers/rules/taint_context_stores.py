"""Request data a context store carries from the middleware that fills it to the code of other
modules that reads it, for the taint engine. Python: a `contextvars.ContextVar` set from a header in
a middleware or a dependency (`current_tenant.set(request.headers["X-Tenant"])`) and read with
`current_tenant.get()`; an attribute of a module's `threading.local()` (werkzeug's or asgiref's
`Local()`) a hook sets (`state.sort = request.args["sort"]`). JavaScript: an `AsyncLocalStorage` a
middleware runs the request in (`als.run({ tenant: req.headers['x-tenant'] }, next)`, `enterWith`,
`als.getStore().set('tenant', ...)`), read as `als.getStore()?.tenant` or `.get('tenant')`; a
cls-hooked namespace's `ns.set('tenant', ...)`, read with `ns.get('tenant')` or
`getNamespace('app').get('tenant')`. And a small getter of the store's module (`def get_tenant():
return current_tenant.get()`, `function getTenant() { return als.getStore()?.tenant }`), called
where the store is not named. A store (or one of its keys) every write fills with something clean
(a number, a constant, a value an allowlist picked) is not request data.

A store is named by where the project defines it (`name = ContextVar(...)`, `= new AsyncLocalStorage()`,
`= createNamespace(...)`) in a file near the reader (taint_callers.near_files); what a file's text
defines, writes and wraps is worked out once per content, what its writes hold once per content
and rule (its own analysis, its imports not followed), every read through the workspace (core.reads)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from postil.analyzers.rules.taint_callers_of import module_language
from postil.analyzers.rules.taint_paths import span
from postil.analyzers.rules.taint_values import Origin, is_parameter, node_origin, stored_label
from postil.analyzers.rules.taint_whole import whole_analysis

_KEPT = 50_000  # files' answers kept before they are dropped
ANY = "*"  # the key of a store's whole value (`als.run(req.user, next)`)
CLS = "cls-hooked"  # the store of every cls-hooked namespace (one is got by name anywhere: `getNamespace('app')`)

# a store's definition -> its name and kind (`var`: a ContextVar; `local`: attributes; `als`; `cls`)
_DEFINES = {
    "python": re.compile(r"^[ \t]*(\w+)[ \t]*(?::[^=\n]*)?=[ \t]*(?:[\w.]+\.)?(ContextVar|local|Local)\(", re.MULTILINE),
    "js": re.compile(r"\b(?:const|let|var)\s+([\w$]+)\s*(?::[^=]*)?=\s*(?:new\s+(?:[\w$]+\.)?(AsyncLocalStorage)\b|"
                     r"(?:[\w$]+\.)?(createNamespace|getNamespace|createParamDecorator)\b)"),
}
_KINDS = {"ContextVar": "var", "local": "local", "Local": "local", "AsyncLocalStorage": "als",
          "createNamespace": "cls", "getNamespace": "cls", "createParamDecorator": "decorator"}
# a Tornado handler's `prepare`, run before each request's method (what it sets on `self` the
# subclasses of other modules read), and a NestJS parameter decorator (`@Tenant() tenant`)
_PREPARES = {"python": re.compile(r"^[ \t]+(?:async[ \t]+)?def prepare\(self\b", re.MULTILINE),
             "js": re.compile(r"(?!)")}
_CLASS = re.compile(r"^class (\w+)\b", re.MULTILINE)
# what a text may write into a store named ``(name)`` (cheap: what its analysis then judges)
_WRITES = {
    "python": re.compile(r"(?<![\w.])(\w+)(?:\.set\(|\.(\w+)[ \t]*=(?!=))|^class (\w+)\b", re.MULTILINE),
    "js": re.compile(r"(?<![\w$.])([\w$]+)(?:\.(?:run|enterWith)\(|\.getStore\(\)\??\.(?:set\(\s*['\"`]([\w$]+)|([\w$]+)\s*=(?!=))"
                     r"|\.set\(\s*['\"`]([\w$]+)['\"`]\s*,)|(?<![\w$])([\w$]+)\s*(?::[^=;\n]{0,200})?=\s*createParamDecorator\b"),
}
# a getter of the store's module: `def get_tenant(): return current_tenant.get()`,
# `function getTenant() { return als.getStore()?.tenant; }`, `const getTenant = () => als.getStore()?.tenant`
_GETTERS = {
    "python": re.compile(r"^def (\w+)\(\)[^:\n]*:\s*(?:\"\"\"[^\n]*\"\"\"\s*)?return (\w+)\.(?:get\(\)|(\w+))\s*$", re.MULTILINE),
    "js": re.compile(r"(?:function\s+([\w$]+)\s*\(\)[^{]*\{\s*return|(?:const|let)\s+([\w$]+)\s*=\s*\(\)\s*(?::[^=]*)?=>)\s*"
                     r"([\w$]+)\.(?:getStore\(\)\??\.(?:get\(\s*['\"`]([\w$]+)['\"`]\s*\)|([\w$]+))|get\(\s*['\"`]([\w$]+)['\"`]\s*\))"),
}

# ... and a setter (`def set_tenant(value): _tenant.set(value)`, `function setTenant(t) { ns.set('tenant', t) }`):
# a call of it is a write of the store
_SETTERS = {
    "python": re.compile(r"^def (\w+)\((\w+)(?:[ \t]*:[^,)\n]*)?\)[^:\n]*:\s*(?:\"\"\"[^\n]*\"\"\"\s*)?(?:\w+[ \t]*=[ \t]*|return[ \t]+)?"
                         r"(\w+)\.(?:set\([ \t]*\2[ \t]*\)|(\w+)[ \t]*=[ \t]*\2[ \t]*$)", re.MULTILINE),
    "js": re.compile(r"function\s+([\w$]+)\s*\(\s*([\w$]+)(?:\s*:[^,)]*)?\)[^{]*\{\s*(?:return\s+)?([\w$]+)\.(?:getStore\(\)\??\."
                     r"(?:set\(\s*['\"`]([\w$]+)['\"`]\s*,\s*\2\s*\)|([\w$]+)\s*=\s*\2\b)|set\(\s*['\"`]([\w$]+)['\"`]\s*,\s*\2\s*\))"),
}

@dataclass(frozen=True)
class _Text:
    """What one file's text says of context stores (see _text_of)."""

    defined: dict[str, str]  # store name -> kind
    written: frozenset[tuple[str, str]]  # (store, key) its text may write; key "" for a ContextVar, ANY for a whole store
    getters: dict[str, tuple[str, str]]  # a getter function's name -> (store, key) it returns
    setters: dict[str, tuple[str, str]]  # a setter function's name -> (store, key) it writes its argument to


def _text_of(text: str, family: str) -> _Text:
    defined = {m.group(1): _KINDS[m.group(2) or m.group(3) or m.group(4)] for m in _DEFINES[family].finditer(text)}
    for m in _PREPARES[family].finditer(text):  # the class around a Tornado `prepare` (the last one opened before it)
        around = list(_CLASS.finditer(text, 0, m.start()))
        if around:
            defined[around[-1].group(1)] = "prepare"
    written: set[tuple[str, str]] = set()
    for m in _WRITES[family].finditer(text):
        if m.group(1) is None:  # a class (its `prepare` writes `self`) or a parameter decorator: the whole store
            written.add((m.group(m.lastindex), ""))
            continue
        keys = [k for k in m.groups()[1:] if k]
        written.add((m.group(1), keys[0] if keys else (ANY if family == "js" else "")))
    getters = {}
    for m in _GETTERS[family].finditer(text):
        if family == "python":
            getters[m.group(1)] = (m.group(2), m.group(3) or "")
        else:
            getters[m.group(1) or m.group(2)] = (m.group(3), m.group(4) or m.group(5) or m.group(6))
    setters = {m.group(1): (m.group(3), next((k for k in m.groups()[3:] if k), "")) for m in _SETTERS[family].finditer(text)}
    return _Text(defined, frozenset(written), getters, setters)


class ContextStores:
    """The context stores the project's files fill with request data, for one workspace
    (``workspace``: a taint_modules.Workspace)."""

    def __init__(self, workspace) -> None:
        self.workspace = workspace
        self._texts: dict[tuple[Path, str], _Text] = {}  # (file, digest) -> what its text says
        self._filled: dict[tuple, tuple[object, frozenset]] = {}  # (file, digest, id(spec), setters) -> see filled
        self._listed: dict[tuple[Path, str], tuple | None] = {}  # (directory, family) -> see _near, for the run ``_run``
        self._run: dict | None = None

    def _said(self, path: Path, family: str) -> _Text:
        text, digest = self.workspace.text(path)
        key = (path, digest)
        known = self._texts.get(key)
        if known is None:
            if len(self._texts) > _KEPT:
                self._texts.clear()
            known = self._texts[key] = _text_of(text or "", family)
        return known

    def sources(self, facts, spec, family: str) -> list[tuple[int, int, Origin]]:
        """(start, end, origin) of the reads in a parsed file (``facts``, its link to the workspace
        known) of stores a file near it (itself too) fills with request data of the rule ``spec``."""
        own, key = facts.link.path, ("context store writers",)  # (asked by each rule: kept with the file's sources)
        if key not in facts.found_sources:
            writers = self.writers(own, facts.root.text(), family)
            facts.found_sources[key] = (writers, self._near(self.workspace.graph.directory(own), family) if writers else None)
        writers, (kinds, getters, _, setters) = facts.found_sources[key][0], facts.found_sources[key][1] or (None,) * 4
        filled: dict[tuple[str, str], str] = {}  # (store, key) -> the file that fills it
        for path in writers:
            for store_key in self.filled(path, spec, facts.specs, family, kinds, setters):
                filled.setdefault(store_key, self._name(path))
        if not filled:
            return []
        return [(*span(node), node_origin(node, stored_label(spec.label, filled[store_key])))
                for node, store_key in _reads(facts, family, kinds, filled, getters)]

    def writers(self, own: Path | None, text: str, family: str) -> list[Path]:
        """The files near the file ``own`` (its ``text``; itself too) whose text writes a store that
        ``text`` names (or reads through a getter of the store's module): the cheap question, not asked
        of a file that imports none of the workspace's modules (`getNamespace('app')` names its store),
        unless it defines a store itself (Dispatch's `logging_context.py` reads the ContextVar it defines)."""
        if own is None or self._run is not None and self._run is self.workspace._run_texts \
                and self._listed.get((self.workspace.graph.directory(own), family), ()) is None:
            return []  # (known for the run: no store near it)
        if not (family == "js" and "getNamespace(" in text) and _DEFINES[family].search(text) is None \
                and not self.workspace.graph.targets(own, text, module_language(own) or family):
            return []
        near = self._near(self.workspace.graph.directory(own), family)
        if not near:
            return []
        kinds, getters, writers, _ = near
        wanted = {_store(name, kinds) for name in kinds if re.search(rf"(?<![\w$]){re.escape(name)}\b", text)}
        wanted |= {getters[name][0] for name in getters if re.search(rf"(?<![\w$]){re.escape(name)}\(\)", text)}
        if family == "js" and "getNamespace(" in text:
            wanted.add(CLS)
        found = sorted({path for store in wanted for path in writers.get(store, ())})
        for path in found:  # (a change to the writer's file may change this file's findings)
            if path != own:
                self.workspace.graph.note_dependent(own, path)
        return found

    def _near(self, directory: Path, family: str) -> tuple | None:
        """The stores the files near a directory define (name -> kind), their getters (function ->
        (store, key)), the files whose text writes each store (itself or by a setter) and the setters
        (function -> (store, key)); None: no store is defined there.
        Kept by directory for the steady run (see Workspace.steady)."""
        run = self.workspace._run_texts
        if run is None or run is not self._run or len(self._listed) > 4096:
            self._listed, self._run = {}, run
        key = (directory, family)
        if key in self._listed:
            return self._listed[key]
        said = {path: self.workspace.derive(f"said {family}", path)
                for path in self.workspace.near._listing(directory, self.workspace.root, run is not None, family)}
        kinds = {name: kind for s in said.values() for name, kind in s.defined.items()}
        found = None
        if kinds:
            getters = {name: (_store(got[0], kinds), got[1]) for s in said.values() for name, got in s.getters.items()
                       if got[0] in kinds}
            setters = {name: (_store(got[0], kinds), got[1]) for s in said.values() for name, got in s.setters.items()
                       if got[0] in kinds}
            calls = re.compile(rf"(?<![\w$])({'|'.join(map(re.escape, setters))})\(") if setters else None
            writers: dict[str, list[Path]] = {}
            for path, s in said.items():
                stores = {_store(store, kinds) for store, _ in s.written if store in kinds or store == CLS}
                if calls is not None:  # (a file calling a setter writes its store)
                    stores |= {setters[name][0] for name in self.workspace.derive(f"calls {calls.pattern}", path)}
                for store in stores:
                    writers.setdefault(store, []).append(path)
            found = (kinds, getters, writers, setters)
        if run is not None:
            self._listed[key] = found
        return found

    def _name(self, path: Path) -> str:
        root = self.workspace.root
        name = str(path.relative_to(root)) if root in path.parents else path.name
        name = re.sub(r"[^\w./\-]", "_", name)  # (quoted in a message: a file's name is the repository's text)
        return name if len(name) <= 60 else ".../" + name[-56:]

    def filled(self, path: Path, spec, specs: list, family: str, kinds: dict[str, str],
               setters: dict[str, tuple[str, str]]) -> frozenset[tuple[str, str]]:
        """(store, key) of the stores (``kinds``: their kinds by name) the file ``path`` fills with
        request data of the rule ``spec`` (itself, or by a call of one of the ``setters``), once a
        content, rule and set of setters."""
        _, digest = self.workspace.text(path)
        key = (path, digest, id(spec), tuple(sorted(setters.items())))
        known = self._filled.get(key)
        if known is None or known[0] is not spec:
            if len(self._filled) > _KEPT:
                self._filled.clear()
            analysis = self.workspace._analysis(path, 1)  # (its own imports are not followed: depth 1 links none)
            found = frozenset(_filled_keys(whole_analysis(analysis.facts(spec, specs), spec), family, setters)) \
                if analysis is not None and self._entered(path, spec, specs, family) else frozenset()
            known = self._filled[key] = (spec, found)
        return frozenset((_store(store, kinds), k) for store, k in known[1] if store in kinds or store == CLS)


    def _entered(self, path: Path, spec, specs: list, family: str) -> bool:
        """Whether data of the rule ``spec`` may be in a value of the file ``path``, analysed alone:
        a Python file's values hold it only where it enters the file (its sources, or a parameter
        source: see Workspace.enters), else no write of a store is walked (a library's
        `threading.local()` and ContextVars: SQLAlchemy's `session.py`, ~5 s of the first check of
        `orm/query.py` in the editor). A JavaScript file's are always asked (a read destructured
        from the request, `const { query } = req`, is no source match)."""
        return family != "python" or self.workspace.enters(path, spec, specs, 1)


def _store(name: str, kinds: dict[str, str]) -> str:
    """The store a name (or `getNamespace('app')`) stands for: cls-hooked namespaces are one."""
    return CLS if kinds.get(name) == "cls" or name.startswith("getNamespace(") else name


def _callee(call):
    function = call.field("function")
    return function.text() if function is not None else ""


def _arguments(call) -> list:
    arguments = call.field("arguments")
    return [n for n in arguments.children() if n.is_named() and n.kind() != "comment"] if arguments is not None else []


def _tainted(analysis, value) -> bool:
    scope = analysis.facts.scope_of(value)
    origin = analysis._taint_of(value, analysis._state_at(scope, span(value)[0]))
    return origin is not None and not is_parameter(origin)


def _key_text(node) -> str:
    return node.text().strip("'\"`")


def _filled_keys(analysis, family: str, setters: dict[str, tuple[str, str]]) -> set[tuple[str, str]]:
    """(store, key) of every store write of a file's analysis whose value is request data (a call of
    one of the ``setters`` too): the store by its name in the file (a namespace got by
    `getNamespace(...)`: CLS)."""
    facts, found = analysis.facts, set()
    for name, store_key in setters.items():
        if store_key not in found and any(_tainted(analysis, (_arguments(call) or [call])[0]) for call in facts.calls_of(name)
                                          if _arguments(call)):
            found.add(store_key)
    for call in facts.calls_of("set") + facts.calls_of("run") + facts.calls_of("enterWith"):
        callee, arguments = _callee(call), _arguments(call)
        store, _, method = callee.rpartition(".")
        store = store.rstrip("?")
        if family == "python":
            if method == "set" and len(arguments) == 1 and re.fullmatch(r"\w+", store):
                pairs = [(store, "", arguments[0])]
            else:
                continue
        elif store.endswith(".getStore()") and method == "set" and len(arguments) == 2:
            pairs = [(store[:-len(".getStore()")].rstrip("?"), _key_text(arguments[0]), arguments[1])]
        elif method == "set" and len(arguments) == 2 and arguments[0].kind() == "string":
            store = CLS if store.startswith("getNamespace(") else store
            pairs = [(store, _key_text(arguments[0]), arguments[1])]
        elif method in ("run", "enterWith") and arguments and re.fullmatch(r"[\w$]+", store) and \
                arguments[0].kind() not in ("arrow_function", "function_expression", "function"):  # (a namespace's `run(fn)`)
            value = arguments[0]
            if value.kind() == "object":
                pairs = [(store, _key_text(p.field("key")) if p.kind() == "pair" else p.text(), p.field("value") or p)
                         for p in value.children() if p.kind() in ("pair", "shorthand_property_identifier")]
            else:
                pairs = [(store, ANY, value)]
        else:
            continue
        found.update((s, k) for s, k, value in pairs if (s, k) not in found and _tainted(analysis, value))
    for name, writes in facts.shared_writes().items():  # `state.sort = ...`, `als.getStore().tenant = ...`
        parts = re.fullmatch(r"([\w$]+)(?:\.getStore\(\)\??)?\.([\w$]+)", name)
        if parts is None or parts.group(1) in ("cls", "this"):
            continue
        for scope, event in writes:  # (`self.tenant = ...` in a handler's `prepare`: the handler class's)
            store = _prepared(scope) if parts.group(1) == "self" else parts.group(1)
            if store and _tainted(analysis, event.value):
                found.add((store, parts.group(2)))
                break
    for call in facts.calls_of("createParamDecorator") if family == "js" else ():  # what the decorator gives
        declarator = call.parent()
        callback = (_arguments(call) or [None])[0]
        if declarator is not None and declarator.kind() == "variable_declarator" and callback is not None and any(
                _tainted(analysis, value) for value in _returned(facts, callback)):
            found.add((declarator.field("name").text(), ""))
    return found


def _prepared(scope) -> str:
    """The class whose `prepare` method ``scope`` is ("": another function)."""
    name = scope.field("name") if scope is not None and scope.kind() == "function_definition" else None
    block = scope.parent() if name is not None and name.text() == "prepare" else None
    around = block.parent() if block is not None else None
    return around.field("name").text() if around is not None and around.kind() == "class_definition" else ""


def _returned(facts, function) -> list:
    """The values a JavaScript function returns (an arrow function's body expression too)."""
    body = function.field("body")
    if body is None:
        return []
    if body.kind() != "statement_block":
        return [body]
    return [r.named_children()[0] for r in body.find_all(kind="return_statement")
            if r.named_children() and facts.scope_of(r) is not None and span(facts.scope_of(r)) == span(function)]


def _reads(facts, family: str, kinds: dict[str, str], filled: dict, getters: dict) -> list:
    """(node, (store, key)) of the reads in a parsed file of the ``filled`` stores."""
    found = []
    written = {span(event.target) for writes in facts.shared_writes().values() for _, event in writes}
    for name, (store, key) in getters.items():
        held = (store, key) if (store, key) in filled else (store, ANY)
        if held in filled:
            found += [(call, held) for call in facts.calls_of(name) if not _arguments(call)]
    for call in facts.calls_of("get") + facts.calls_of("getStore"):
        callee, arguments = _callee(call), _arguments(call)
        store, _, method = callee.rpartition(".")
        store = store.rstrip("?").rpartition(".")[2] if family == "python" else store.rstrip("?")
        if family == "python":
            if method == "get" and kinds.get(store) == "var" and (store, "") in filled:
                found.append((call, (store, "")))
            continue
        if method == "get" and arguments and arguments[0].kind() == "string":
            key = _key_text(arguments[0])
            store = store[:-len(".getStore()")].rstrip("?") if store.endswith(".getStore()") else _store(store, kinds)
            if (store, key) in filled:
                found.append((call, (store, key)))
            elif (store, ANY) in filled:
                found.append((call, (store, ANY)))
        elif method == "getStore" and kinds.get(store) == "als":
            parent = call.parent()
            member = parent if parent is not None and parent.kind() == "member_expression" else None
            key = member.field("property").text() if member is not None else ""
            if (store, ANY) in filled:
                found.append((call, (store, ANY)))
            elif member is not None and (store, key) in filled and span(member) not in written:
                found.append((member, (store, key)))
    attribute = "attribute" if family == "python" else "member_expression"
    locals_ = {name for name, kind in kinds.items() if kind == "local"}
    bases = {name for name, kind in kinds.items() if kind == "prepare"}
    if locals_ or bases:
        for node in facts.root.find_all(kind=attribute):
            parts = re.fullmatch(r"(?:\w+\.)?(\w+)\.(\w+)", node.text())
            if parts is None or span(node) in written:
                continue
            if parts.group(1) in locals_ and parts.groups() in filled:
                found.append((node, parts.groups()))
            elif parts.group(1) == "self" and bases:
                found += [(node, (base, parts.group(2))) for base in _bases(node) & bases if (base, parts.group(2)) in filled][:1]
    for call in facts.calls_of("getattr") if locals_ else ():  # `getattr(state, "sort", "id")`
        named = re.match(r"""getattr\(\s*(?:\w+\.)?(\w+)\s*,\s*["'](\w+)["']""", call.text())
        if named is not None and named.groups() in filled:
            found.append((call, named.groups()))
    for name in (name for name, kind in kinds.items() if kind == "decorator" and (name, "") in filled):
        found += [(d.parent().field("pattern") or d.parent(), (name, "")) for d in facts.root.find_all(kind="decorator", regex=rf"^@{re.escape(name)}\(")
                  if d.parent() is not None and d.parent().kind() in ("required_parameter", "optional_parameter")]
    return found


def _bases(node) -> set[str]:
    """The names of the classes the class around ``node`` derives from."""
    around = next((a for a in node.ancestors() if a.kind() == "class_definition"), None)
    superclasses = around.field("superclasses") if around is not None else None
    return set(re.findall(r"\w+", superclasses.text())) if superclasses is not None else set()
