"""What the rules that look beyond a unit (unit_scope.looks_beyond_unit) found in a document
checked by units (rules/incremental.py), kept between its checks. After an edit, a rule's findings
outside the changed parts stay, moved with their parts, where what it may see of the changed parts
cannot have changed (beyond_reach.py); the changed parts' nodes are searched again in the document's
tree (with the parts next to them, for a rule asking about siblings), where a match sees the whole
document as a search of the whole text would. The other rules, and every rule after an edit of the
module code, run on the whole text, as they did on every check before.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field

from postil.analyzers.findings import Finding
from postil.analyzers.rules.beyond_reach import Edit, reach
from postil.analyzers.rules.literal_prefilter import requirement_literals, requirement_met
from postil.analyzers.rules.search import SharedSearch
from postil.analyzers.rules.unit_moves import Where
from postil.core.userregex import Program, as_ast_grep_reads
from postil.analyzers.rules.unit_scope import may_match_comment


@dataclass
class KeptBeyond:
    """The last check's findings of the rules that look beyond a unit, and its parts."""

    parts: list | None = None
    nodes: list = field(default_factory=list)  # each part's node (in the last check's tree)
    root: object = None  # the last check's module node
    findings: list[Finding] = field(default_factory=list)
    mode: tuple | None = None  # (fixes made, rules run, the rule set)
    unplaced: frozenset[str] = frozenset()  # rules with a finding not inside one part
    regexes: dict[str, bool] = field(default_factory=dict)  # whether the module's text matches each, asked
    matched: dict[tuple, list] = field(default_factory=dict)  # (config, a changed part's start and text) -> matches
    searched: int = 0  # the rules the last check searched the whole text for (counted by tests)

    def found(self, check, parts: list, nodes: list, mode: tuple, judged: set, broken: bool) -> list[Finding]:
        """What the rules ``check.beyond`` find in ``check.text`` (``parts``, ``nodes``: its
        parts and their nodes; ``broken``: it holds a syntax error, nothing is kept)."""
        ids = check.beyond
        mode = (*mode, id(check.ruleset), frozenset(ids))
        answers: dict[str, bool] = {}  # (the module's text's, to the regexes asked of it)
        if check.searched_whole is not None or not ids or broken or self.parts is None or self.mode != mode:
            found, self.searched, self.matched = check.beyond_units(judged), len(ids), {}
        else:
            found = self._again(check, parts, nodes, judged, answers)
        self.parts, self.nodes, self.root, self.mode = (None if broken else parts), nodes, check.root, mode
        self.findings, self.unplaced, self.regexes = found, _unplaced(parts, found), answers
        return found

    def _again(self, check, parts: list, nodes: list, judged: set, answers: dict[str, bool]) -> list[Finding]:
        old = self.parts
        where = Where(old, parts)
        opcodes = where.matcher.get_opcodes()
        gone, added, shifted = set(), set(), False
        for tag, i1, i2, j1, j2 in opcodes:
            if tag != "equal":
                gone.update(range(i1, i2))
                added.update(range(j1, j2))
                shifted = shifted or i2 - i1 != j2 - j1
        changed = [old[i] for i in gone] + [parts[j] for j in added]
        heads = {p.head for p in changed}  # (None: top-level parts; else the head of the class they are members of)
        near = _next_to(parts, added, opcodes, next(iter(heads)) if len(heads) == 1 else None)
        # (the module code changed, or members of a class and other parts: every rule on the whole text)
        if any(not p.unit and not p.comment for p in changed) or len(heads) > 1 or _shares_a_line(old, gone) \
                or _shares_a_line(parts, added | near):
            self.searched = len(check.beyond)
            return check.run(check.text, check.beyond, judged, check.root)
        before, after = [(old[i], self.nodes[i]) for i in sorted(gone)], [(parts[j], nodes[j]) for j in sorted(added)]
        edit = Edit(shifted, frozenset(n.kind() for _, n in before + after),
                    frozenset(kind for _, n in before + after for kind in _around(n)))
        texts = "\0".join(p.text for p in changed)
        kept, siblings, whole = set(), set(), set()
        held = _Held(texts, (before, after), (self.root, self.regexes), (check.root, answers))
        held.known, self.matched = self.matched, held.matched
        # (a rule whose words the new text lacks finds nothing there: left to the search of the whole text,
        # which leaves it out before compiling it, not asked what the changed parts hold)
        words = check.ruleset.met(check.language, check.literals)
        lacking = {rule.id for rule in check.beyond_rules if id(rule) not in words}
        reaches = {rule.id: reach(rule, edit) if rule.id not in self.unplaced | lacking else None
                   for rule in check.beyond_rules}
        held.search(r for r in reaches.values() if r is not None)
        for rule in check.beyond_rules:
            known = reaches[rule.id]
            if known is None or held.any(known):
                whole.add(rule.id)
            else:
                kept.add(rule.id)
                if known.siblings:
                    siblings.add(rule.id)
        found = check.run(check.text, whole, judged, check.root, few=True) if whole else []
        self.searched = len(whole - lacking)
        if not kept:
            return found
        comments = {r.id for r in check.beyond_rules if r.id in kept and may_match_comment(r)}
        groups = [(first, last, (comments if all(parts[j].comment for j in members) else kept)
                   if any(j in added for j in members) else siblings)
                  for first, last, members in _groups(parts, added | (near if siblings else set()))]
        again = {(rule, line) for first, last, rules in groups for rule in rules
                 for line in range(parts[first].line, parts[last].end_line + 1)}
        found += self._moved(where, old, kept, gone, again)
        for first, last, rules in groups:
            if rules:
                found += check.run(check.text, rules, set(), nodes[first],
                                   within=check.within(check.text[parts[first].start:parts[last].end], rules,
                                                       lambda: check.code(range(first, last + 1)), nodes[first]))
        return found

    def _moved(self, where: Where, old: list, kept: set[str], gone: set[int],
               again: set[tuple[str, int]]) -> list[Finding]:
        """The last check's findings of the ``kept`` rules outside the changed parts, where their
        parts are now (``where``; but on the lines where the rule searches ``again``: (rule id,
        line))."""
        starts = [p.line for p in old]
        out = []
        for f in self.findings:
            if f.rule not in kept or bisect.bisect_right(starts, f.span.start_line) - 1 in gone:
                continue
            moved = where.finding(f)
            if moved is not None and (f.rule, moved.span.start_line) not in again:
                out.append(moved)
        return out


