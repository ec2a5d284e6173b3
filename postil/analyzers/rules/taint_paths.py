"""The paths through one function, for the taint engine: its statements walked in order,
the tainted names forked where a branch starts and joined where branches meet.

Taint is a may-property: after an `if`, a `match`, a `try` or a loop a name is tainted if
it is on any path that reaches the join; a reassignment clears only its own path; a path
that returns, raises, aborts, breaks or continues joins where control goes (nowhere, the
loop's end or its head). Loops run to a fixpoint (bounded). A condition the code fixes
(see taint_fold) prunes the branch it never takes. The walk yields, in text order,
(position, tainted names) snapshots: the state just before an offset is the last one at
or before it on the path that holds the offset.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .taint_values import is_parameter, node_span

_IRREFUTABLE = re.compile(r"case\s+(_|[A-Za-z_]\w*)\s*:")
_LOOP_PASSES = 3  # passes over a loop body before its state is taken as not followed
_NESTED_PASSES = 3  # loops nested deeper take one pass each (the work is passes ** depth)


@dataclass(frozen=True)
class PathKinds:
    """The statement kinds of one grammar the walk branches on."""

    blocks: frozenset[str]  # statement sequences (and statements that only hold one)
    branches: str  # `if`
    elses: frozenset[str]  # `elif`/`else` clauses of an `if`
    loops: frozenset[str]  # `for`/`while`: the body may run again or not at all
    tries: str
    matches: str
    ends: frozenset[str]  # return/raise/throw
    continues: str
    breaks: str
    switches: str = ""  # `switch`: cases fall through until a `break`


PYTHON_PATHS = PathKinds(
    blocks=frozenset({"module", "block", "with_statement", "class_definition"}),
    branches="if_statement", elses=frozenset({"elif_clause", "else_clause"}),
    loops=frozenset({"for_statement", "while_statement"}), tries="try_statement", matches="match_statement",
    ends=frozenset({"return_statement", "raise_statement"}), continues="continue_statement", breaks="break_statement")

JAVASCRIPT_PATHS = PathKinds(
    blocks=frozenset({"program", "statement_block", "labeled_statement"}),
    branches="if_statement", elses=frozenset({"else_clause"}),
    loops=frozenset({"for_statement", "for_in_statement", "while_statement", "do_statement"}),
    tries="try_statement", matches="",
    ends=frozenset({"return_statement", "throw_statement"}), continues="continue_statement", breaks="break_statement",
    switches="switch_statement")


span = node_span  # (a node's offsets, kept for the node object: see taint_values)


def verdict_span(sink) -> tuple[int, int]:
    """The offsets a clean verdict on ``sink`` covers: a keyword argument's whole call (`web.Response(`,
    then `text=page, content_type="text/html")` on lines of their own: the pattern rules a taint rule
    supersedes report the call, on its first line)."""
    arguments = sink.parent() if sink.kind() == "keyword_argument" else None
    call = arguments.parent() if arguments is not None and arguments.kind() == "argument_list" else None
    return span(call) if call is not None and call.kind() == "call" else span(sink)


def join(states: list[dict | None]) -> dict | None:
    """The names tainted on any of the paths (None: no path reaches here); a name's origin
    is the first path's that has one, data that entered before a helper's own parameter
    (`if not target: target = default` returns request data whatever the caller passes)."""
    live = [s for s in states if s is not None]
    if not live:
        return None
    out = dict(live[0])
    for state in live[1:]:
        for name, origin in state.items():
            if is_parameter(out.setdefault(name, origin)) and not is_parameter(origin):
                out[name] = origin
    return out


_TABLES: dict[int, tuple[dict, frozenset[str]]] = {}


def _statement_tables(kinds: PathKinds) -> tuple[dict, frozenset[str]]:
    """(kind -> the PathWalk method that walks it, the kinds a block's walk enters), once
    per grammar."""
    if id(kinds) not in _TABLES:
        handlers = {kind: handler for kind, handler in (
            (kinds.branches, PathWalk._branch), *((loop, PathWalk._loop) for loop in kinds.loops),
            (kinds.tries, PathWalk._try), (kinds.matches, PathWalk._match), (kinds.switches, PathWalk._switch)) if kind}
        _TABLES[id(kinds)] = (handlers, frozenset({*kinds.blocks, *handlers, *kinds.ends, kinds.continues, kinds.breaks}))
    return _TABLES[id(kinds)]


@dataclass
class _Loop:
    breaks: list = field(default_factory=list)
    continues: list = field(default_factory=list)


class PathWalk:
    """One scope's walk. ``events`` are sorted by position; ``apply(event, state)`` changes
    ``state`` in place; ``fold(condition)`` is True/False for a condition the code fixes,
    None otherwise; ``aborts`` the start of each `abort(...)` call; ``entered`` a cache the
    file's walks share (see walk); ``cases(subject, case)`` is True/False for a `case` the
    code decides (see _match); ``otherwise`` holds, by an `if`'s span, the events on the path through
    it that takes none of its arms (a check that holds there); ``validated(condition)``
    the names a condition checks with a predicate (see _branch); ``horizon`` the last offset
    whose state is asked (see taint_horizon: the events past it are not applied; None: all)."""

    def __init__(self, kinds: PathKinds, events: list, apply: Callable, fold: Callable,
                 otherwise: dict | None = None, validated: Callable | None = None,
                 aborts: frozenset[int] = frozenset(), entered: dict | None = None,
                 cases: Callable | None = None, horizon: int | None = None) -> None:
        self.kinds = kinds
        self.horizon = horizon
        self.cases = cases
        self.entered = {} if entered is None else entered  # (span, kind) -> a block's statements walked, an if's arms
        self.aborts = aborts  # where statements that are a call to `abort` start
        self.handlers, self.branching = _statement_tables(kinds)
        self.validated = validated
        self.otherwise = otherwise or {}
        self.events = events
        self.apply = apply
        self.fold = fold
        self.cursor = 0
        self.snapshots: list[tuple[int, dict]] = []
        self.followed = True  # False: a loop did not settle within its bound
        self.loops: list[_Loop] = []

    def run(self, body, state: dict) -> list[tuple[int, dict]]:
        self.snapshots.append((-1, state))
        try:
            end = self.walk(body, dict(state)) if body is not None else dict(state)  # (the start's state kept)
        except RecursionError:  # statements nested past Python's stack: one path, in text order
            self.followed, self.cursor, self.snapshots[1:], self.loops = False, 0, [], []
            end = dict(state)
        self.until(10**12, end if end is not None else {})
        return self.snapshots

    # -- events
    def until(self, position: int, state: dict | None) -> None:
        """Apply the events up to ``position`` to ``state`` (None: a dead path, skip them)."""
        while self.cursor < len(self.events) and self.events[self.cursor].position <= position:
            event = self.events[self.cursor]
            if state is not None and (self.horizon is None or event.position <= self.horizon):
                self.apply(event, state)
                self.snapshots.append((event.position, dict(state)))
            self.cursor += 1

    def mark(self, position: int, state: dict | None) -> None:
        self.snapshots.append((position, dict(state) if state is not None else {}))

    # -- statements
    def walk(self, node, state: dict | None) -> dict | None:
        """The state after ``node`` on the paths that go on past it (None: none do)."""
        start, end = span(node)
        if state is None:
            self.until(end, None)
            return None
        kind, k = node.kind(), self.kinds
        self.until(start - 1, state)  # the statements before it that were not walked
        if kind in k.blocks:
            children = self.entered.get((start, end, kind))  # a block and its one statement share a span
            if children is None:  # the others are applied by the next `until`
                children = self.entered[start, end, kind] = [
                    c for c in node.named_children()
                    if c.kind() in self.branching or (self.aborts and span(c)[0] in self.aborts)]
            for child in children:
                state = self.walk(child, state)
            self.until(end, state)
            return state
        handler = self.handlers.get(kind)
        if handler is not None:
            return handler(self, node, state)
        self.until(end, state)
        if kind in k.ends or start in self.aborts:
            return None
        if kind in (k.continues, k.breaks) and self.loops:
            (self.loops[-1].continues if kind == k.continues else self.loops[-1].breaks).append(state)
            return None
        return state

    def _body(self, node):
        """A clause's statements: its `consequence`/`body` field, else its last named child."""
        return node.field("consequence") or node.field("body") or (node.named_children() or [None])[-1]

    def _joined(self, node, ends: list[dict | None]) -> dict | None:
        """The state after a branching statement: its paths' ``ends`` joined."""
        after = join(ends)
        self.until(span(node)[1], after)
        self.mark(span(node)[1], after)
        return after

    def _enter(self, body, state: dict) -> dict | None:
        """An arm's body on its own path: the events before it (an `else`'s guard, an
        `except`'s name, a case's pattern) on that path, then its statements."""
        self.until(span(body)[0] - 1, state)
        self.mark(span(body)[0], state)
        return self.walk(body, state)

    def _arms(self, node) -> list[tuple[object, object]]:
        """(condition, body) of each arm of an `if` (condition None: the `else`), listed once
        per file for all the rules' walks."""
        key = (*span(node), node.kind())
        if key not in self.entered:
            self.entered[key] = [(node.field("condition"), node.field("consequence"))] + [
                (c.field("condition"), self._body(c)) for c in node.children() if c.kind() in self.kinds.elses]
        return self.entered[key]

    def _branch(self, node, state: dict) -> dict | None:
        """`if`/`elif`/`else`: each live arm from the state its condition leaves; with no
        `else`, the path that takes no arm joins too. A lone `if` that replaces a value its
        condition checks with a predicate (`if not u.startswith("/"): u = "/"`) leaves it
        clean on that path: the code accepts it as it is where the check passed (an
        emptiness check, `if not u: u = ""`, is no predicate)."""
        arms = self._arms(node)
        ends, taken = [], False
        for condition, body in arms:
            if condition is not None:
                self.until(span(condition)[1], state)
            verdict = None if condition is None else self.fold(condition)
            if taken or verdict is False or body is None:
                if body is not None:
                    self.mark(span(body)[0], None)  # a dead arm: nothing in it is tainted
                    self.until(span(body)[1], None)
                continue
            ends.append(self._enter(body, dict(state)))
            if condition is None or verdict is True:
                taken = True  # an `else`, or a condition that always holds: no later arm runs
        if not taken:
            for event in self.otherwise.get(span(node), ()):
                self.apply(event, state)
            replaced = [n for n in state if ends and all(e is not None and n not in e for e in ends)]
            if replaced and len(arms) == 1 and self.validated is not None:
                for name in self.validated(arms[0][0]) & set(replaced):
                    del state[name]
            ends.append(state)
        return self._joined(node, ends)

    def _loop(self, node, state: dict) -> dict | None:
        """A loop's body from the state at its head (entry joined with what each pass and
        each `continue` leaves), until that stops changing; after it: the head (the
        condition fails or the items run out) and every `break`."""
        body = node.field("body")
        if body is None:
            self.until(span(node)[1], state)
            return state
        self.until(span(body)[0] - 1, state)  # the iterable, the condition, the target
        start, mark = self.cursor, len(self.snapshots)
        head = dict(state)
        for _ in range(_LOOP_PASSES if len(self.loops) < _NESTED_PASSES else 1):
            self.cursor, self.snapshots[mark:] = start, []
            loop = _Loop()
            self.loops.append(loop)
            self.mark(span(body)[0], head)
            end = self.walk(body, dict(head))
            self.loops.pop()
            again = join([head, end, *loop.continues])
            if again.keys() == head.keys():
                break
            head = again
        else:
            self.followed = False
        condition = node.field("condition")
        exits = [] if condition is not None and self.fold(condition) is True else [head]
        otherwise = next((c for c in node.children() if c.kind() in self.kinds.elses), None)
        if otherwise is not None and exits:
            exits = [self.walk(self._body(otherwise), dict(head))]
        return self._joined(node, exits + loop.breaks)

    def _try(self, node, state: dict) -> dict | None:
        """A `try` body may stop after any statement: the handlers start from every state it
        passes through; `else` follows the body; `finally` from every arm's end."""
        body = node.field("body")
        seen, current = [state], dict(state)
        for statement in body.named_children() if body is not None else ():
            current = self.walk(statement, current)
            seen.append(dict(current) if current is not None else None)
        entry = join(seen)
        ends = [current]
        for clause in node.children():
            kind = clause.kind()
            if kind in ("except_clause", "except_group_clause", "catch_clause"):
                ends.append(self._enter(self._body(clause), dict(entry)))  # after `except E as e`, `catch (e)`
            elif kind == "else_clause":
                ends[0] = self.walk(self._body(clause), ends[0]) if ends[0] is not None else None
            elif kind == "finally_clause":
                after = join(ends)
                inner = self._body(clause)
                self.mark(span(inner)[0], after if after is not None else entry)
                finished = self.walk(inner, dict(after if after is not None else entry))
                ends = [finished] if after is not None else [None]
        return self._joined(node, ends)

    def _match(self, node, state: dict) -> dict | None:
        """`match`: each case from the subject's state; with no irrefutable case (`case _:`)
        the path that matches none joins too. A case the code decides (`match "ABC"[1]:`,
        `case "A":`) is dead when it never matches, and the cases after it when it does."""
        body = node.field("body")
        subject = node.field("subject")
        if subject is not None:
            self.until(span(subject)[1], state)
        ends, total = [], False
        for case in body.named_children() if body is not None else ():
            if case.kind() != "case_clause":
                continue
            inner = self._body(case)
            verdict = self.cases(subject, case) if subject is not None and self.cases is not None else None
            if total or verdict is False:
                self.mark(span(inner)[0], None)  # a dead case: nothing in it is tainted
                self.until(span(inner)[1], None)
                continue
            ends.append(self._enter(inner, dict(state)))  # after its patterns and guard
            total = verdict is True or _IRREFUTABLE.match(case.text()) is not None
        if not total:
            ends.append(state)
        return self._joined(node, ends)

    def _switch(self, node, state: dict) -> dict | None:
        """`switch`: each case from the subject's state joined with the case above it when
        that one falls through; after it: every `break`, the last case's end and, with no
        `default`, the path that matches no case. Where the code fixes the subject and every
        case's value (`switch ('ABC'.charAt(1))`), only the case it picks (else `default`) is
        entered; the others are reached only by falling through."""
        subject, body = node.field("value"), node.field("body")
        if subject is not None:
            self.until(span(subject)[1], state)
        cases = [c for c in (body.named_children() if body is not None else ())
                 if c.kind() in ("switch_case", "switch_default")]
        picked = self._picked(subject, cases)
        self.loops.append(_Loop())  # a `break` leaves the switch
        falling = None
        for index, case in enumerate(cases):
            value = case.field("value")
            if value is not None:
                self.until(span(value)[1], state)
            falling = join([state if picked is None or picked == index else None, falling])
            statements = [c for c in case.named_children() if value is None or span(c) != span(value)]
            if statements:
                self.mark(span(statements[0])[0], falling)
            for statement in statements:
                falling = self.walk(statement, falling)
        switch = self.loops.pop()
        if self.loops:  # a `continue` in a case goes on with the loop around the switch
            self.loops[-1].continues.extend(switch.continues)
        total = picked is not None and picked < len(cases) or any(c.kind() == "switch_default" for c in cases)
        return self._joined(node, [*switch.breaks, falling] + ([] if total else [state]))

    def _picked(self, subject, cases: list) -> int | None:
        """The index of the case a switch the code decides enters (len(cases): none), None
        where any case's match is unknown."""
        if subject is None or self.cases is None or not any(c.kind() == "switch_case" for c in cases):
            return None
        verdicts = [self.cases(subject, c) if c.kind() == "switch_case" else None for c in cases]
        if any(v is None for v, c in zip(verdicts, cases, strict=True) if c.kind() == "switch_case"):
            return None
        defaults = [i for i, c in enumerate(cases) if c.kind() == "switch_default"]
        return next((i for i, v in enumerate(verdicts) if v), defaults[0] if defaults else len(cases))
