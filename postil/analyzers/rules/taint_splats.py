"""A Python call's `**` splat of a dict the function built just before, for the taint engine's
callers (see taint_arguments): Cloudify's `args = {"url": ..., "application_file_name": ...}`
then `self.upload_manager.receive_uploaded_data(blueprint_id, **args)` hands each pair to the
parameter its key names, as `kwargs={...}` does a queued task's (see taint_dispatch)."""

from __future__ import annotations

import re

_LITERAL_KEY = re.compile(r"""(["'])\w+\1""")  # a key naming a parameter (see taint_callers.argument_key)


def spread(arguments: list) -> list:
    """``arguments`` (a call's argument nodes) with each `**name` splat of a dict literal bound to
    ``name`` just before the call's statement, every key of it a quoted word, replaced by that
    dict's pairs; any other splat stays."""
    if not any(a.kind() == "dictionary_splat" for a in arguments):
        return arguments
    found = []
    for argument in arguments:
        named = next(iter(argument.named_children()), None) if argument.kind() == "dictionary_splat" else None
        built = built_before(argument, named.text()) if named is not None and named.kind() == "identifier" else None
        pairs = [pair for pair in built.named_children() if pair.kind() == "pair"] \
            if built is not None and built.kind() == "dictionary" else []
        if pairs and all(_LITERAL_KEY.fullmatch(pair.field("key").text()) for pair in pairs):
            found += pairs
        else:
            found.append(argument)
    return found


def built_before(node, name: str):
    """The value of the last statement of the block holding ``node``'s statement, before it, that
    assigns ``name`` (`options = {...}` then `job.delay(kwargs=options)`); None: there is none."""
    statement = node
    while statement.parent() is not None and statement.parent().kind() != "block":
        statement = statement.parent()
    sibling = statement.prev()
    while sibling is not None:
        assigned = sibling.child(0) if sibling.kind() == "expression_statement" else None
        if assigned is not None and assigned.kind() == "assignment" and assigned.field("left") is not None \
                and assigned.field("left").text() == name:
            return assigned.field("right")
        sibling = sibling.prev()
    return None
