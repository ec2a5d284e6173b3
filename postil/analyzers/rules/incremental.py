"""Checking a document again after an edit: what the rules found in the functions and classes
whose inputs did not change is kept; only the others are checked again.

A Python document is cut into its top-level definitions (units: functions, decorated
definitions, classes; a class holding functions is cut up in turn, each function of its body
a unit, its head and other statements module code), the module code around them (the
skeleton) and its top-level comments. What the rules find in a unit depends on its own text,
on the skeleton's code (imports, module-level names, in order), on the units it calls
(helpers, and the units writing state it reads: their summaries; the units binding a name it
binds to an instance of a class, or calls a method through: the class it is known as depends
on them), on the units calling it
(what they pass decides whether its sinks are judged clean) and, for the taint rules, on
whether data enters the file anywhere. A unit is keyed by all of that (the units it depends on
by their text and order, not their place). The units whose key is new are checked in a copy
of the document where every unit they do not depend on is blanked out (spaces, newlines kept:
every position is the same), with a unit where data enters for each taint rule that enters
only elsewhere; a single part's pattern rules search its node in the document's own tree
instead (only those whose matched node's literals it holds: ast-grep compiles each rule again
on every search, most of a small search's cost). The other parts' findings are moved with
them. Rules that look beyond a unit (``follows``/``precedes``, questions about the module's
whole text; see unit_scope.py) run on the whole document every time, those that may look at a
class around a method on each class whose text changed. A document whose module level does
not parse is checked whole.
"""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field, replace
from functools import cached_property, partial

from ast_grep_py import SgRoot

from postil.analyzers.findings import Finding
from postil.analyzers.rules.bounded_parse import parse_in_time
from postil.analyzers.rules.engine import RuleSet, run_rules
from postil.analyzers.rules.node_kinds import unmatchable
from postil.analyzers.rules.own_regexes import own_regexes, own_regexes_found
from postil.analyzers.rules.parsed_text import parsed, without_blanked_fixes
from postil.analyzers.rules.rule_model import Rule
from postil.analyzers.rules.search import SharedSearch
from postil.analyzers.rules.taint import file_facts
from postil.analyzers.rules.unit_beyond import KeptBeyond
from postil.analyzers.rules.unit_blank import blanked
from postil.analyzers.rules.unit_depends import Traits, dependencies, unit_traits
from postil.analyzers.rules.unit_docstrings import code_text
from postil.analyzers.rules.unit_moves import Where
from postil.analyzers.rules.unit_taint import Texts, entry_offsets, taint_runs
from postil.analyzers.rules.unit_scope import UNIT_KINDS, looks_beyond_unit, may_match_comment, stays_in_member
from postil.core.deadline import Deadline

# In a long text (_LONG characters) of which less than _WHOLE can be left out of a check, the
# whole text is checked in one pass (the rules that look beyond a unit with the others).
_WHOLE, _LONG = 0.4, 16_000
_FEW_RULES = 8  # rules run by units few enough to check the whole text when a unit changed (see _computed)
_MAX_UNITS = 500  # top-level functions and classes a document may have to be checked by unit


@dataclass
class Part:
    """One top-level node of the document: a unit, a statement of the skeleton or a comment
    (what the rules find in a comment depends on its text alone)."""

    text: str
    unit: bool
    comment: bool
    start: int  # string offsets
    end: int
    line: int  # 0-based lines, inclusive
    end_line: int
    gap: int  # how many skeleton statements (not comments) come before it
    owner: str | None = None  # a class's member (a unit in its body, a method): the class's name
    head: int | None = None  # in a class cut up (see _parts): the index of the class's head


@dataclass
class Result:
    """What the rules found in one part, in the coordinates of the layout it was kept under."""

    findings: list[Finding]
    judged: set[tuple[str, int]]
    entries: frozenset[str] = frozenset()  # the taint rules whose data enters in the part
    entered: frozenset[str] = frozenset()  # those whose data entered the file when it was found


