"""Sinks that only prepare a later one, for the taint engine: `directory = os.path.join(root, name)`,
`os.makedirs(directory)`, then `open(os.path.join(directory, crash_id), "wb")` is one flow, and the
file written is what a reviewer points at; the directory made (or checked: `os.path.exists`) on the
way is not reported again. Python only: a sink whose callee is one of :data:`PREPARING` whose value a
later sink of the same rule in the same function reads, as it is or through the names assigned from it
between the two (one step: `self.path = os.path.join(upload_dir, f.name)` then `open(self.path)`)."""

from __future__ import annotations

from postil.analyzers.rules.taint_grammar import PYTHON
from postil.analyzers.rules.taint_paths import span

# what makes or probes a directory or file before it is written
PREPARING = frozenset({"makedirs", "mkdir", "exists", "lexists", "isdir", "isfile"})


def _read_texts(facts, nodes) -> set[str]:
    """The names and members (`self.path`) ``nodes`` read."""
    texts = set()
    for node in nodes:
        names, members, _ = facts.reads(node)
        texts |= {text for text, _, _ in names + members}
    return texts


def prepared(facts, reached: list) -> set[tuple[int, int]]:
    """Spans of the sinks in ``reached`` ((match, focus) each, tainted) that prepare a later one."""
    if facts.g is not PYTHON or len(reached) < 2:
        return set()
    found = set()
    for match, focus in reached:
        callee = match.field("function") if match.kind() == facts.g.call else None
        if callee is None or callee.text().rsplit(".", 1)[-1] not in PREPARING:
            continue
        scope, end = facts.scope_key(match), span(match)[1]
        names = _read_texts(facts, focus)
        events = facts.events(facts.scope_of(match))
        names |= {e.target.text() for e in events if e.position > end and e.value is not None
                  and e.target is not None and _read_texts(facts, [e.value]) & names}
        if any(facts.scope_key(other) == scope and span(other)[0] > end and _read_texts(facts, later) & names
               for other, later in reached):
            found.add(span(match))
    return found