class _Held:
    """What the changed parts hold, asked once for all the rules (see beyond_reach.Reach)."""

    def __init__(self, texts: str, nodes: tuple[list, list], before: tuple, after: tuple) -> None:
        self.texts, self.nodes = texts, nodes  # (the changed parts and their nodes, before the edit and after)
        # (what the last check found in its changed parts, by config and part: this one's before;
        # what this one finds in its own)
        self.known: dict[tuple, list] = {}
        self.matched: dict[tuple, list] = {}
        # (the last check's module node and this one's, with their answers to the regexes asked)
        (self.before, self.answered), (self.after, self.answers) = before, after
        self._met: dict[int, tuple[object, bool]] = {}
        self._found: dict[str, bool] = {}

    def any(self, reach) -> bool:
        """Whether the changed parts hold what ``reach`` says they must not."""
        return any(map(self._meets, reach.unmet)) or any(map(self._moves, reach.regexes)) \
            or any(self._found[c] for c, _, _, _ in reach.absent)

    def search(self, reaches) -> None:
        """Have the changed parts' nodes searched for every config of ``reaches``'s ``absent`` at
        once, one traversal a node (ast-grep compiles a rule on every search): found, where a
        config asks only below its node, when its matches' texts differ before and after the
        edit; else when it has one in either."""
        configs = {c: (json.loads(c), only_below, comment, names) for r in reaches
                   for c, only_below, comment, names in r.absent if c not in self._found}
        if not configs:
            return
        ascii_text = self.texts.isascii()
        every = [c for c, _, _, _ in configs.values()]
        for_comments = [c for c, _, comment, _ in configs.values() if comment]
        sides = []
        for side, keep in zip(self.nodes, (None, self.matched)):
            found: dict[str, list] = {key: [] for key in configs}
            for part, node in side:
                comment = node.kind() == "comment"
                known = [self.known.get((key, part.start, part.text)) for key in configs] if keep is None else [None]
                if None not in known:
                    for key, matches in zip(configs, known):
                        found[key] += matches
                    continue
                search = SharedSearch(node, "python", ascii_text, for_comments if comment else every)
                for key, (config, _, may_be_comment, names) in configs.items():
                    matches = [_decided(m, names) for m in search.find(config)] if may_be_comment or not comment else []
                    found[key] += matches
                    if keep is not None:
                        keep[(key, part.start, part.text)] = matches
            sides.append(found)
        for key, (_, only_below, _, names) in configs.items():
            before, after = sides[0][key], sides[1][key]
            if names is not None:  # (whether one matches with the values bound: the same set of values)
                before, after = set(before), set(after)
            self._found[key] = before != after if only_below else bool(before or after)

    def _meets(self, requirement) -> bool:
        known = self._met.get(id(requirement))  # (a rule's requirements are kept with its reach: see reach)
        if known is None or known[0] is not requirement:
            known = self._met[id(requirement)] = (requirement, requirement_met(
                requirement, {w for w in requirement_literals(requirement) if w in self.texts}))
        return known[1]

    def _moves(self, regex: str) -> bool:
        if regex not in self.answers:
            if regex not in self.answered:
                self.answered[regex] = _matches(self.before, regex)
            self.answers[regex] = _matches(self.after, regex)
        return self.answers[regex] != self.answered[regex]


