"""A rule's costly question bound to a name, turned away early where the name is not in the file's
answer: `$SEND(ctx, $P)` asked `inside: {stopBy: end, kind: program, has: {stopBy: end, kind:
variable_declarator, has: {field: name, pattern: $SEND}, ...}}` walks the file at every call its
other parts let through (`helper(ctx, 1)` x 4,000: 17.8 s of CPU), as does a key's name asked in
the calls of its file or function (`jwt-hardcoded-secret`).

Where an ``all`` binds a metavariable at a leaf node (`{field: function, kind: identifier, pattern:
$SEND}`) before an ``inside`` that searches down (a ``has`` with ``stopBy``) for nodes whose match
needs the metavariable's node somewhere below them, the subject of that search is found once a
file, relaxed (no metavariable bound, see far_clauses), and the binding leaf is given a ``regex``
of the names those subjects hold: a leaf's name equals a node below a subject only if the
subject's text holds it as a word. A name with other characters than ASCII letters, digits, `_`
and `$` is let through, so no match is lost; ast-grep checks the regex at the leaf, before the walk.
"""

from __future__ import annotations

import re

from postil.analyzers.rules.far_clauses import relaxed_rule

_LEAF_KINDS = frozenset({"identifier", "property_identifier", "shorthand_property_identifier",
                         "shorthand_property_identifier_pattern", "private_property_identifier",
                         "type_identifier", "statement_identifier"})  # one token each
_WORD = re.compile(r"[A-Za-z0-9_$]+")  # (linear: one class, no nesting)
_ONE_METAVARIABLE = re.compile(r"\$([A-Z_][A-Z0-9_]*)")
_NAMED = re.compile(r"\$\$?\$?([A-Z_][A-Z0-9_]*)")
_SUBJECT_TEXT = 4 << 20  # characters of subjects read at most (past them: nothing narrowed)
_NAMES = 20_000  # names in one regex at most (past them: nothing narrowed)
# characters of one regex at most (past them: nothing narrowed): ast-grep's regex engine refuses a
# compiled program over 10 MB, and 6,000 distinct 40-letter names (~250 KB written) reach it, so the
# rule would fail where it should only have gone unnarrowed
_REGEX_CHARS = 64 << 10

_PLANS: dict[int, tuple[dict, list]] = {}  # id(config) -> (config, its narrowings: see _plan)


def narrowed(config: dict, root) -> dict:
    """``config`` with each such binding leaf narrowed to the names ``root``'s subjects hold; the
    config itself where there is none."""
    known = _PLANS.get(id(config))
    if known is None or known[0] is not config:
        if len(_PLANS) >= 20_000:
            _PLANS.clear()
        plan: list = []
        if "transform" not in config:
            for tree in [config.get("rule"), *(config.get("utils") or {}).values()]:
                _plan(tree, plan)
        known = _PLANS[id(config)] = (config, plan)
    if not known[1]:
        return config
    utils = config.get("utils") or {}
    regexes: dict[int, str] = {}
    asked: dict[int, str | None] = {}  # id(subject) -> its regex (one search a subject)
    for leaf, subject, _ in known[1]:
        if id(subject) not in asked:
            asked[id(subject)] = _names_regex(root, subject, utils)
        regex = asked[id(subject)]
        if regex is not None:
            regexes[id(leaf)] = regex if id(leaf) not in regexes else f"(?:{regexes[id(leaf)]})|(?:{regex})"
    if not regexes:
        return config
    made = dict(config, rule=_with_regexes(config["rule"], regexes))
    if utils:
        made["utils"] = {k: _with_regexes(v, regexes) for k, v in utils.items()}
    return made


