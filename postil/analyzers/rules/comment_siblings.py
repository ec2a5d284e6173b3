"""A Python rule's `nthChild` counts the code around a node, not the comments between: the first
argument of `shelve.open(  # the cache\n    path)` is `path`, while ast-grep counts the comment as
the argument list's first child, and every rule asking for `nthChild: 1` of a call's arguments
lost the call (a sweep of the Python rules' invalid cases with a comment after the `(` or the
first `,`: 70 of the 113 rules that lost a case lost it so). Each position is rewritten, as the
rule is built, to count only the siblings that are not comments (ast-grep's `ofRule`)."""

from __future__ import annotations

_NOT_A_COMMENT = {"not": {"kind": "comment"}}
# the languages whose comments sit among a node's children (tree-sitter's extras)
LANGUAGES = frozenset({"python"})


def uncounted_comments(value):
    """``value`` (a rule document's part) with each `nthChild` counting no comment, unless it is a
    comment's own position or already says what it counts."""
    if isinstance(value, list):
        return [uncounted_comments(v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: uncounted_comments(v) for k, v in value.items()}
    position = value.get("nthChild")
    if position is None or value.get("kind") == "comment":
        return out
    if isinstance(position, (int, str)):
        out["nthChild"] = {"position": position, "ofRule": _NOT_A_COMMENT}
    elif isinstance(position, dict) and "ofRule" not in position:
        out["nthChild"] = {**position, "ofRule": _NOT_A_COMMENT}
    return out
