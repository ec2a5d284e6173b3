"""A rule's questions about the whole file (`inside: {stopBy: end, kind: program, has: ...}`, or
`inside: {stopBy: ..., kind: function_declaration, has: {stopBy: end, ...}}`) answered once a file,
not once a candidate node.

ast-grep asks such a clause at every node the rest of the rule lets through, and each ask walks the
file: a handler of thousands of calls and one keyword the clause's regex wants cost the file's size
times its calls. A long file's configs are searched with each such clause settled first. One to the
root (the same node for every candidate) that names no metavariable is true or false for the whole
file (dropped, or its rule part made to match nothing); one that names them (`has: {field: name,
pattern: $DB}`) is asked with none bound (and without the ``not``s that name them), and where even
that fails the clause holds nowhere (its part matches nothing; else it stays as written). A clause
to an enclosing function is asked of every node of the file once (so relaxed): where none matches,
it holds nowhere. Nothing is asked where the config, its far clauses taken to hold, matches nothing
(see optimistic): a long file most rules find nothing in pays no walk.
"""

from __future__ import annotations

import re

_FAR_KINDS = frozenset({"program", "module"})  # a file's root, in JavaScript/TypeScript and in Python
_NEVER = {"any": []}  # true of no node
_ALWAYS = {"all": []}  # true of every node
_METAVARIABLE = re.compile(r"\$\$?\$?[A-Z_]")
_POSITIVE = frozenset({"pattern", "kind", "regex", "any", "all", "has", "inside", "follows", "precedes", "matches",
                       "nthChild", "not"})
_RELATIONS = ("has", "inside", "follows", "precedes")

_FAR: dict[int, tuple[dict, bool]] = {}  # id(config) -> (config, whether it holds a far clause)
_SETTLED: dict[tuple, tuple[dict, dict]] = {}  # (id(config), verdicts) -> (config, settled config)


def is_far(clause: object) -> bool:
    """Whether an ``inside`` clause asks about the file's root (``stopBy: end`` to a program or module)
    or about an enclosing node's whole body (``stopBy`` past the parent, to a node searched with
    ``has: {stopBy: ...}``)."""
    return isinstance(clause, dict) and (
        clause.get("stopBy") == "end" and clause.get("kind") in _FAR_KINDS
        or clause.get("stopBy") is not None and _searches_down(clause))


def _searches_down(rule: object) -> bool:
    if isinstance(rule, dict):
        return any(isinstance(v, dict) and "stopBy" in v for k, v in rule.items() if k == "has") \
            or any(_searches_down(v) for k, v in rule.items() if k in ("all", "any", "has"))
    if isinstance(rule, list):
        return any(_searches_down(v) for v in rule)
    return False


def _holds_far(value: object) -> bool:
    if isinstance(value, dict):
        return is_far(value.get("inside")) or any(_holds_far(v) for v in value.values())
    if isinstance(value, list):
        return any(_holds_far(v) for v in value)
    return False


