"""Rules that ask what becomes of a name an open() binds across its scope (a file never closed in
its function; opened again before it is closed), checked by one hash join of the opens with the
releases of their names instead of ast-grep's walk of the scope from each open.

Written in ast-grep's YAML, such a rule matches an open and walks its whole function or module
(``inside: {stopBy: end, not: {has: {stopBy: end, ...}}}``) or every earlier sibling (``follows``,
``stopBy: end``) for a release of the same name: n² steps for n opens in one scope (20,000 opens in
a generated module: past the time limit per file). A rule naming ``metadata.scoped``
(``scoped: {join: JOIN, name: F, opened: UTIL, released: UTIL}``, its rule ``all: [{matches:
OPENED}, ...]``) keeps that YAML for ast-grep's CLI and ``ast-grep test``; postil searches its
``opened`` util and, where that found something, its ``released`` util with the name unbound, and
joins the two on the name's text (equal names have equal texts: an identifier, ``self.out``):

- ``unreleased``: an open is a match unless its scope, the innermost function_definition around
  it (else the module), holds a release of its name anywhere;
- ``reopened``: an open is a match where, among its earlier siblings, the last that holds a release
  of its name or opens it opens it (the open that drops a file still open under that name). (The
  YAML's ``stopBy`` cannot compare names: walking back it stops at the previous open of any name, so
  ``fh = open(a); fh.close(); g = open(b); fh = open(c)`` is a match there and not here; a bulk
  scan's ast-grep says the YAML's answer.)

The rule's own tests check both (``ast-grep test`` runs the YAML, ``postil rules test`` this).
"""

from __future__ import annotations

from collections.abc import Callable

JOINS = ("unreleased", "reopened")


# How a scoped rule's opens are joined with the releases of their names (see module doc): (the join,
# one of JOINS; the metavariable both utils bind to the name; the config searched for the releases,
# the name unbound). Plain data: built-in rules are kept built (builtin_packs).
ScopedJoin = tuple[str, str, dict]


def split_rule(rule: object, metadata: dict, utils: object) -> tuple[dict, ScopedJoin] | str | None:
    """(the rule searched instead of ``rule``, how its matches are joined) for a rule whose
    ``metadata`` names ``scoped``; None for any other rule; a problem (str) when it is not as the
    module doc says."""
    scoped = metadata.get("scoped")
    if scoped is None:
        return None
    if not isinstance(scoped, dict) or scoped.get("join") not in JOINS:
        return f"`metadata.scoped` must be a mapping with `join` one of {', '.join(JOINS)}"
    name, opened, released = scoped.get("name"), scoped.get("opened"), scoped.get("released")
    if not isinstance(name, str) or not name.isidentifier() or not name.isupper():
        return "`metadata.scoped.name` must name a metavariable (`name: F`)"
    if not isinstance(utils, dict) or opened not in utils or released not in utils:
        return "`metadata.scoped.opened` and `released` must name utils of the rule"
    parts = rule.get("all") if isinstance(rule, dict) else None
    if set(rule) != {"all"} or not isinstance(parts, list) or parts[:1] != [{"matches": opened}]:
        return "`metadata.scoped` needs a rule `all: [{matches: OPENED}, ...]`"
    return {"matches": opened}, (scoped["join"], name, {"rule": {"matches": released}, "utils": utils})


def written_config(config: dict, document: dict) -> dict:
    """A scoped rule's searched ``config`` with its rule as written (what it asks around the open)."""
    return {**config, "rule": document["rule"]}


def _key(node) -> tuple[int, int, str]:
    rng = node.range()
    return rng.start.index, rng.end.index, node.kind()


def _names(matches: list, name: str) -> list[tuple[object, str]]:
    """(match, the text bound to ``name``) for each match that binds it."""
    return [(m, bound.text()) for m in matches if (bound := m.get_match(name)) is not None]


def _scope(node) -> tuple[int, int, str] | None:
    """The innermost function_definition around ``node``, else its module (None: the root is no module)."""
    root = node
    for ancestor in node.ancestors():
        if ancestor.kind() == "function_definition":
            return _key(ancestor)
        root = ancestor
    return _key(root) if root.kind() == "module" else None


def _unreleased(opens: list[tuple[object, str]], releases: list[tuple[object, str]]) -> list:
    released = set()
    for release, text in releases:
        for ancestor in release.ancestors():
            if ancestor.kind() in ("function_definition", "module"):
                released.add((_key(ancestor), text))
    return [m for m, text in opens if (scope := _scope(m)) is not None and (scope, text) not in released]


def _reopened(opens: list[tuple[object, str]], releases: list[tuple[object, str]]) -> list:
    held: dict[tuple, set[str]] = {}  # a node -> the names released below it
    for release, text in releases:
        for ancestor in release.ancestors():
            held.setdefault(_key(ancestor), set()).add(text)
    opened = {_key(m): (m, text) for m, text in opens}
    blocks = {_key(parent): parent for m, _ in opens if (parent := m.parent()) is not None}
    out = []
    for block in blocks.values():
        pending: dict[str, object] = {}  # a name -> its open still unreleased among the siblings so far
        for sibling in block.children():
            key = _key(sibling)
            for text in held.get(key, ()):
                pending.pop(text, None)
            if key in opened:
                match, text = opened[key]
                if text in pending:
                    out.append(match)
                pending[text] = match
    return sorted(out, key=lambda m: m.range().start.index)


def scoped_matches(opens: list, scoped: ScopedJoin, find: Callable[[dict], list]) -> list:
    """Of a scoped rule's opens (its searched config's matches), those the join keeps; ``find``
    searches the releases (only where there is an open)."""
    if not opens:
        return []
    join, name, released = scoped
    return (_unreleased if join == "unreleased" else _reopened)(_names(opens, name), _names(find(released), name))