def _plan(value: object, out: list) -> None:
    """(binding leaf, searched subject, metavariable) for each ``all`` of a rule tree that binds
    the metavariable at a leaf before an ``inside`` whose downward search needs it."""
    if isinstance(value, dict):
        items = value.get("all")
        if isinstance(items, list):
            for i, item in enumerate(items):
                clause = item.get("inside") if isinstance(item, dict) else None
                for subject in _subjects(clause):
                    for leaf, name in _leaves([it for it in items[:i] if isinstance(it, dict)]):
                        if _needs(subject, name):
                            out.append((leaf, subject, name))
        for item in value.values():
            _plan(item, out)
    elif isinstance(value, list):
        for item in value:
            _plan(item, out)


def _subjects(clause: object):
    """The subjects an ``inside`` searches down for: each ``has`` with a ``stopBy`` met going up
    its ``inside``s and ``all``s."""
    if not isinstance(clause, dict):
        return
    has = clause.get("has")
    if isinstance(has, dict) and "stopBy" in has:
        yield has
    yield from _subjects(clause.get("inside"))
    if isinstance(clause.get("all"), list):
        for item in clause["all"]:
            yield from _subjects(item)


def _leaves(items: list[dict]):
    """(leaf rule, metavariable) where an item surely binds one at a single node of a leaf kind:
    the item itself, or reached through ``has`` to one child (``field`` or ``nthChild``) and ``all``."""
    for item in items:
        kind, pattern = item.get("kind"), item.get("pattern")
        if kind in _LEAF_KINDS and isinstance(pattern, str) and "regex" not in item:
            bound = _ONE_METAVARIABLE.fullmatch(pattern.strip())
            if bound:
                yield item, bound.group(1)
        has = item.get("has")
        if isinstance(has, dict) and "stopBy" not in has and ("field" in has or "nthChild" in has):
            yield from _leaves([has])
        if isinstance(item.get("all"), list):
            yield from _leaves([it for it in item["all"] if isinstance(it, dict)])


def _needs(rule: object, name: str) -> bool:
    """Whether every node matching ``rule`` has the metavariable's match at or below it (a pattern
    naming it, reached without ``not``, ``any`` of which one branch lacks it, or a relation upward
    or sideways)."""
    if not isinstance(rule, dict):
        return False
    pattern = rule.get("pattern")
    if isinstance(pattern, str) and name in _NAMED.findall(pattern):
        return True
    if _needs(rule.get("has"), name):
        return True
    if isinstance(rule.get("all"), list) and any(_needs(r, name) for r in rule["all"]):
        return True
    if isinstance(rule.get("any"), list) and rule["any"] and all(_needs(r, name) for r in rule["any"]):
        return True
    return False


def _names_regex(root, subject: dict, utils: dict) -> str | None:
    """A regex true of a leaf text the subjects in ``root`` may hold below them: the words of their
    texts, or any text of other characters; None when they are too many to narrow by."""
    made: dict = {}
    asked = relaxed_rule(subject, utils, made)
    if asked is None:
        return None
    asked = {k: v for k, v in asked.items() if k not in ("stopBy", "field")}
    utils = utils | {k: v for k, v in made.items() if v is not None}
    try:
        found = root.find_all({"utils": utils, "rule": asked} if utils else {"rule": asked})
    except BaseException as exc:  # pyo3 panics are BaseException subclasses: left to the search
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return None
    words: set[str] = set()
    read = 0
    for node in found:
        text = node.text()
        read += len(text)
        if read > _SUBJECT_TEXT:
            return None
        words.update(_WORD.findall(text))
        if len(words) > _NAMES:
            return None
    if sum(len(w) + 1 for w in words) > _REGEX_CHARS:
        return None
    return "^(?:" + "|".join(w.replace("$", r"\$") for w in sorted(words)) + r")$|[^A-Za-z0-9_$]"


def _with_regexes(value: object, regexes: dict[int, str]) -> object:
    """A copy of a rule tree with each leaf named in ``regexes`` given its regex."""
    if isinstance(value, dict):
        made = {k: _with_regexes(v, regexes) for k, v in value.items()}
        if id(value) in regexes:
            made["regex"] = regexes[id(value)]
        return made
    if isinstance(value, list):
        return [_with_regexes(v, regexes) for v in value]
    return value