@dataclass
class _Kept:
    parts: list[Part]
    results: dict[tuple, Result]  # by key (see _keys)


@dataclass
class DocumentRules:
    """The rules' results in one document's parts, kept between its checks (one per document).
    ``recomputed`` and ``units``: the units the last check computed, of how many (``checked``:
    it went by units; False: it checked the whole text)."""

    recomputed: int = 0
    units: int = 0
    # the ids of the rules the last check searched, a rule once a search (each compiled by ast-grep: most of its cost)
    rules_searched: tuple[str, ...] = ()
    checked: bool = False
    parts: list[Part] | None = None  # the last check's (None: the whole text checked, or one with a syntax error)
    _kept: _Kept | None = None
    _traits: dict[str, Traits] = field(default_factory=dict)
    _beyond: KeptBeyond = field(default_factory=KeptBeyond)  # the rules that look beyond a unit
    linked: object = None  # what its results rest on beyond its text, while it is linked to other modules (unit_linked)

    def run(self, ruleset: RuleSet, text: str, language: str, path: str, relpath: str, allow_fixes: bool,
            deadline: Deadline | None, judged: set[tuple[str, int]],
            only: frozenset[str] | None = None, link=None, fed: frozenset[str] = frozenset(),
            context: tuple = ()) -> list[Finding]:
        """What :func:`run_rules` finds in ``text`` (``judged`` filled the same way; ``only`` and
        ``link``: as run_rules's, the ids of the rules to run and the modules the text is linked
        to; ``fed``: the ids of the taint rules whose data may enter through the link, wherever
        the units may take it; ``context``: what else the results rest on, kept with them)."""
        rules = ruleset.for_language(language)
        if only is not None:
            rules = tuple(r for r in rules if r.id in only)
        parse_in_time(text, language, deadline)
        text, root, blanked = parsed(text, language, SgRoot(text, language).root())  # (as the rules read it)
        children = root.children()
        parts, nodes = _parts(children, text) if not any(n.kind() == "ERROR" for n in children) else (None, None)
        if parts is not None and sum(p.unit for p in parts) > _MAX_UNITS:  # (by top-level definitions, then)
            parts, nodes = _parts(children, text, members=False)
        # where a unit ends is not known, or so many units that working out what each depends on
        # costs more than the check (a chain of 4,000 functions calling the next took 15 s): the
        # whole text
        if parts is None or sum(p.unit for p in parts) > _MAX_UNITS:
            self._kept, self.recomputed, self.units, self.checked, self.parts = None, 0, 0, False, None
            self._beyond = KeptBeyond()
            searched: list[str] = []
            found = run_rules(ruleset, text, language, path, relpath, allow_fixes, deadline, judged=judged, root=root,
                              only=only, searched=searched, link=link)
            self.rules_searched = tuple(searched)
            return without_blanked_fixes(found, blanked)
        check = _Check(ruleset, text, language, path, relpath, allow_fixes, deadline, rules, root, parts, nodes,
                       link, fed)
        traits = {i: self._traits_of(nodes[i], p) for i, p in enumerate(parts) if p.unit}
        errors = [e.range().start.index for e in root.find_all(kind="ERROR")]
        depends = dependencies(parts, traits, _broken(parts, errors))
        mode = (allow_fixes, only, context)
        keys = _keys(parts, depends, mode)
        classes = _classes(parts, keys, text)
        results = self._moved(parts, [*keys, *classes.values()])
        units = set(traits)
        todo = {i for i in units if keys[i] not in results}
        notes = {i for i, p in enumerate(parts) if p.comment and keys[i] not in results}
        if todo or any(keys[i] not in results for i, p in enumerate(parts) if not p.unit and not p.comment):
            known = self._patterns_kept(check, parts, keys, todo)
            results.update(self._computed(check, parts, keys, depends, results, todo, notes, known))
        elif notes and any(may_match_comment(r) for r in check.rules):
            results.update((keys[i], result) for i, result in check.parts(parts, notes, notes).items())
        elif notes:  # only comments changed, and no rule run by units matches a comment
            results.update((keys[i], Result([], set())) for i in notes)
        results.update((key, check.in_class(head, key[1])) for head, key in classes.items()
                       if key not in results)
        self.recomputed, self.units, self.checked, self.parts = len(todo), len(units), True, None if errors else parts
        keys += classes.values()
        self._kept = _Kept(parts, {key: results[key] for key in keys})
        findings = self._beyond.found(check, parts, nodes, mode, judged, bool(errors))
        self.rules_searched = tuple(check.searched)
        for result in (results[key] for key in keys):
            findings.extend(replace(f) for f in result.findings)
            judged.update(result.judged)
        return without_blanked_fixes(findings, blanked)

    @property
    def searched_whole(self) -> int:
        """How many rules that look beyond a unit the last check searched the whole text for (the
        others' findings were kept, see unit_beyond.py)."""
        return self._beyond.searched

    def _computed(self, check: _Check, parts: list[Part], keys: list[tuple], depends: dict[int, set[int]],
                  results: dict[tuple, Result], todo: set[int], notes: set[int],
                  known: dict[int, list[Finding]]) -> dict[tuple, Result]:
        """The results of the units in ``todo`` (added to as needed), of the comments in ``notes``
        and of the skeleton statements whose key is new: from a check of the text with only what
        they depend on shown; of everything, when data enters the file through a unit not shown;
        the units and statements kept from before are checked again when whether data enters the
        file changed (their verdicts may have)."""
        skeleton = {i for i, p in enumerate(parts) if not p.unit and not p.comment}
        module = {i for i in skeleton if keys[i] not in results}  # the skeleton statements checked again
        everything = {i for i, p in enumerate(parts) if not p.comment}
        units = {i for i, p in enumerate(parts) if p.unit}
        # a few rules with a taint rule among them cost less run on the text already parsed than
        # on a copy with parts blanked out, parsed again (pattern rules alone search the parts'
        # nodes in the tree already parsed: see _Check.parts)
        whole = len(check.rules) <= _FEW_RULES and any(r.taint is not None for r in check.rules)
        while True:
            if not whole:
                shown = skeleton | depends[-1] | {d for i in todo for d in depends[i]}
                shown |= _witnesses(parts, keys, results, shown)
                whole = len(check.text) >= _LONG and \
                    sum(len(parts[i].text) for i in everything - shown) < _WHOLE * len(check.text)
            if whole:
                shown = everything
                todo |= units
            wanted = todo | module | notes
            reach = set(wanted).union(*(depends[i] for i in todo), depends[-1] if module else ())
            elsewhere = frozenset().union(*(results[keys[i]].entries for i in range(len(parts)) if i not in wanted))
            fresh = check.parts(parts, shown | notes, wanted,
                                None if whole else check.taint_rules(parts, wanted, reach, shown, elsewhere),
                                {} if whole else known)
            entries = [fresh[i].entries if i in fresh else results[keys[i]].entries for i in range(len(parts))]
            entered = frozenset().union(*entries)
            if not whole and frozenset().union(*(entries[i] for i in shown)) != entered:
                whole = True  # data enters through a unit not shown
                continue
            stale = {i for i in (units - todo) | (skeleton - module) if results[keys[i]].entered != entered}
            if stale:
                todo |= stale & units
                module |= stale & skeleton
                continue
            for result in fresh.values():
                result.entered = entered
            return {keys[i]: result for i, result in fresh.items()}

    def _patterns_kept(self, check: _Check, parts: list[Part], keys: list[tuple],
                       todo: set[int]) -> dict[int, list[Finding]]:
        """What the pattern rules found in the units of ``todo`` whose own text, place and module
        code are unchanged (a unit they depend on changed: the taint rules' verdicts may have, not
        the pattern rules' matches, which see no other unit), moved to where they are; by unit."""
        kept, where, known = self._kept, None, {}
        # (by the mode without its context: see run; a linked document's, what the taint rules' rest on)
        before = {(k[1], k[2], k[3], k[5][:2]): k for k in kept.results if k[0] == "unit"} if kept is not None else {}
        taint = {r.id for r in check.rules if r.taint is not None}
        for i in todo if before else ():
            old = before.get((keys[i][1], keys[i][2], keys[i][3], keys[i][5][:2]))
            if old is None:
                continue
            where = where or Where(kept.parts, parts)
            moved = where.move(Result([f for f in kept.results[old].findings if f.rule not in taint], set()))
            if moved is not None:
                known[i] = moved.findings
        return known

    def narrowed(self, text: str, spans: list[tuple[int, int]]) -> str:
        """``text`` (the last check's) with its top-level units (a class cut up: whole) that hold
        none of the ``spans`` (offsets) and import nothing blanked out: what the rules run by
        units find in the others is what they find in the whole text."""
        if self._kept is None:
            return text
        ranges: dict[int, list[int]] = {}
        for i, part in enumerate(self._kept.parts):
            if part.head is not None:
                ranges.setdefault(part.head, [part.start, part.end])[1] = part.end
            elif part.unit:
                ranges[i] = [part.start, part.end]
        hidden = [Part(text[start:end], True, False, start, end, 0, 0, 0) for start, end in ranges.values()
                  if "import" not in text[start:end] and not any(start <= s < end for s, _ in spans)]
        return blanked(text, hidden) if hidden else text

    def _traits_of(self, node, part: Part) -> Traits:
        """A unit's traits; a class's member defines the class's name too (a unit calling the class
        depends on every member: the engine follows its instances' methods)."""
        known = self._traits.get(part.text)
        if known is None:
            if len(self._traits) > 4096:
                self._traits.clear()
            known = self._traits[part.text] = unit_traits(node, part.text)
        return known if part.owner is None else replace(known, names=known.names | {part.owner})

    def _moved(self, parts: list[Part], keys: list[tuple]) -> dict[tuple, Result]:
        """The kept results of the parts whose key is unchanged, moved to where their parts are
        now (a result that names a place in a part that changed is dropped)."""
        kept = self._kept
        wanted = set(keys) & kept.results.keys() if kept is not None else set()
        if not wanted:
            return {}
        where = Where(kept.parts, parts)
        moved = {}
        for key in wanted:
            result = where.move(kept.results[key])
            if result is not None:
                moved[key] = result
        return moved