_PROGRAMS: dict[tuple[str, bool], Program | None] = {}


def _matches(node, regex: str) -> bool:
    """Whether ``node``'s text matches ``regex`` as ast-grep reads a rule's ``regex``: with RE2 where it
    reads it alike (ast-grep compiles it again on every question, ~0.3 ms for the module's text)."""
    text = node.text()
    key = (regex, text.isascii())
    if key not in _PROGRAMS:
        if len(_PROGRAMS) > 1024:
            _PROGRAMS.clear()
        _PROGRAMS[key] = as_ast_grep_reads(regex, key[1])
    program = _PROGRAMS[key]
    return node.matches(regex=regex) if program is None else program.found(text)


def _decided(match, names: tuple[str, ...] | None) -> tuple:
    """What decides whether a match found with its metavariables free matches with them bound: the
    values of ``names`` (see beyond_reach._field_bindings), else its node's kind and text."""
    if names is None:
        return match.kind(), match.text()
    return tuple(bound.text() if (bound := match.get_match(name)) is not None else None for name in names)


def _around(node) -> list[str]:
    """The kinds of the nodes holding ``node``."""
    kinds = []
    while (node := node.parent()) is not None:
        kinds.append(node.kind())
    return kinds or ["module"]


def _next_to(parts: list, added: set[int], opcodes: list, head: int | None = None) -> set[int]:
    """The unchanged parts next to the changed ones, before and after each run of them (any part,
    and the nearest top-level one: their siblings are among them; changed members of the class
    whose head is ``head``: its members and head only); a class among them with its head and every
    member (its node holds them)."""
    edges = set()
    for tag, _, _, j1, j2 in opcodes:
        if tag == "equal":
            continue
        for j, step in ((j1 - 1, -1), (j2, 1)):
            edges.add(j)
            while head is None and 0 <= j < len(parts) and parts[j].head is not None and parts[j].head != j:
                j += step
            edges.add(j)
    edges = {j for j in edges if 0 <= j < len(parts) and j not in added and (head is None or parts[j].head == head)}
    heads = {parts[j].head for j in edges if parts[j].head is not None and (head is None or parts[j].head == j)}
    return (edges | {k for k, p in enumerate(parts) if p.head in heads}) - added


def _groups(parts: list, wanted: set[int]) -> list[tuple[int, int, list[int]]]:
    """(first part, last part, the parts in it) of each node to search again among the ``wanted``
    parts: a part, or a class's head with all its members (its node is the class)."""
    heads = {j for j in wanted if parts[j].head == j}
    out = []
    for j in sorted(wanted):
        if parts[j].head is not None and parts[j].head != j and parts[j].head in heads:
            continue  # (searched with its class)
        members = [k for k, p in enumerate(parts) if p.head == j] if j in heads else [j]
        out.append((j, members[-1], members))
    return out


def _shares_a_line(parts: list, indices: set[int]) -> bool:
    """Whether one of the ``indices`` parts shares a line with the part before or after it (a
    finding is placed in its part by its line)."""
    return any(i > 0 and parts[i - 1].end_line >= parts[i].line
               or i + 1 < len(parts) and parts[i].end_line >= parts[i + 1].line for i in indices)


def _unplaced(parts: list, findings: list[Finding]) -> frozenset[str]:
    """The rules with a finding whose lines are not inside one part."""
    starts = [p.line for p in parts]
    out = set()
    for f in findings:
        i = bisect.bisect_right(starts, f.span.start_line) - 1
        if i < 0 or f.span.end_line > parts[i].end_line:
            out.add(f.rule)
    return frozenset(out)
