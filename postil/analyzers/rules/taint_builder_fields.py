"""Fields of a Python method's instance that whoever built the instance stored, for the taint engine
(see FileTaint._from_callers): a repository's `_use_schema(self)` splicing `self.schema` into SQL is
called only by its sibling methods, with nothing, yet the schema is what the constructor was given,
by a file whose data the engine does not follow to it. Known callers passing nothing prove such a
sink clean only where every write of the field in its class stores a value of none of the writer's
parameters (`self.table = "recipes"`)."""

from __future__ import annotations

import re

from postil.analyzers.rules.taint_instances import same_instance
from postil.analyzers.rules.taint_paths import span

RECEIVERS = ("self", "cls")  # a method's instance or class parameter (Python)
_FIELD = re.compile(r"(self|cls)\.(\w+)")


def builder_stored(analysis, scope, focus: list) -> bool:
    """Whether the sink's data ``focus`` in the method ``scope`` reads a field of its instance (or class)
    that no write of its class sets, or one sets from a parameter of the writing method or from the
    request (``analysis``: the rule's FileTaint)."""
    writes = analysis.facts.shared_writes()
    for node in focus:
        for text, start, end in analysis.facts.reads(node)[1]:
            field = _FIELD.match(text)
            if field is None or analysis._is_cut(start, end):
                continue
            stored = [(other, event) for other, event in writes.get(field.group(0), ())
                      if other is not None and same_instance(scope, other)]
            if not stored or any(analysis._taint_of(event.value, analysis._state_at(other, span(event.value)[0], as_helper=True))
                                 is not None for other, event in stored):
                return True
    return False