class _Check:
    """How one document's rules run: those that look beyond a unit on its whole text (see
    beyond_units), the others part by part (see parts)."""

    def __init__(self, ruleset: RuleSet, text: str, language: str, path: str, relpath: str, allow_fixes: bool,
                 deadline: Deadline | None, rules: tuple[Rule, ...], root, layout: list[Part], nodes: list,
                 link=None, fed: frozenset[str] = frozenset()) -> None:
        # (``few``: a few rules on the whole text, their own literals searched for, not every rule's; the
        # link to a run of taint rules only: with it, run_rules runs every taint rule the link feeds)
        self.searched: list[str] = []  # the ids of the rules the check searched, a rule once a search (see run_rules)
        taint = frozenset(r.id for r in rules if r.taint is not None)
        self.run = lambda masked, only, judged, root, shared=None, within=None, few=False: run_rules(
            ruleset, masked, language, path, relpath, allow_fixes, deadline, only=only, judged=judged, root=root,
            facts_out=shared, within=within, literals=self.literals if masked is text and not few else None,
            searched=self.searched, link=None if taint.isdisjoint(only) else link)
        self.text, self.language, self.root, self.nodes, self.ruleset = text, language, root, nodes, ruleset
        self.deadline = deadline  # (the masked texts' parse: see bounded_parse)
        self.link, self.fed = link, fed  # (see DocumentRules.run)
        self.layout = layout  # the document's parts (nodes: theirs)
        members = any(p.head is not None for p in layout)
        self.beyond = {r.id for r in rules if looks_beyond_unit(r)}
        self.beyond_rules = [r for r in rules if r.id in self.beyond]
        self.rules = [r for r in rules if r.id not in self.beyond]
        # with classes cut up, the rules that may look at a class around a method: run on each
        # class whose text changed (see in_class), not by its parts
        self.classwide = {r.id for r in self.rules if members and r.taint is None and not stays_in_member(r)}
        self._classwide: list[Finding] | None = None  # what they found in a pass over the whole text
        self._beyond: tuple[list[Finding], set[tuple[str, int]]] | None = None  # found with the others

    @cached_property
    def literals(self) -> frozenset[str]:
        """The rules' literals the document holds: searched for once, for the runs on its whole text."""
        return self.ruleset.literal_index(self.language).present(self.text)

    @property
    def searched_whole(self) -> tuple[list[Finding], set[tuple[str, int]]] | None:
        """What the rules that look beyond a unit found in a pass over the whole text with the
        others, if there was one."""
        return self._beyond

    def beyond_units(self, judged: set[tuple[str, int]]) -> list[Finding]:
        """What the rules that look beyond a unit find in the whole text."""
        if self._beyond is not None:
            return self._beyond[0]
        return self.run(self.text, self.beyond, judged, self.root) if self.beyond else []

    def parts(self, parts: list[Part], shown: set[int], wanted: set[int],
              taint_only: tuple[frozenset[str], frozenset[str]] | None = None,
              known: dict[int, list[Finding]] | None = None) -> dict[int, Result]:
        """The results of the ``wanted`` parts, from a check of the text with only the ``shown``
        parts (the others blanked out; a single part's pattern rules search its node in the
        document's own tree instead, see _in_tree). With every part but comments shown, one pass
        over the whole text, the rules that look beyond a unit with the others. ``taint_only``:
        the taint rules to run, and those whose data may enter in the parts (see taint_rules;
        None: every one); ``known``: what the pattern rules found in some of the parts (see
        DocumentRules._patterns_kept), by part: they are not searched there again."""
        hidden = [p for i, p in enumerate(parts) if i not in shown]
        whole = all(p.comment for p in hidden)
        starts = [p.line for p in parts]
        judged: set[tuple[str, int]] = set()
        shared: list = []
        taint = {r.id for r in self.rules if r.taint is not None}
        taint, entering = (taint, taint) if taint_only is None else taint_only
        patterns = {r.id for r in self.rules if r.taint is None}
        masked, root, found = self.text, self.root, []
        known = {} if whole or known is None else known  # (a pass over the whole text finds everything anyway)
        searched = _searched(parts, wanted)
        patterned = _searched(parts, wanted - known.keys())  # (the parts whose pattern matches are wanted)
        if all(parts[i].head is not None for i in patterned):  # methods: in_class runs the rules that see the class
            patterns -= self.classwide
        if whole:
            found = self.run(masked, {r.id for r in self.rules} | self.beyond, judged, root, shared)
            self._beyond = ([f for f in found if f.rule in self.beyond], judged)
            found = [f for f in found if f.rule not in self.beyond]
            self._classwide = [f for f in found if f.rule in self.classwide]
        elif not patterned:
            patterns = set()
        elif patterns and len(patterned) == 1 and 0 not in patterned and self.nodes[min(patterned)] is not None:
            found = self._in_tree(parts, min(patterned), patterns)
            patterns = set()
        if not whole and (taint or patterns):
            masked = blanked(self.text, hidden)
            parse_in_time(masked, self.language, self.deadline)
            root = SgRoot(masked, self.language).root()
            within = None if 0 in searched or not patterns else self.within(  # (it holds every taint rule)
                "".join(parts[i].text for i in sorted(patterned)), patterns, lambda: self.code(patterned))
            found += [f for f in self.run(masked, taint | patterns, judged, root, shared, within)
                      if f.rule in taint or bisect.bisect_right(starts, f.sink_span.start_line) - 1 not in known]
        results = {i: Result(list(known.get(i, ())), set()) for i in wanted}
        for finding in found:
            at = bisect.bisect_right(starts, finding.sink_span.start_line) - 1
            result = results.get(at)  # (in a class cut up, the rules that look at the class: see in_class)
            if result is not None and (parts[at].head is None or finding.rule not in self.classwide):
                result.findings.append(finding)
        for rule_id, line in judged:
            result = results.get(bisect.bisect_right(starts, line) - 1)
            if result is not None:
                result.judged.add((rule_id, line))
        if entering:
            for i, entries in self._entries(root, masked, [p.start for p in parts], shared[0] if shared else None,
                                            entering).items():
                if i in results:
                    results[i].entries = frozenset(entries)
        return results

    def in_class(self, head: int, text: str) -> Result:
        """What the rules that may look at a class around a method find in the class whose head is
        part ``head`` (``text``: the class's): its node searched in the document's tree."""
        if not self.classwide:
            return Result([], set())
        node = self.nodes[head]
        if self._classwide is not None:
            first, last = node.range().start.line, node.range().end.line
            return Result([f for f in self._classwide if first <= f.sink_span.start_line <= last], set())
        code = partial(self.code, [i for i, p in enumerate(self.layout) if p.head == head])
        return Result(self.run(self.text, self.classwide, set(), node,
                               within=self.within(text, self.classwide, code, node)), set())

    def _in_tree(self, parts: list[Part], i: int, patterns: set[str]) -> list[Finding]:
        """What the pattern rules run by units find in part ``i``: its node searched in the
        document's own tree (a match there is the whole text's; no copy to parse)."""
        return self.run(self.text, patterns, set(), self.nodes[i],
                        within=self.within(parts[i].text, patterns, lambda: self.code((i,)), self.nodes[i]))

    def within(self, text: str, patterns: set[str], code=None, node=None) -> frozenset[int]:
        """The rules that may find something in parts whose texts are ``text``: the taint rules
        and the pattern rules whose matched node's own literals it holds (of the language's: the
        runs it is given to are of this check's rules), and their ``code`` (a callable giving the
        parts' texts with their docstrings blanked out, see unit_docstrings) the literals they need of
        code, and, of the ``patterns`` to run, those whose regexes find a match in it (see
        own_regexes) and, searched below ``node`` (the parts' node), hold a node of their kinds (see
        node_kinds)."""
        index = self.ruleset.literal_index(self.language)
        met = self.ruleset.met(self.language, index.present(text), own=True)
        if code is not None and not met <= self.ruleset.met(self.language, frozenset(), own=True, code=True) \
                and (code := code()) != text:  # (some of those found need words of code)
            met &= self.ruleset.met(self.language, index.present(code), own=True, code=True)
        missing = frozenset(id(r) for r in self._regexed if r.id in patterns and id(r) in met
                            and not own_regexes_found(r, text))
        if node is not None:
            missing |= unmatchable([r for r in self._searchable if r.id in patterns and id(r) in met], node)
        return met - missing if missing else met

    def code(self, indices) -> str:
        """The texts of the parts ``indices``, in order, their units' docstrings blanked out (see
        unit_docstrings.code_text)."""
        return "".join(code_text(self.nodes[i], self.layout[i].text) if self.layout[i].unit else self.layout[i].text
                       for i in sorted(indices))

    @cached_property
    def _searchable(self) -> list[Rule]:
        """This check's pattern rules, those that look beyond a unit among them."""
        return [r for r in (*self.rules, *self.beyond_rules) if r.taint is None]

    @cached_property
    def _regexed(self) -> list[Rule]:
        """This check's rules run by units that ask a node's text for regexes (see own_regexes)."""
        return [r for r in self.rules if own_regexes(r) is not None]

    def taint_rules(self, parts: list[Part], wanted: set[int], reach: set[int], shown: set[int],
                    entered: frozenset[str]) -> tuple[frozenset[str], frozenset[str]] | None:
        """The ids of the taint rules that may find a flow in the ``wanted`` parts, and of those
        whose data may enter in them (``reach``: the parts they depend on; ``shown``: every part
        the check shows; ``entered``: the rules whose data enters in the others; see unit_taint);
        None: every rule, both (the first part's results may come from the module node)."""
        searched = _searched(parts, wanted)
        if 0 in searched:
            return None
        heads = {parts[i].head for i in searched if parts[i].head is not None}
        sets = dict(zip(("own", "reach", "functions", "shown"), (
            searched, reach | searched, searched | heads, shown | searched)))
        texts = Texts(*("\n".join(parts[i].text for i in sorted(these)) for these in sets.values()), self.text,
                      lambda which: "\n".join(self.code((i,)) for i in sorted(sets[which])))
        runs, entering = taint_runs(self.rules, texts, entered)
        return runs | self.fed, entering | self.fed

    def _entries(self, root, masked: str, offsets: list[int], facts, ids: set[str]) -> dict[int, set[str]]:
        """Where the data of the taint rules ``ids`` enters (see unit_taint.entry_offsets), by part
        (``facts``: what the check's taint rules shared in ``root``, if some ran: its searches are
        reused, and its answers for the rules it ran)."""
        taint = [r for r in self.rules if r.id in ids]
        ran = {id(spec) for spec in facts.specs} if facts is not None and facts.link is self.link else set()
        missing = [r.taint for r in taint if id(r.taint) not in ran]  # (the rules the check did not run: their own facts)
        more = file_facts(root, self.language, missing, facts.search if facts is not None else
                          SharedSearch(root, self.language, masked.isascii()), self.link) if missing else None
        entries: dict[int, set[str]] = {}
        for rule in taint:
            these = facts if id(rule.taint) in ran else more
            for offset in (entry_offsets(these, rule.taint) or ()) if these is not None else ():  # (None: everywhere)
                entries.setdefault(bisect.bisect_right(offsets, offset) - 1, set()).add(rule.id)
        return entries


