"""Constructors as sinks, for the taint engine: `Exporter(fmt)` whose `__init__` keeps
`self.fmt = fmt` and whose `run` passes `self.fmt` to a shell takes its `fmt` argument to that
sink, though `__init__` itself runs nothing. A module importing the class is told so by the
class's summary (see FileTaint.summary_of), and its call with request data is reported where
the object is made, as a function's sink is at the function's call. In a file, the field a
sink reads is tainted where the file makes an instance with request data (see constructions:
Budibase's `new ScriptRunner(script)` whose `constructor` keeps `this.code = code` for `run`)."""

from __future__ import annotations

from postil.analyzers.rules.taint_guards import cleared_over
from postil.analyzers.rules.taint_instances import class_name
from postil.analyzers.rules.taint_parameter_reads import parameter_reads
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
                        reads = parameter_reads(analysis, init, span(event.value)[0], [event.value])
                        for index, parameter in reads.items():
                            found.setdefault(index, (parameter, analysis._sink_name(match)))
    return found

