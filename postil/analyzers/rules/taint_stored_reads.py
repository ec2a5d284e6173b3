"""Sinks that read what the project's store gave back, for the taint engine's verdicts: Trove's guest
service runs `xtrabackup ... {user_opts}` with `user_opts = models.Instance.backup_opts(self.instance_id)`,
a function of another module of the project that reads a row another request wrote. The engine does not
follow such stored values (taint_stored_fields follows a model's declared text fields only), so a sink
reading one is not proven clean where its function's own inputs are (a parameter its callers feed,
quoted): the pattern rule of that sink keeps its finding, as it does where no flow was followed."""

from __future__ import annotations

from postil.analyzers.rules.taint_paths import span

_WRAPPERS = frozenset({"await", "parenthesized_expression"})


def reads_stored(flow, scope, focus: list) -> bool:
    """Whether a sink's ``focus`` nodes, in the function ``scope`` of the rule's ``flow`` (taint.FileTaint),
    read a name the function assigns from a call, with arguments, of a function of a workspace module read
    through the module (or of a class it defines: `models.Instance.backup_opts(...)`), handed no request
    data (a key of the function's own), whose result is its own data (its summary: no source, no argument
    passed through: a lookup of a store) or that the engine does not follow."""
    link = flow.facts.link
    if link is None or scope is None:
        return False
    read = {text for node in focus for text, _, _ in flow.facts.reads(node)[0]}
    for event in flow.facts.events(scope):
        value = event.value
        if value is None or event.target.text() not in read:
            continue
        while value.kind() in _WRAPPERS and len(value.children()) > 1:
            value = value.children()[-1]
        arguments = value.field("arguments") if value.kind() == "call" else None
        if arguments is None or not any(a.is_named() for a in arguments.children()):
            continue
        callee = value.field("function").text()
        if callee.split(".")[0] not in link.modules or ".objects." in callee:
            continue  # (not a function of the project's own module; a Django manager's query is the ORM's)
        if flow._taint_of(arguments, flow._state_at(scope, span(value)[0])) is not None:
            continue  # (request data the engine followed into the project's function: its verdict stands)
        summary = link.summary(callee, flow.spec, flow.facts.specs)
        if summary is None or summary.source is None and summary.passes == () and not summary.sinks:
            return True
    return False
