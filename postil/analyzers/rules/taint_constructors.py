"""Constructors as sinks, for the taint engine: `Exporter(fmt)` whose `__init__` keeps
`self.fmt = fmt` and whose `run` passes `self.fmt` to a shell takes its `fmt` argument to that
sink, though `__init__` itself runs nothing. A module importing the class is told so by the
class's summary (see FileTaint.summary_of), and its call with request data is reported where
the object is made, as a function's sink is at the function's call. In a file, the field a
sink reads is tainted where the file makes an instance with request data (see constructions:
Budibase's `new ScriptRunner(script)` whose `constructor` keeps `this.code = code` for `run`)."""

from __future__ import annotations

import re
from functools import lru_cache

from postil.analyzers.rules.taint_guards import cleared_over
from postil.analyzers.rules.taint_instances import class_name
from postil.analyzers.rules.taint_paths import span
from postil.analyzers.rules.taint_values import node_key

_NEW = "new_expression"


def constructions(facts, owner: str) -> list:
    """The calls or `new` expressions of a file (``facts``: its FileFacts) that make an instance of
    its class ``owner``: `Downloader(url)` (Python), `new ScriptRunner(script)` (JavaScript; looked
    for only where a sink reads a field the constructor sets). Each has the `arguments` its constructor gets."""
    if facts.g.requires:
        return [node for node in facts.root.find_all(kind=_NEW)
                if node.field("constructor") is not None and node.field("constructor").text() == owner]
    return [call for call in facts.calls_of(owner) if call.field("function").text() == owner]


def field_sinks(analysis, init) -> dict[int, tuple[str, str]]:
    """Position -> (parameter, sink) of the parameters of the constructor ``init`` (its node)
    that it keeps in a field of the instance (`self.fmt = fmt`) which another method of the
    class passes to a sink of the rule (``analysis``: the file's FileTaint, sanitised)."""
    owner = class_name(init)
    writes = analysis.facts.shared_writes()
    found: dict[int, tuple[str, str]] = {}
    for match, names in analysis._sink_matches():
        scope = analysis.facts.scope_of(match)
        if scope is None or node_key(scope) == node_key(init) or class_name(scope) != owner:
            continue
        for node in analysis._focus(match, names):
            _, members, _ = analysis.facts.reads(node)
            for text, start, end in members:
                if text.split(".")[0] not in analysis.g.receivers or analysis._is_cut(start, end) \
                        or cleared_over(analysis._scope_events(scope), text, start):
                    continue
                for other, event in writes.get(text, ()):
                    if other is not None and node_key(other) == node_key(init):
                        reads = analysis._parameter_reads(init, span(event.value)[0], [event.value])
                        for index, parameter in reads.items():
                            found.setdefault(index, (parameter, analysis._sink_name(match)))
    return found




# the class a JavaScript module exports by default (`module.exports = CalendarFetcher;`, `export default class Fetcher`)
_DEFAULT_CLASS = re.compile(r"^[ \t]*(?:module\.exports[ \t]*=[ \t]*|export[ \t]+default[ \t]+(?:class[ \t]+)?)([A-Z][\w$]*)\b", re.M)
_NEWS = {"rule": {"kind": _NEW}}


def made_instances(facts, module, built: set[str]) -> list[tuple[str, object, list]]:
    """("Class.constructor", the `new` expression, its arguments) of the instances a JavaScript file
    (``facts``: its FileFacts) makes of the classes ``built`` of another ``module`` whose constructors
    take arguments: `new CalendarFetcher(payload.url, ...)` with the class required or imported by any
    name, its `constructor` keeping `this.calendarUrl = url` for the method that fetches it."""
    link = facts.link
    if link is None:
        return []
    local = {name: target[1] for name, target in link.functions.items() if target[0] == module and target[1] in built}
    requires = [name for name, path in link.modules.items() if path == module]
    exported = _default_class(link.workspace.text(module)[0] or "") if requires else None
    local.update({name: exported for name in requires if exported in built})
    local.update({f"{name}.{cls}": cls for name in requires for cls in built})  # (`new models.Fetcher(url)`)
    found = []
    for node in facts.find(_NEWS) if local else ():  # (the file's `new` expressions, searched once)
        made, arguments = node.field("constructor"), node.field("arguments")
        cls = local.get(made.text()) if made is not None else None
        if cls is not None and arguments is not None:
            found.append((f"{cls}.{facts.g.constructor}", node, [a for a in arguments.named_children() if a.kind() != "comment"]))
    return found


@lru_cache(maxsize=64)
def _default_class(text: str) -> str | None:
    """The class a module's text exports by default, by name (None: none)."""
    exported = _DEFAULT_CLASS.search(text)
    return exported.group(1) if exported is not None else None
