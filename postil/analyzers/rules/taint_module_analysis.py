"""One workspace module as the taint engine analyses it for the files importing it or imported by
them (taint_modules.Workspace): its text parsed once at a depth, the link to the modules it imports
in turn, and its taint facts (taint_facts.FileFacts) for the rules asked. A rule's answers are kept
by the rule alone: the facts that first held it give them whichever list of rules asks later (the
files' checks ask with different lists: the rules a check ran, those it did not, those a few units
need), so a module's summaries of a rule are worked out once, not once a list."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from postil.analyzers.rules.search import SharedSearch
from postil.analyzers.rules.taint_facts import FileFacts
from postil.analyzers.rules.taint_grammar import GRAMMARS
from postil.analyzers.rules.taint_spec import TaintSpec
from postil.analyzers.rules.taint_values import Summary

_LISTS = 4  # the lists of rules a module keeps facts for (the least recently built go first)


class ModuleAnalysis:
    """A module's parse (``root``, in ``language``), its ``link`` (taint_modules.ModuleLink, or None)
    and, by rule, its answers: ``summaries`` ((id(spec), function) -> (spec, summary)) and ``enters``
    (id(spec) -> (spec, see Workspace.enters))."""

    def __init__(self, root, language: str, ascii_text: bool, link) -> None:
        self.root = root
        self.language = language
        self.link = link
        self.search = SharedSearch(root, language, ascii_text)  # (shared by the facts of every list)
        self.summaries: dict[tuple[int, str], tuple[TaintSpec, Summary | None]] = {}
        self.enters: dict[int, tuple[TaintSpec, bool]] = {}
        self._facts: OrderedDict[tuple[int, ...], FileFacts] = OrderedDict()

    def facts(self, spec: TaintSpec, specs: list) -> FileFacts:
        """The module's facts holding the rule ``spec``: the first kept that hold it, else new ones
        for ``specs`` (the list of the file asking; with ``spec`` where it lacks it)."""
        for facts in self._facts.values():
            if any(held is spec for held in facts.specs):
                return facts
        specs = list(specs) if any(held is spec for held in specs) else [*specs, spec]
        facts = self._facts[tuple(map(id, specs))] = FileFacts(self.root, GRAMMARS[self.language], specs,
                                                                self.search, self.link)
        while len(self._facts) > _LISTS:
            self._facts.popitem(last=False)
        return facts

    def answer(self, table: dict, key, spec: TaintSpec, specs: list, work: Callable[[FileFacts], object]):
        """The rule ``spec``'s answer kept in ``table`` (``summaries`` or ``enters``) by ``key``:
        ``work`` of the facts holding the rule, worked out once. Kept only once worked out: a failure
        (a pyo3 panic, the time limit) goes to the check asking, which says so (see engine._guarded),
        and the next ask works it out again (a smaller answer kept would be every later file's)."""
        known = table.get(key)
        if known is None or known[0] is not spec:
            known = table[key] = (spec, work(self.facts(spec, specs)))
        return known[1]
