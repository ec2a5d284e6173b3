"""A JavaScript object taken apart in a declaration, for the taint engine: `const { body, params }
= req` binds `body` to what `req.body` reads, `const { query: { q } } = req` binds `q` to
`req.query.q`. Whether such a read is a rule's source is asked of the read itself, spelt out
(`req.body`) and parsed on its own, once per spelling and rule: the parts the server's own
middleware attached (`req.user`, `req.session`) stay clean, as their reads do."""

from __future__ import annotations

_MOST_PARTS = 16  # names bound from one pattern (a larger one is left as it is)
_PATHS = frozenset({"identifier", "member_expression"})  # a value whose parts are spelt out (`req`, `ctx.request`)


def destructured_reads(pattern, value) -> list[tuple[object, str]]:
    """(name node, the read it takes: `req.query.q`) of each name an object pattern binds from
    ``value``, nested patterns followed; none for a value that is not a plain name or member
    (or a pattern that renames through a computed key, or holds more than :data:`_MOST_PARTS`)."""
    if value is None or value.kind() not in _PATHS or len(value.text()) > 80:
        return []
    found: list[tuple[object, str]] = []
    todo = [(pattern, value.text())]
    while todo and len(found) <= _MOST_PARTS:
        node, base = todo.pop()
        for part in node.named_children():
            kind = part.kind()
            if kind == "shorthand_property_identifier_pattern":
                found.append((part, f"{base}.{part.text()}"))
            elif kind == "object_assignment_pattern" and part.field("left") is not None:
                left = part.field("left")
                if left.kind() == "shorthand_property_identifier_pattern":
                    found.append((left, f"{base}.{left.text()}"))
            elif kind == "pair_pattern":
                key, inner = part.field("key"), part.field("value")
                if key is None or inner is None or key.kind() != "property_identifier":
                    continue
                if inner.kind() == "assignment_pattern":
                    inner = inner.field("left")
                if inner is not None and inner.kind() == "identifier":
                    found.append((inner, f"{base}.{key.text()}"))
                elif inner is not None and inner.kind() == "object_pattern":
                    todo.append((inner, f"{base}.{key.text()}"))
    return found if len(found) <= _MOST_PARTS else []


def read_source(read: str, language: str, spec, known: dict) -> tuple[bool, str | None] | None:
    """(True, the source's label) where the spelt-out ``read`` (`req.body`) is one of the rule
    ``spec``'s sources and none of its sanitizers cleans it (`ctx.params.id`: a string, for a
    NoSQL filter), None where it is not; kept in ``known`` by (read, the rule)."""
    key = (read, id(spec))
    if key not in known:
        from ast_grep_py import SgRoot

        root = SgRoot(read, language).root()
        source = next(((True, m.label) for m in spec.sources if root.find(m.config) is not None), None)
        if source is not None and any(root.find(m.config) is not None for m in spec.sanitizers):
            source = None
        known[key] = source
    return known[key]


def outer_key(name_node, parameter) -> str:
    """The part of a parameter's object a name inside its pattern is bound from, as the
    parameter's outermost key: `body` for `name` in `({ body: { name } }, res)`; the name itself
    where no key is written (`({ query }, res)`, a plain parameter)."""
    key, node = name_node.text(), name_node
    while node is not None and node != parameter:
        if node.kind() == "pair_pattern" and node.field("key") is not None:
            key = node.field("key").text()
        node = node.parent()
    return key
