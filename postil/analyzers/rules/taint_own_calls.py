"""Sink matches that are calls of a method of the project's own class through an instance of it
(`svc.update(id, req.body)` with `svc = new PostService(...)`), for the taint engine: no library's method of
that name is called; the method's code is followed and its own sinks are reported where they are, so the call
is not reported a second time. So is a call through the receiver of a method its class (or a base class of the
file) defines (Metaflow's `await self.execute(sql, values)` in a table class whose base wraps the cursor). (A function of another workspace module called by name, a project's own logger
`logger.info(...)`, is still reported at the call too: its module's report names the caller's file, not the
line, and where the corpora label the call a report at the wrapper alone lost them.)"""

from __future__ import annotations

from postil.analyzers.rules.taint_instances import class_name, same_instance, typed_callee


def own_method_call(flow, match) -> bool:
    """Whether the sink ``match`` of ``flow`` (a taint.FileTaint) is a call of the project's own code (see the module)."""
    callee = match.field("function") if match.kind() == flow.g.call else None
    if callee is None:
        return False
    base, _, name = callee.text().partition(".")
    if base in flow.g.receivers and name.isidentifier():
        method, scope = flow.facts.helpers().get(name), flow.facts.scope_of(match)
        return method is not None and class_name(method) is not None and class_name(scope) is not None \
            and same_instance(scope, method)
    if typed_callee(callee.text(), flow.facts.instances()) is None:
        return False
    if flow.facts.method_of(callee.text()) is not None:
        return True
    link = flow.facts.link
    return link is not None and link.resolve(callee.text()) is not None \
        and link.summary(callee.text(), flow.spec, flow.facts.specs) is not None