def _searched(parts: list[Part], wanted: set[int]) -> set[int]:
    """The parts whose nodes may give results to the ``wanted`` parts: each, and the parts
    before it ending on the line it starts (a result belongs to the part its line is in); the
    first part's results may come from the module node, which holds every part."""
    searched = set(wanted)
    for i in wanted:
        j = i - 1
        while j >= 0 and parts[j].end_line >= parts[i].line:
            searched.add(j)
            j -= 1
    return searched


def _parts(children, text: str, members: bool = True) -> tuple[list[Part], list]:
    """The document's top-level nodes as parts, and each part's node. A class whose body holds
    functions is cut up (``members``): its head (decorators, the ``class`` line; its node is the
    class's) and its body's statements join the skeleton, its functions and classes are units."""
    parts, nodes = [], []
    for node in children:
        split = _members(node) if members else None
        if split is None:
            _add(parts, nodes, node)
            continue
        name, members = split
        start, first = node.range().start, members[0].range().start
        head = len(parts)
        nodes.append(node)  # (the head's node: the whole class)
        parts.append(Part(text[start.index:first.index], False, False, start.index, first.index, start.line,
                          first.line - 1, _gap(parts), None, head))
        for member in members:
            _add(parts, nodes, member, name, head)
    return parts, nodes


