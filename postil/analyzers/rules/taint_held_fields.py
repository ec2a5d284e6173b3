"""Fields one method of an object fills with request data and another reads, for the taint
engine: Indico's request handlers read their arguments in `_process_args` (`self.filename =
request.args.get("file")`) and use them in `_process`, which the framework runs after it; so do
Django's class-based views (`setup`/`dispatch` then `get`) and Tornado's (`prepare` then `get`).
A sink that reads the field itself is judged at the sink (FileTaint._shared_origin); one that
reads a local computed from it (`path = os.path.join(root, self.filename)`, then `send_file(path)`)
needs the field tainted where the method begins, as request state a middleware filled is (see
taint_closures.filled_state): the guards, sanitisers and reassignments of the reading method
then apply to it as to any name."""

from __future__ import annotations

from postil.analyzers.rules.taint_instances import class_name, same_instance
from postil.analyzers.rules.taint_values import Origin, node_key


def held_fields(flow, scope, state: dict[str, Origin], tainted_writes) -> dict[str, Origin]:
    """The fields of the receiver (`self.filename`) the method ``scope`` reads and does not
    write itself that another method of the same object writes with request data, and that
    ``state`` (where ``scope`` begins) holds clean, with that data's origin; ``tainted_writes``:
    taint_closures' judge of such writes (first tainted one, recursion bounded)."""
    facts, g = flow.facts, flow.g
    if scope is None or not g.receivers or class_name(scope) is None:
        return {}
    shared = facts.shared_writes()
    if not shared:
        return {}
    _, members, _ = facts.reads(scope)
    read = {text for text, _, _ in members if text.split(".", 1)[0] in g.receivers and text.count(".") == 1}
    own, writes = node_key(scope), {}
    for text in read - state.keys():
        candidates = shared.get(text, ())
        if any(writer is not None and node_key(writer) == own for writer, _ in candidates):
            continue  # (its own write decides there)
        others = [(writer, event) for writer, event in candidates
                  if writer is not None and class_name(writer) is not None and same_instance(scope, writer)]
        if others:
            writes[text] = others
    return tainted_writes(flow, scope, writes) if writes else {}
