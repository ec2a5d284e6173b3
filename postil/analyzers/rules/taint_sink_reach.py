"""Whether a module, or one it imports within a depth, may hold a sink of a taint rule, asked of
every import it makes (ImportGraph.targets: resolved before the bulk scan ends, see
Workspace.follow) instead of the imports whose names its text uses (Workspace.link: a search of
the text for each imported name, ~0.6 ms a module). The modules a link names are among those
imports, so where none of them holds a sink's text, Workspace.takes has its answer (no) without
linking any module: on SQLAlchemy's lib/ every one of its 1,200 questions, which linked 232
modules only to find no sink text in the modules they named."""

from __future__ import annotations

from pathlib import Path

from postil.analyzers.rules.taint_callers_of import module_language
from postil.analyzers.rules.taint_grammar import GRAMMARS
from postil.analyzers.rules.taint_imports import FAMILY
from postil.analyzers.rules.taint_module_texts import MAX_BYTES
from postil.analyzers.rules.taint_prefilter import sink_side, text_may_match


class SinkReach:
    """The upper bound of a workspace's ``takes`` (see the module's docstring), each module's own
    text asked once a rule (by its content)."""

    def __init__(self, text, graph, literals) -> None:
        self.text, self.graph, self.literals = text, graph, literals  # (the workspace's: see Workspace)
        self._texts: dict[tuple[Path, str, int], tuple[object, bool]] = {}  # (module, digest, id(spec)) -> (spec, see _holds)

    def may_hold(self, path: Path, spec, depth: int) -> bool:
        """Whether ``path`` or a module it imports within ``depth`` (as Workspace.takes follows a
        module's link at ``depth`` - 1: none below 1) may hold a sink of the rule ``spec`` by its text."""
        todo, seen = [(path, depth)], set()
        while todo:
            module, depth = todo.pop()
            if (module, depth) in seen:
                continue
            seen.add((module, depth))
            text, digest = self.text(module)
            language = module_language(module)
            if text is None or language not in GRAMMARS or len(text) > MAX_BYTES:
                continue  # (holds none for takes either, nor is followed)
            if self._holds(module, digest, text, language, spec):
                return True
            if depth > 1 and FAMILY.get(language) is not None:
                todo += [(target, depth - 1) for _, _, target, _ in self.graph.targets(module, text, language)]
        return False

    def _holds(self, module: Path, digest: str, text: str, language: str, spec) -> bool:
        """Whether the module's own text may hold a sink of ``spec`` (see text_may_match), as takes asks it."""
        key = (module, digest, id(spec))
        known = self._texts.get(key)
        if known is None or known[0] is not spec:
            if len(self._texts) > 50_000:
                self._texts.clear()
            known = self._texts[key] = (spec, text_may_match(text, language, sink_side(spec), spec.sinks,
                                                             self.literals(module, digest)))
        return known[1]