def _add(parts: list[Part], nodes: list, node, owner: str | None = None, head: int | None = None) -> None:
    r = node.range()
    unit = node.kind() in UNIT_KINDS
    parts.append(Part(node.text(), unit, node.kind() == "comment", r.start.index, r.end.index, r.start.line,
                      r.end.line, _gap(parts), owner if unit else None, head))
    nodes.append(node)


def _classes(parts: list[Part], keys: list[tuple], text: str) -> dict[int, tuple]:
    """The key of each class cut up (by its head's index): its text and its head's key (the
    skeleton's code and what the module code depends on)."""
    ends = {p.head: p.end for p in parts if p.head is not None}
    return {head: ("class", text[parts[head].start:end], keys[head]) for head, end in ends.items()}


def _gap(parts: list[Part]) -> int:
    """How many skeleton statements come before a part added after ``parts``."""
    if not parts:
        return 0
    last = parts[-1]
    return last.gap + (not last.unit and not last.comment)


def _members(node) -> tuple[str, list] | None:
    """(name, the statements of its body) of a top-level class to cut up (see _parts), None for
    another node or a class whose body holds no function or starts on its ``class`` line."""
    definition = node.field("definition") if node.kind() == "decorated_definition" else node
    if definition is None or definition.kind() != "class_definition":
        return None
    body, name = definition.field("body"), definition.field("name")
    members = body.children() if body is not None and name is not None else []
    if not members or members[0].range().start.line <= definition.range().start.line \
            or not any(m.kind() in UNIT_KINDS for m in members):
        return None
    return name.text(), members