def _names_metavariable(value: object, utils: dict, seen: frozenset[str] = frozenset()) -> bool:
    """Whether a rule tree (with the utilities it ``matches``) names a metavariable in a pattern."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "pattern" and isinstance(item, str) and _METAVARIABLE.search(item):
                return True
            if key == "matches" and isinstance(item, str) and item not in seen:
                if _names_metavariable(utils.get(item), utils, seen | {item}):
                    return True
            elif key != "pattern" and _names_metavariable(item, utils, seen):
                return True
        return False
    if isinstance(value, list):
        return any(_names_metavariable(v, utils, seen) for v in value)
    return not isinstance(value, (str, int, float, bool, type(None)))  # (an odd value: as if it named one)


def relaxed_rule(rule: object, utils: dict, made: dict) -> dict | None:
    """``rule`` asked with no metavariable bound: true wherever ``rule`` is, whatever they were bound
    to (a pattern's unbound metavariable matches more, never less), once each ``not`` that names one
    is left out (in the utilities it ``matches`` too: their relaxed forms go into ``made`` under
    names of their own); None when nothing positive is left (true of any node)."""
    if not isinstance(rule, dict):
        return None
    out = {}
    for key, value in rule.items():
        if key in _RELATIONS:
            inner = relaxed_rule(value, utils, made)
            if inner is not None:
                out[key] = inner
        elif key in ("all", "any") and isinstance(value, list):
            items = [relaxed_rule(v, utils, made) for v in value]
            if key == "all" and any(r is not None for r in items):
                out[key] = [r for r in items if r is not None]
            elif key == "any" and items and all(r is not None for r in items):  # (one left out: any node)
                out[key] = items
        elif key == "not":
            if not _names_metavariable(value, utils):
                out[key] = value
        elif key == "matches":
            name = f"{value}--unbound"
            if name not in made and isinstance(value, str) and value in utils:
                made[name] = None  # (a utility that matches itself: as if true of any node)
                made[name] = relaxed_rule(utils[value], utils, made)
            if made.get(name) is not None:
                out[key] = name
        else:  # pattern, kind, regex, field, stopBy, nthChild
            out[key] = value
    return out if _POSITIVE & set(out) else None


def _verdict(root, clause: dict, utils: dict) -> bool | None:
    """True/False: the clause holds / fails for every node of the file; None: it depends on the node.
    Of a clause to the root, the root is asked; of another, whether any node of the file matches it
    (none: it fails everywhere)."""
    exact = not _names_metavariable(clause, utils)
    made: dict = {}
    asked = clause if exact else relaxed_rule(clause, utils, made)
    if asked is None:
        return None
    utils = utils | {k: v for k, v in made.items() if v is not None}
    asked = {k: v for k, v in asked.items() if k != "stopBy"}
    at_root = clause.get("stopBy") == "end" and clause.get("kind") == root.kind()
    try:
        if at_root and not utils:
            holds = root.matches(**asked)
        else:  # (of a clause to the root, only the root is of its kind)
            holds = root.find({"utils": utils, "rule": asked}) is not None if utils else root.find(**asked) is not None
    except BaseException as exc:  # pyo3 panics are BaseException subclasses: left to the search
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return None
    return holds if at_root and exact or not holds else None


def _clauses(value: object, out: list) -> None:
    """The far clauses of a rule tree, in a fixed order (each dict holding one, once)."""
    if isinstance(value, dict):
        if is_far(value.get("inside")):
            out.append(value)
        for item in value.values():
            _clauses(item, out)
    elif isinstance(value, list):
        for item in value:
            _clauses(item, out)


def _rewritten(value: object, verdicts: dict[int, bool]) -> object:
    """A copy of a rule tree with each settled far clause's rule part dropped (true) or made to
    match nothing (false)."""
    if isinstance(value, dict):
        verdict = verdicts.get(id(value))
        if verdict is False:
            return _NEVER
        rest = {k: _rewritten(v, verdicts) for k, v in value.items() if not (verdict and k == "inside")}
        return _ALWAYS if verdict and not rest else rest
    if isinstance(value, list):
        return [_rewritten(v, verdicts) for v in value]
    return value


_BOUND = re.compile(r"\$\$?\$?([A-Z_][A-Z0-9_]*)")


def _rewritten_config(config: dict, verdicts: dict[int, bool]) -> dict:
    """``config`` with its rule and utilities rewritten (see _rewritten), less the constraints on
    metavariables no pattern of theirs binds any more (ast-grep refuses those; a constraint on an
    unbound metavariable holds)."""
    made = dict(config, rule=_rewritten(config["rule"], verdicts))
    if config.get("utils"):
        made["utils"] = {name: _rewritten(rule, verdicts) for name, rule in config["utils"].items()}
    if isinstance(config.get("constraints"), dict):
        bound = set()
        _patterns_bind([made["rule"], made.get("utils")], bound)
        made["constraints"] = {k: v for k, v in config["constraints"].items() if k in bound}
    return made


def _patterns_bind(value: object, out: set) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "pattern" and isinstance(item, str):
                out.update(_BOUND.findall(item))
            else:
                _patterns_bind(item, out)
    elif isinstance(value, list):
        for item in value:
            _patterns_bind(item, out)


def _parities(config: dict) -> dict[int, int] | None:
    """Each far clause's dict (by id) -> 0 where it is asked as written, 1 where under a ``not``
    (an odd number of them); None when a utility holding one is asked both ways."""
    utils = config.get("utils") or {}
    seen: dict[str, set[int]] = {}
    out: dict[int, int] = {}

    def walk(value: object, parity: int) -> None:
        if isinstance(value, dict):
            if is_far(value.get("inside")):
                out.setdefault(id(value), parity)
                if out[id(value)] != parity:
                    out[id(value)] = -1
            for key, item in value.items():
                if key == "matches" and isinstance(item, str) and item in utils:
                    if parity not in seen.setdefault(item, set()):
                        seen[item].add(parity)
                        walk(utils[item], parity)
                elif key != "stopBy":
                    walk(item, parity ^ (key == "not"))
        elif isinstance(value, list):
            for item in value:
                walk(item, parity)

    walk(config.get("rule"), 0)
    return None if -1 in out.values() else out


_OPTIMISTIC: dict[int, tuple[dict, dict | None]] = {}  # id(config) -> (config, its optimistic form)


def optimistic(config: dict) -> dict | None:
    """``config`` with each far clause taken to hold where that lets more nodes match (and to fail
    under a ``not``): it matches wherever ``config`` does, and asks nothing far. A file where it
    matches nothing needs no clause settled. None when a clause is asked both ways, or for none."""
    known = _OPTIMISTIC.get(id(config))
    if known is None or known[0] is not config:
        if len(_OPTIMISTIC) >= 20_000:
            _OPTIMISTIC.clear()
        parities = _parities(config) if _holds_far([config.get("rule"), config.get("utils")]) \
            and "transform" not in config else None
        made = _rewritten_config(config, {k: not p for k, p in parities.items()}) if parities else None
        known = _OPTIMISTIC[id(config)] = (config, made)
    return known[1]


def settled(config: dict, root) -> dict:
    """``config`` with its far clauses answered on ``root`` (a file's program or module node); the
    config itself when it has none or none is settled (cached: the same object for the same answers)."""
    known = _FAR.get(id(config))
    if known is None or known[0] is not config:
        if len(_FAR) >= 20_000:
            _FAR.clear()
        known = _FAR[id(config)] = (config, _holds_far([config.get("rule"), config.get("utils")]))
    if not known[1] or "transform" in config:
        return config
    utils = config.get("utils") or {}
    clauses: list = []
    _clauses([config.get("rule"), utils], clauses)
    answers = tuple(None if d["inside"].get("kind") in _FAR_KINDS and d["inside"]["kind"] != root.kind()
                    else _verdict(root, d["inside"], utils) for d in clauses)
    if all(a is None for a in answers):
        return config
    key = (id(config), answers)
    cached = _SETTLED.get(key)
    if cached is None or cached[0] is not config:
        if len(_SETTLED) >= 20_000:
            _SETTLED.clear()
        cached = _SETTLED[key] = (config, _rewritten_config(
            config, {id(d): a for d, a in zip(clauses, answers) if a is not None}))
    return cached[1]
