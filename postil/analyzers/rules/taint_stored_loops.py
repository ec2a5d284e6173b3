"""Rows a file reads under a loop's name over a query of their model (`for m in Feed.objects.filter(ids)`,
`for row in session.query(Bookmark).limit(n)`), for taint_stored_fields: the name is a row of that model
inside the loop alone, not in another function that spells a name the same (`for m in feeds`, a list it
was handed; `for m in Mirror.objects.all()`, another model's rows)."""

from __future__ import annotations

import re

# the model a query names (`Feed.objects.`, `session.query(Bookmark)`, `Bookmark.query.`)
_QUERIED = re.compile(r"(?:\w+\.)?([A-Z]\w*)\.objects\.|(?:query|session\.get)\([ \t]*(?:\w+\.)?([A-Z]\w*)\b|"
                      r"(?:\w+\.)?([A-Z]\w*)\.query\.")
_LONGEST = 400  # characters of a loop's iterable searched for its model


def looped_model(node, name: str) -> str | None:
    """The model of the query the innermost loop around ``node`` binding ``name`` iterates (None: no such
    loop, or one over no query of a model)."""
    for parent in node.ancestors():
        if parent.kind() in ("function_definition", "class_definition", "module"):
            return None
        if parent.kind() != "for_statement":
            continue
        left, right = parent.field("left"), parent.field("right")
        if left is None or right is None or left.text() != name:
            continue
        found = _QUERIED.search(right.text()[:_LONGEST])
        return next((model for model in found.groups() if model), None) if found is not None else None
    return None