def _keys(parts: list[Part], depends: dict[int, set[int]], mode: tuple) -> list[tuple]:
    """Each part's key: a unit's text, the skeleton's code and, in order, the texts of the
    parts it depends on; a skeleton statement's: the skeleton's code and the parts the module
    code depends on; a comment's: its text (each with ``mode``: whether fixes are made, which
    rules run)."""
    texts = [hashlib.blake2b(p.text.encode("utf-8", "surrogatepass"), digest_size=16).digest() for p in parts]
    code = _digest((texts[i], 0) for i, p in enumerate(parts) if not p.unit and not p.comment)
    module = _digest((texts[d], parts[d].gap) for d in sorted(depends[-1]))
    keys = []
    for i, part in enumerate(parts):
        if part.unit:  # (each text hashed once: a unit of a class whose methods call each other depends on most)
            used = _digest((texts[d] if d != i else b"", parts[d].gap) for d in sorted(depends[i]))
            keys.append(("unit", part.text, part.gap, code, used, mode))
        elif part.comment:
            keys.append(("comment", part.text, mode))
        else:
            keys.append(("module", part.gap, code, module, mode))
    return keys


def _digest(texts) -> bytes:
    """A fingerprint of (text's digest, gap) pairs in order. Keys hold it, not the texts: each key is
    hashed and compared, and with every statement of the module in every key a file of 100,000
    top-level statements took minutes (the server's hostile-document test)."""
    digest = hashlib.blake2b(digest_size=16)
    for text, gap in texts:
        digest.update(b"%d\0" % gap)
        digest.update(text)
    return digest.digest()


def _broken(parts: list[Part], errors: list[int]) -> set[int]:
    """The parts holding a syntax error (at the ``errors`` offsets)."""
    starts = [p.start for p in parts]
    return {bisect.bisect_right(starts, offset) - 1 for offset in errors}


def _witnesses(parts: list[Part], keys: list[tuple], results: dict[tuple, Result], shown: set[int]) -> set[int]:
    """For each taint rule whose data enters only in units left out of a check, one such unit
    (so the rule's verdicts in the units checked are those of the whole file)."""
    known = {i: results[keys[i]].entries for i in range(len(parts)) if keys[i] in results}
    covered = set().union(*(known[i] for i in shown if i in known))
    added: set[int] = set()
    for i, entries in known.items():
        if i not in shown and entries - covered:
            added.add(i)
            covered |= entries
    return added
