"""Sink matches that are calls of the project's own code, for the taint engine: a call of a method of a
class of the project through an instance of it (`svc.update(id, req.body)` with `svc = new PostService(...)`),
or, in JavaScript, of a function of a workspace module this run checks too (a logger of the project's own,
`logger.info(`... ${username}`)` with `const logger = require('../lib/Logger')` or `const logger =
createScopedLogger('chat')`, whose `info` writes `console.log(message)`). No library's method of that name
is called: the function's code is followed, and its own sinks are reported where they are, with the
caller's data (see taint_callers), so the call is not reported a second time (one finding, at the sink)."""

from __future__ import annotations

from postil.analyzers.rules.taint_imports import FAMILY
from postil.analyzers.rules.taint_instances import typed_callee


def own_method_call(flow, match) -> bool:
    """Whether the sink ``match`` of ``flow`` (a taint.FileTaint) is a call of the project's own code (see the module)."""
    callee = match.field("function") if match.kind() == flow.g.call else None
    if callee is None:
        return False
    link = flow.facts.link
    if typed_callee(callee.text(), flow.facts.instances()) is None:
        return link is not None and "." in callee.text() and _checked_function(flow, link, callee.text())
    if flow.facts.method_of(callee.text()) is not None:
        return True
    return link is not None and link.resolve(callee.text()) is not None \
        and link.summary(callee.text(), flow.spec, flow.facts.specs) is not None


def _checked_function(flow, link, callee: str) -> bool:
    """Whether a JavaScript call's callee names a function of a workspace module this run checks too (one
    the engine summarises: what it does with its parameters is followed there)."""
    if FAMILY.get(link.language) != "js":
        return False
    target = link.resolve(callee)
    if target is None or not link.workspace.checks(target[0]):
        return False
    summary = link.workspace.summary(*target, flow.spec, flow.facts.specs, link.depth)
    return summary is not None
