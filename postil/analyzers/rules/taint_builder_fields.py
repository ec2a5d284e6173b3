"""Fields of a method's instance (`self`/`cls`, JS `this`: the grammar's receivers) that whoever built it stored, for the taint engine
(see FileTaint._from_callers): a repository's `_use_schema(self)` splicing `self.schema` into SQL is
called only by its sibling methods, with nothing, yet the schema is what the constructor was given,
by a file whose data the engine does not follow to it. Known callers passing nothing prove such a
sink clean only where every write of the field in its class stores a value of none of the writer's
parameters (`self.table = "recipes"`)."""

from __future__ import annotations

import re

from postil.analyzers.rules.taint_instances import same_instance
from postil.analyzers.rules.taint_paths import span
from postil.analyzers.rules.taint_values import is_parameter

_FIELD = re.compile(r"([\w$]+)\.([\w$]+)")  # `self.schema` of `self.schema.name`; JS `this.$table`


def builder_stored(analysis, scope, focus: list) -> bool:
    """Whether the sink's data ``focus`` in the method ``scope`` reads a field of its instance (or class)
    that no write of its class sets, or one sets from a parameter of the writing method or from the
    request (``analysis``: the rule's FileTaint)."""
    writes = analysis.facts.shared_writes()
    for node in focus:
        for text, start, end in analysis.facts.reads(node)[1]:
            field = _FIELD.match(text)
            if field is None or field.group(1) not in analysis.g.receivers or analysis._is_cut(start, end):
                continue
            stored = [(other, event) for other, event in writes.get(field.group(0), ())
                      if other is not None and same_instance(scope, other)]
            if not stored or any(analysis._taint_of(event.value, analysis._state_at(other, span(event.value)[0], as_helper=True))
                                 is not None for other, event in stored):
                return True
    return False


def own_fields_only(analysis, caller, start: int, focus: list) -> bool:
    """Whether all ``focus`` reads of what the method ``caller``'s callers gave are its instance's fields
    (`self.year`) that methods of its class in this file write, each from data of the writer's own (a
    value cast from the request in `get`, not a constructor's parameter): a helper's call handing them
    on hands on clean data (see taint_helper_calls)."""
    state, writes = analysis._state_at(caller, start, as_helper=True), analysis.facts.shared_writes()
    for node in focus:
        for text in analysis.reads_from_callers(node):
            base = text.split(".")[0].split("[")[0]
            if text == base:  # (the instance itself is the base of its fields, asked below)
                if base not in analysis.g.receivers and is_parameter(state.get(text)):
                    return False
                continue
            if base not in analysis.g.receivers:
                continue
            own = [(other, event) for other, event in writes.get(text, ()) if same_instance(caller, other)]
            if not own or any(analysis.from_outside(other, span(event.value)[0], [event.value]) for other, event in own):
                return False
    return True
