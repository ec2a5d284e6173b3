"""The workspace's own modules, for the taint engine: what a function another file of the
project imports does with data. A function whose result is request data is a source wherever
it is called (`def get_param(req, name): return req.args.get(name)` in `helpers/`); one whose
result is its argument's is a propagator, one whose result is its own (`return int(x)`) is
clean; one that passes a parameter to a sink is a sink for that parameter, reported at the
call; a method of a class whose importers call it with request data takes that data in (see
taint_callers: reported at its sink). Imports are read and resolved by taint_imports; each module is analysed once per
content (its hash), following the modules it imports itself to a bounded depth. The editor's unsaved texts come in through ``overlay``;
``importers_of`` names the files whose findings a change to a module may change.
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from postil.analyzers.parse_limits import nests_too_deep
from postil.analyzers.rules.built_text import python_text_built
from postil.analyzers.rules.taint import data_enters
from postil.analyzers.rules.taint_callers import EDITOR_HANDLERS, Fed, fed_parameters
from postil.analyzers.rules.taint_callers_of import ModuleCallers, module_language
from postil.analyzers.rules.taint_dependencies import imports_dependencies
from postil.analyzers.rules.taint_factories import factory_method
from postil.analyzers.rules.taint_derived import DerivedQuestions
from postil.analyzers.rules.taint_grammar import GRAMMARS
from postil.analyzers.rules.taint_imports import FAMILY, ImportGraph
from postil.analyzers.rules.taint_inherited import defined_names, imported_bases, inherited_callee
from postil.analyzers.rules.taint_module_analysis import ModuleAnalysis
from postil.analyzers.rules.taint_instances import held_method, instance_classes, makes_instances, typed_callee
from postil.analyzers.rules.taint_js_factories import made_function
from postil.analyzers.rules.taint_module_texts import MAX_BYTES, ModuleTexts
from postil.analyzers.rules.taint_package_links import package_origin, package_targets
from postil.analyzers.rules.taint_prefilter import renamed_may_match, sink_side, source_side, text_may_match
from postil.analyzers.rules.taint_request_state import StoredState
from postil.analyzers.rules.taint_scanned import ScannedProbes, unread
from postil.analyzers.rules.taint_sink_reach import SinkReach
from postil.analyzers.rules.taint_source_holds import holds_source
from postil.analyzers.rules.taint_spec import TaintSpec, probe_content, source_probe
from postil.analyzers.rules.taint_state_writers import StateWriters
from postil.analyzers.rules.taint_values import Summary
from postil.analyzers.rules.taint_whole import function_summary

DEPTH = 2  # modules followed from a file: its imports and theirs
_ANALYSES = 256  # modules kept parsed and analysed (least recently used go first)

_TAKES = re.compile(r"^[ \t]*(?:async[ \t]+)?def[ \t]+\w+\((?!\s*(?:(?:self|cls)\s*)?\))", re.M)  # a function taking an argument


class Workspace(ModuleTexts, ModuleCallers, StateWriters, DerivedQuestions):
    """The modules under ``root`` and their summaries, shared by the files checked there."""

    def __init__(self, root: Path, depth: int = DEPTH) -> None:
        ModuleTexts.__init__(self)
        StateWriters.__init__(self)
        DerivedQuestions.__init__(self)
        self.root = root.resolve()
        self.depth = depth
        self.graph = ImportGraph(self.root, self.text)
        self.sink_reach = SinkReach(self.text, self.graph, self._literals)  # (takes' cheap bound: see _may_hold)
        self._analyses: OrderedDict[tuple, ModuleAnalysis] = OrderedDict()  # (module, digest, depth) -> see _analysis
        self._gives: dict[tuple[Path, str, int, str], tuple] = {}  # (module, digest, depth, source probe) -> see gives
        self._followed: set[tuple[Path, int]] = set()  # (module, depth) -> see follow
        self._present: dict[tuple[Path, str], dict] = {}  # (module, digest) -> see text_meets
        self._refused: set[tuple[Path, str]] = set()  # (module, digest): not parsed in its budget (see _analysis)
        self._may: dict[tuple[Path, str, int, int, str], tuple] = {}  # (module, digest, depth, id(spec), side) -> see _may_hold
        self._sources_in: dict[tuple[Path, str], dict[str, bool]] = {}  # (module, digest) -> see _holds
        self._imports: dict[tuple[Path, str, int], frozenset[Path]] = {}  # (module, digest, depth) -> see _imported
        self._probes: dict[tuple[int, str], tuple] = {}  # (id(spec), language) -> (spec, probe, its content, see probe_content)
        self.scanned = ScannedProbes()  # what a bulk scan's source probes found (see note_scan)
        self.stored = StoredState(self)  # request state the project's hooks fill
        self._checking: list[Path] = []  # the files of the run (see checking)
        self._checked: frozenset[Path] | None = None  # their real paths, when first asked

    @contextmanager
    def checking(self, files: list[Path]):
        """A run that checks ``files`` (a check of a tree): a Python call into a module among them
        is reported at that module's sink alone (see ModuleLink.fed_there)."""
        self._checking, self._checked = files, None
        try:
            yield
        finally:
            self._checking, self._checked = [], None

    def checks(self, module: Path) -> bool:
        """Whether the run checks ``module`` (a real path) too (see checking)."""
        if self._checked is None:
            self._checked = frozenset(self.graph.real(path.absolute()) for path in self._checking)
        return module in self._checked

    def link(self, path: Path, text: str, language: str, depth: int | None = None) -> ModuleLink | None:
        """What a file's imports of the workspace's modules that it calls resolve to (None:
        it calls none, and no file near it may call it: a Python file none of whose functions
        takes an argument is fed nothing by its callers, and the directories near it are not listed)."""
        depth = self.depth if depth is None else depth
        if depth < 1 or FAMILY.get(language) is None:
            return None
        functions, modules, read = self.graph.used(path, text, language)
        real = self.graph.real(path.absolute())
        stored = language == "python" and (bool(self.stored.writers(real, text)) or imports_dependencies(self, path, text))
        if not functions and not modules and not stored and not (
                (language != "python" or _TAKES.search(text) is not None) and self.called(real, language)):
            return None
        return ModuleLink(self, functions, modules, depth, text, language, consulted=dict(read), path=real,
                          _called=None if functions or modules or stored else True)

    def follow(self, path: Path, text: str, language: str) -> bool:
        """Read and resolve the imports of a file and of the modules it imports (see may_feed)
        before its gate is asked: what a bulk scan finds in those modules is not needed for
        that, so it is done while the scan runs. Whether the file imports any of the
        workspace's modules."""
        targets = self.graph.targets(path, text, language)
        todo = [(target, self.depth) for _, _, target, _ in targets]
        while todo:
            module, depth = todo.pop()
            if depth > 1 and (module, depth) not in self._followed:
                self._followed.add((module, depth))  # (a warm-up: kept for the run, whatever the module's text)
                module_text, _ = self.text(module)
                if module_text is not None and module_language(module) in GRAMMARS:
                    todo += [(t, depth - 1) for _, _, t, _ in self.graph.targets(module, module_text, module_language(module))]
        return bool(targets)

    def may_feed(self, path: Path, text: str, language: str) -> bool:
        """Whether a module the file imports, or one such a module imports (within depth; all
        imports of the workspace's modules, called or not), may give data of a taint rule that
        follows imports (taint.imports): False only where a bulk scan probed each of them and
        found a source in none (see note_scan), so that no link of the file feeds a rule (see
        ModuleLink.feeding) and none need be built; on a library, the answer for most of its
        files. Python's only (a JavaScript module's probes may not have run in its own language). A file
        reading request state that a file near it fills (see StoredState.writers) is fed by that file."""
        if not self.scanned.files or not self.scanned.every_rule or language != "python" \
                or self.stored.writers(self.graph.real(path.absolute()), text):
            return True
        return any(self._may_give_any(target, self.depth) for _, _, target, _ in self.graph.targets(path, text, language))

    def _may_give_any(self, path: Path, depth: int, probe: str | None = None) -> bool:
        """Whether the module ``path``, or one it imports within ``depth`` (any import), may hold a
        source of a taint rule that follows imports (taint.imports; ``probe``: of that probe's rules,
        by its content; see ScannedProbes.holds), as a bulk scan found (see may_feed)."""
        def module(at: Path) -> tuple[str | None, str]:
            text, digest = self.text(at)
            gives = text is not None and module_language(at) in GRAMMARS and len(text) <= MAX_BYTES
            return (text, digest) if gives else (None, "")  # (one that does not gives nothing: see gives)
        reached = self.scanned.reached(path, depth, module, lambda at, text: (
            t for _, _, t, _ in self.graph.targets(at, text, module_language(at))), self.kept)
        probe_id = self.scanned.probes.get(probe) if probe is not None else None
        if reached is None or probe is None:
            return reached is None or not reached.isdisjoint(self.scanned.imported)
        return probe_id is None or probe_id in reached

    def importers_of(self, path: Path) -> set[Path]:
        """The files checked here that import ``path``, and the files that import those."""
        return self.graph.importers_of(path)

    def summary(self, path: Path, function: str, spec: TaintSpec, specs: list, depth: int) -> Summary | None:
        """What ``function`` of the module ``path`` does with data for the rule ``spec``."""
        analysis = self._analysis(path, depth)
        if analysis is None:
            return None
        return analysis.answer(analysis.summaries, (id(spec), function), spec, specs,
                               lambda facts: function_summary(facts, spec, function))

    def enters(self, path: Path, spec: TaintSpec, specs: list, depth: int) -> bool:
        """Whether data of the rule ``spec`` enters the module ``path`` (see taint.data_enters),
        as its summaries would see it: else none of its functions returns request data."""
        analysis = self._analysis(path, depth)
        if analysis is None:
            return False
        return analysis.answer(analysis.enters, id(spec), spec, specs, lambda facts: data_enters(facts, spec))

    def gives(self, path: Path, spec: TaintSpec, depth: int, siblings: tuple[TaintSpec, ...] = ()) -> bool:
        """Whether a function of the module ``path`` may return request data of the rule
        ``spec``: one of the rule's sources in it (see _holds), or in the modules it imports
        within ``depth`` (as its summaries follow them). Kept by the module's content and the
        sources, so shared by the rules with the same sources; ``siblings``: the rules the gate
        asks next (see _holds)."""
        text, digest = self.text(path)
        language = module_language(path)
        if text is None or language not in GRAMMARS or len(text) > MAX_BYTES:
            return False
        probe, probe_key = self._probe(spec, language)

        def found() -> bool:
            if probe is not None and self.scanned.files and not self._may_give_any(
                    path, depth, self._probes[(id(spec), language)][3]):
                return False  # none of the modules it reaches holds one, imported or not (see may_feed)
            return probe is None or self._holds(path, text, digest, language, (spec, *siblings))[probe_key] or any(
                self.gives(target, spec, depth - 1, siblings) for target in self._imported(path, digest, text, depth))
        return self.kept(self._gives, (path, digest, depth, probe_key), found)

    def scanned_source(self, path: Path, text: str, spec: TaintSpec, language: str) -> bool | None:
        """Whether the file ``path`` (its ``text``) holds a source of the rule ``spec`` as a bulk
        scan's source probe found (None where none probed it so: see ScannedProbes.holds)."""
        if not self.scanned.files or self._probe(spec, language)[0] is None:
            return None
        known, digest = self.text(path)  # (kept for a steady run)
        return self.scanned.holds(path, digest, text, self._probes[(id(spec), language)][3]) if known == text else None

    def takes(self, path: Path, spec: TaintSpec, depth: int) -> bool:
        """Whether a function of the module ``path`` may pass a parameter to a sink of the
        rule ``spec`` (see _may_hold): else its summaries name no sink."""
        return self._may_hold(path, spec, depth, "sinks")

    def may_enter(self, path: Path, spec: TaintSpec, specs: list, depth: int) -> bool:
        """Whether data of the rule ``spec`` enters the module ``path`` (see enters), asked
        the cheap way first: a module that gives none (see gives: its source probe, from a
        bulk scan where one ran) enters none, unless it renames an import one of the rule's
        sources names (the probe does not follow renamings; see _may_hold)."""
        return self.may_give(path, spec, specs, depth) and self.enters(path, spec, specs, depth)

    def may_give(self, path: Path, spec: TaintSpec, specs: list, depth: int) -> bool:
        """Whether a function of the module ``path`` may return data of the rule ``spec``
        (see may_enter), nothing summarised."""
        return self.gives(path, spec, depth, tuple(specs)) or self._may_hold(path, spec, depth, "renamed sources")

    def _may_hold(self, path: Path, spec: TaintSpec, depth: int, side: str) -> bool:
        """Whether the module ``path`` may hold one of the rule's ``side`` ("sinks", or
        "renamed sources": sources under a name the module gives an import), as its summaries
        would find them: its text (see text_may_match, renamed_may_match; nothing parsed), or that
        of a module it imports within ``depth``."""
        text, digest = self.text(path)
        language = module_language(path)
        if text is None or language not in GRAMMARS or len(text) > MAX_BYTES:
            return False

        def found() -> bool:
            if side == "sinks" and not self.sink_reach.may_hold(path, spec, depth):
                return False  # (no module it imports, its names used or not, holds one)
            return (text_may_match(text, language, sink_side(spec), spec.sinks, self._literals(path, digest))
                    if side == "sinks" else renamed_may_match(text, language, spec.sources, self._literals(path, digest))) \
                or any(self._may_hold(target, spec, depth - 1, side) for target in self._imported(path, digest, text, depth))
        return self.kept(self._may, (path, digest, depth, id(spec), side), found, spec)

    def _holds(self, path: Path, text: str, digest: str, language: str, specs) -> dict[str, bool]:
        """Source probe content -> whether the module holds one of those sources (see
        holds_source), for the rules ``specs``: worked out together, on one parse of the
        module and one traversal (the gate asks each rule in turn, so each module used to be
        parsed and searched once per kind of source)."""
        known = self._sources_in.get((path, digest))
        if known is None:
            if len(self._sources_in) > 4096:
                self._sources_in.clear()
            known = self._sources_in[(path, digest)] = {}
        wanted = {}
        for spec in specs:
            probe, probe_key = self._probe(spec, language)
            if probe is not None and probe_key not in known:
                scanned = self.scanned.holds(path, digest, text, self._probes[(id(spec), language)][3])
                if scanned is not None:
                    known[probe_key] = scanned  # ast-grep's CLI probed it: nothing to parse
                else:
                    wanted.setdefault(probe_key, (probe, spec))
        if wanted:  # (a tree too deep to search holds none: see taint_module_texts._read_disk)
            known.update(dict.fromkeys(wanted, False) if nests_too_deep(text, language) else
                         holds_source(text, language, wanted))
        return known

    def _imported(self, path: Path, digest: str, text: str, depth: int) -> frozenset[Path]:
        """The modules a module's link at ``depth`` - 1 names (see link), kept by its content:
        the gate asks it once per rule, and reading the imports of a large module costs ~10 ms."""
        key = (path, digest, depth)
        if key not in self._imports:
            if len(self._imports) > 50_000:
                self._imports.clear()
            link = self.link(path, text, module_language(path), depth - 1)
            self._imports[key] = frozenset(link.targets()) if link is not None else frozenset()
        return self._imports[key]

    def sources_key(self, spec: TaintSpec, language: str) -> str:
        """What gives answers by, of a rule: its sources (their probe in ``language`` and
        their configs), the same in every language for the rules with the same sources."""
        return self._probe(spec, language)[1]

    def _probe(self, spec: TaintSpec, language: str) -> tuple[dict | None, str]:
        """A rule's source probe in ``language`` (see source_probe) as a config, and its
        content with the sources' constraints."""
        known = self._probes.get((id(spec), language))
        if known is None or known[0] is not spec:
            probe = source_probe(spec, language)
            content = json.dumps([probe, [m.config for m in spec.sources]], sort_keys=True, default=repr)
            known = self._probes[(id(spec), language)] = (spec, probe and {"rule": probe}, content,
                                                          probe and probe_content(spec, language, probe))
        return known[1], known[2]

    def note_scan(self, rules, found: dict[Path, set[str]], edited: bool = False) -> None:
        """What a bulk scan with ``rules`` found with its taint source probes in each file it read (path ->
        the ids of those that matched; see ScannedProbes); ``edited``: some changed since (probes unknown)."""
        read = {(real := self.graph.real(path.absolute())): (self.text(real), ids) for path, ids in found.items()}
        self.scanned = ScannedProbes.of(rules, {path: (digest, ids) for path, ((_, digest), ids) in read.items()})
        if not self.scanned.any_request and (edited or any(text is not None and unread(text) for (text, _), _ in read.values())):
            self.scanned = self.scanned.unsure()

    def _literals(self, path: Path, digest: str) -> dict:
        """Which literals a module's text holds, as far as asked (see text_meets)."""
        present = self._present.get((path, digest))
        if present is None:
            if len(self._present) > 4096:
                self._present.clear()
            present = self._present[(path, digest)] = {}
        return present

    def _analysis(self, path: Path, depth: int) -> ModuleAnalysis | None:
        """The module ``path`` parsed, linked to the modules it imports within ``depth`` - 1, and its
        answers by rule (see taint_module_analysis): kept by its content and depth while the modules
        its summaries read are the same."""
        text, digest = self.text(path)
        language = module_language(path)
        if text is None or language not in GRAMMARS or len(text) > MAX_BYTES:
            return None
        key = (path, digest, depth)
        analysis = self._analyses.get(key)
        if analysis is not None and analysis.link is not None and any(
                self.text(p)[1] != d for p, d in analysis.link.consulted.items()):
            analysis = None  # a module it imports changed: its summaries may have
        if analysis is None:
            from ast_grep_py import SgRoot
            from postil.analyzers.rules.bounded_parse import parses_in_budget
            from postil.analyzers.rules.parsed_text import parsed

            if (path, digest) in self._refused or nests_too_deep(text, language) or not parses_in_budget(text, language):
                self._refused.add((path, digest))  # (not followed: its own check says why; see taint_module_texts._read_disk)
                return None
            text, root, _ = parsed(text, language, SgRoot(text, language).root())
            analysis = self._analyses[key] = ModuleAnalysis(root, language, text.isascii(),
                                                            self.link(path, text, language, depth - 1))
            while len(self._analyses) > _ANALYSES:
                self._analyses.popitem(last=False)
        self._analyses.move_to_end(key)
        return analysis


@dataclass
class ModuleLink:
    """One file's imports of the workspace's modules: local name → (file, function) for
    imported functions, local name → file for imported modules (`helpers.get_param(...)`)."""

    workspace: Workspace
    functions: dict[str, tuple[Path, str]]
    modules: dict[str, Path]
    depth: int
    text: str  # the importing file's
    language: str
    consulted: dict[Path, str] = field(default_factory=dict)  # module -> the digest of the text its summaries came from
    _present: dict = field(default_factory=dict)  # see text_meets
    _feeds: dict[str, bool] = field(default_factory=dict)  # a rule's sources (see Workspace.sources_key) -> see feeds
    _sinking: dict[int, tuple[TaintSpec, bool]] = field(default_factory=dict)  # id(spec) -> see _sinks
    _entered: dict[tuple[Path, int], bool] = field(default_factory=dict)  # (module, id(spec)) -> see source
    _instances: dict[str, str] | None = None  # see taint_instances
    _bases: tuple[list[tuple[Path, str]], frozenset[str]] | None = None  # imported bases, own defs (taint_inherited)
    path: Path | None = None  # the file's own (real)
    _called: bool | None = None  # see called
    _taking: bool | None = None  # see _takes
    _named: list[tuple[Path, tuple[Path, ...]]] | None = None  # see callers
    _importing: dict[Path, bool] = field(default_factory=dict)  # a file near it -> whether it imports it
    _fed: dict[int, tuple] = field(default_factory=dict)  # id(spec) -> (it, asked, see fed, the modules read)
    _hands_over: bool | None = None  # see _passes_on
    origins: dict[tuple[Path, str], tuple | None] = field(default_factory=dict)  # see taint_package_links
    packaged: tuple | None = None  # its (module, name) of packages' `__init__.py`, see package_targets

    @property
    def called(self) -> bool:
        """Whether other files may call its functions and methods (see Workspace.called, callers), asked once, where a rule needs it."""
        if self._called is None:
            self._called = self.path is not None and self.workspace.called(self.path, self.language)
        return self._called

    def callers(self, spec: TaintSpec, siblings: tuple[TaintSpec, ...] = ()) -> list[Path]:
        """The files near this one that import it and may get request data of the rule ``spec`` (see
        Workspace.handlers_of, gives): the cheap questions first, once a file (a library's read none)."""
        if self.workspace.library_tree(self.language) or self.language == "python" and not self._takes() \
                or not self._sinks(spec) or not self.called:
            return []  # (a Python module none of whose functions takes an argument is fed nothing: a view's
        # file is not asked who calls it; a library's modules are not asked for sinks)
        if self._named is None:
            self._named = self._importers()
        if not self._named:
            return []
        # (a Python handler may read the request through a getter of another module, Sydent's
        # `get_args(request, ...)` of `utils.py`: its own imports are asked too)
        reach = 2 if self.language == "python" else 1
        return [caller for caller, handlers in self._named
                if any(self.workspace.gives_near(h, spec, reach, siblings) for h in handlers)]

    def _beyond_holders(self, callers: list[Path], spec: TaintSpec) -> list[Path]:
        """The handlers (see callers) of this JavaScript/TypeScript module's ``callers`` that are not callers
        themselves: they may call its class's methods through an instance a caller makes and exports
        (Zipline's `lib/datasource/index.ts`, `export const datasource = new Local(dir)`; its route's
        `datasource.put(name, data)`: see taint_instances.held_method)."""
        if FAMILY.get(self.language) != "js" or not callers:
            return []
        return sorted({h for caller, handlers in self._named or () if caller in callers
                       and makes_instances(self.workspace.text(caller)[0]) for h in handlers
                       if h not in callers and self.workspace.gives(h, spec, 1)}, key=str)

    def _importers(self) -> list[tuple[Path, tuple[Path, ...]]]:
        """(file, the files that may give it request data: see Workspace.handlers_of) of the files near this one that
        import it; in the editor's check (see ModuleCallers.callers_bounded), only until they number EDITOR_HANDLERS."""
        found: list[tuple[Path, tuple[Path, ...]]] = []
        handlers: set[Path] = set()
        bounded, handlers_of = self.workspace.callers_bounded(), self.workspace.handlers_of
        named, calling = self.workspace.named_near(self.path), self.workspace.calling_near(self.path) \
            if self.language == "python" else ()  # (one named may call its methods, not import it: taint_method_names)
        importing, calls = frozenset(named), frozenset(calling)  # (a tuple's `in` compares Paths one by one: 300² a module)
        for caller in dict.fromkeys((*named, *calling)):
            if bounded and len(handlers) >= EDITOR_HANDLERS:
                break
            if (caller in importing and self._imports_this(caller) or caller in calls) and (given := handlers_of(caller, self.depth)):
                found.append((caller, given))
                handlers.update(given)
        return found

    def _takes(self) -> bool:
        """Whether one of the file's functions takes an argument (see _TAKES), searched once."""
        if self._taking is None:
            self._taking = _TAKES.search(self.text) is not None
        return self._taking

    def _imports_this(self, caller: Path) -> bool:
        known = self._importing.get(caller)
        if known is None:
            known = self._importing[caller] = self.workspace.derive(f"imports {self.path}", caller)
            if known:
                self.consulted.setdefault(caller, self.workspace.digest(caller))
        return known

    def fed(self, spec: TaintSpec, specs: list, functions: frozenset[str]) -> Fed:
        """(function or "Class.method", position or keyword) -> the file that calls one of the file's
        ``functions`` with request data of the rule ``spec`` for that parameter (see taint_callers)."""
        known = self._fed.get(id(spec))
        if known is None or known[0] is not spec or not functions <= known[1] or not self.workspace.asked_again(known[3]):
            asked = functions | known[1] if known is not None and known[0] is spec else functions
            # (asked again while it is worked out: what is known so far)
            self._fed[id(spec)] = (spec, asked, fed := {}, ())
            try:
                with self.workspace.reading() as read:  # (the modules the callers import: see fed_near)
                    callers = self.callers(spec) if asked else []
                    for caller in callers + self._beyond_holders(callers, spec):
                        for key in sorted(self.workspace.fed_near(caller, spec, specs, self.depth, self.path, asked), key=repr):
                            fed.setdefault(key, caller)
            except BaseException:  # (a pyo3 panic, the time limit: the check asking says so, see engine._guarded)
                del self._fed[id(spec)]  # (nothing half-known is kept)
                raise
            # (kept with them, asked again where this link's module's analysis answers another check: see Workspace._analysis)
            known = self._fed[id(spec)] = (spec, asked, fed, None if read is None else tuple(sorted(read)))
        # (worked out for every function asked so far, and each answer is its own function's: the same
        # whichever functions were asked first)
        return known[2] if functions == known[1] else {key: caller for key, caller in known[2].items()
                                                       if key[0] in functions}

    def targets(self) -> set[Path]:
        """The module files this link names (and those its packages' names come from: taint_package_links)."""
        return {*self.modules.values(), *(path for path, _ in self.functions.values()), *package_targets(self)}

    def feeding(self, specs: list[TaintSpec]) -> set[int]:
        """The ids of the rules of ``specs`` a module this link names may return request data
        of that may reach a sink (see feeds): the one gate of a taint rule on a file for what
        it imports, in the editor and in bulk scans alike. The cheap question first: after a
        bulk scan, which modules hold sources is known (see Workspace.note_scan), and a rule
        none of them gives data of is not asked for sinks; else, without a sink of the rule in
        the file's text or in those of the modules it imports (see Workspace.takes), the data
        reaches none, and no module is parsed for its sources. The rules left are asked
        together (each module probed for all of them at once)."""
        specs = tuple(spec for spec in specs if spec.imports)
        if self.workspace.scanned.files:
            fed = {id(spec) for spec in specs if self.feeds(spec, specs) and self._sinks(spec)}
        else:
            sinking = tuple(spec for spec in specs if self._sinks(spec))
            fed = {id(spec) for spec in sinking if self.feeds(spec, sinking)}
        stored = self.language == "python" and bool(self.workspace.stored.writers(self.path, self.text))  # (request state)
        return fed | {id(spec) for spec in specs if id(spec) not in fed and (self._passes_on(spec) or stored and self._sinks(spec))}

    def _passes_on(self, spec: TaintSpec) -> bool:
        """Whether the file may read data of the rule ``spec`` and hand it to an imported function that
        may pass it to a sink (`helpers.greeting(name)`; not `db()`): the text only, nothing parsed."""
        scanned = self.workspace.scanned_source(self.path, self.text, spec, self.language)  # (a library's files: False)
        if scanned is False:
            return False
        if self._hands_over is None:  # (a call of an imported function or module's with an argument)
            names = [re.escape(n) for n in self.functions] + [re.escape(n) + r"\.\w+" for n in self.modules]
            self._hands_over = bool(names) and re.search(rf"(?<![\w.])(?:{'|'.join(names)})\(\s*[^)\s]", self.text) is not None
        return self._hands_over and any(self.workspace.takes(t, spec, self.depth) for t in self.targets()) and (
            scanned or text_may_match(self.text, self.language, source_side(spec), spec.sources, self._present))

    def _sinks(self, spec: TaintSpec) -> bool:
        """Whether a sink of the rule may be in the file or in a module it imports (text only)."""
        known = self._sinking.get(id(spec))
        if known is None or known[0] is not spec:
            known = self._sinking[id(spec)] = (spec, text_may_match(
                self.text, self.language, sink_side(spec), spec.sinks, self._present) or any(
                self.workspace.takes(t, spec, self.depth) for t in self.targets()))
        return known[1]

    def feeds(self, spec: TaintSpec, siblings: tuple[TaintSpec, ...] = ()) -> bool:
        """Whether a module this link names may return request data of the rule ``spec`` (see Workspace.gives);
        a library's modules, whose functions return no request data, cost no summaries."""
        key = self.workspace.sources_key(spec, self.language)  # the rules with the same sources ask once
        known = self._feeds.get(key)
        if known is None:
            known = self._feeds[key] = any(self.workspace.gives(t, spec, self.depth, siblings) for t in self.targets())
        return known or bool(self.callers(spec, siblings))

    def summary(self, callee: str, spec: TaintSpec, specs: list) -> Summary | None:
        """The summary of the function a call's callee text names, if it is one of an
        imported module's."""
        target = self.resolve(callee)
        summary = self.workspace.summary(*target, spec, specs, self.depth) if target is not None else None
        owner = callee.rpartition(".")[0]
        if summary is not None and summary.sinks and FAMILY.get(self.language) == "js" and callee not in self.functions \
                and callee not in self.modules and owner not in self.modules \
                and (owner not in self.functions or held_method(self, target, target[0]) is not None) \
                and self.workspace.checks(target[0]):
            # a JavaScript method of an instance (see taint_instances): where this run checks its module too, its
            # sinks are reported where they are (see taint_callers), not at each call; where it does not (the
            # editor's open controller, a staged review), at the call, as a function's (see fed_there). A static
            # method called through its class (`Tools.run(cmd)`) is a function; one of an instance the module makes and
            # exports is the instance's (`export const Rooms = new RoomsRaw()`: see taint_instances.held_method). A
            # Python method's are reported at the call, as a function's are
            summary = replace(summary, sinks=())
        return summary

    def fed_there(self, callee: str, spec: TaintSpec, specs: list, argument=None) -> frozenset[int | str]:
        """The parameters (positions, or names where passed by keyword: see argument_key) of the
        function a call's callee names that files near its module pass request data to: its module
        reports the sinks they reach (see taint_callers), so a call is not reported again (one
        finding, at the sink, as Semgrep's and CodeQL's are).
        Only where this run checks that module too (see Workspace.checking): a check of the
        handler alone (the editor's open file, a staged review) still warns at the call, since the
        helper's sink is not reported there; and, in Python, never where the call's ``argument`` is
        text the caller builds (`query(f"... {q}")`: the injection is made there)."""
        target = self.resolve(callee)
        if target is not None and (not self.workspace.checks(target[0]) or (
                FAMILY.get(self.language) != "js" and python_text_built(argument))):
            target = None
        module = self.workspace._analysis(target[0], self.workspace.depth + 1) if target is not None else None
        if module is None:
            return frozenset()
        # (a method of an instance the module makes and exports, `storage.get` of `export const storage = new
        # FileStorage()`, Polar's `file_service.store` of `file_service = FileService()`: its class's, as its callers
        # are found, taint_arguments; reported at the sink alone, as an instance's made in the caller are, see
        # summary. A class called is its constructor: `WebDownload(image_id, uri)` feeds `WebDownload.__init__`)
        function = held_method(self, target, target[0]) or target[1]
        names = {function, f"{function}.{GRAMMARS[self.language].constructor}"}
        return frozenset(position for name, position in fed_parameters(module.facts(spec, specs), spec)
                         if name in names)

    def source(self, callee: str, spec: TaintSpec, specs: list) -> Summary | None:
        """The summary of the imported function a call's callee text names, where it may
        return request data: the function of a module data enters nowhere (see
        Workspace.may_enter) returns none, and is not summarised."""
        target = self.resolve(callee)
        if target is None:
            return None
        key = (target[0], id(spec))
        if key not in self._entered:  # asked for every call of every rule: a module's answer is the same
            self._entered[key] = self.workspace.may_enter(target[0], spec, specs, self.depth)
        return self.workspace.summary(*target, spec, specs, self.depth) if self._entered[key] else None

    def may_give(self, callee: str, spec: TaintSpec, specs: list) -> bool:
        """Whether the imported function a call's callee text names may return data of the
        rule ``spec`` (see Workspace.may_give): the cheap question, before its summary."""
        target = self.resolve(callee)
        return target is not None and self.workspace.may_give(target[0], spec, specs, self.depth)

    def resolve(self, callee: str) -> tuple[Path, str] | None:
        """(module file, function) a call's callee text names, if it is one of an imported
        module's (noted in ``consulted``)."""
        if not self.functions and not self.modules:
            return None  # (a link for the file's callers only: it imports none of the workspace's modules)
        target = self.functions.get(callee)
        if target is None and callee in self.modules:  # a default import, or a require, called itself
            target = (self.modules[callee], "default")
        if target is None and "." in callee and (path := self.modules.get(callee.rpartition(".")[0])) is not None:
            target = (path, callee.rpartition(".")[2])  # (a function read through its module)
        if target is None and "." in callee:  # a method of an imported class's instance
            if self._instances is None:
                self._instances = instance_classes(self.text, typed=self.language == "python")
            typed = typed_callee(callee, self._instances)  # (else a static method: `Tools.run(cmd)`)
            module, _, typed = (typed or "").rpartition(".") if typed and typed.count(".") > 1 else ("", "", typed)
            module, _, cls = module.rpartition(".") if module else ("", "", "")
            if module:  # the class read through its module (`templar.Templar().render(text)`)
                path = self.modules.get(module)
                target = (path, f"{cls}.{typed}") if path is not None else None
            else:
                cls, _, method = (typed or callee).partition(".")
                imported = self.functions.get(cls)  # (the class by the name its module gives it)
                target = (imported[0], f"{imported[1]}.{method}") if imported is not None and method.isidentifier() else None
        if target is None and self.language == "python":  # a base class's method, or one of what a factory gives
            if self._bases is None and callee.startswith("self."):
                self._bases = imported_bases(self.text, self.functions), defined_names(self.text)
            target = (inherited_callee(callee, self._bases[1], self._bases[0]) if self._bases else None) or factory_method(self, callee)
        elif target is None and "." in callee:  # (a function of the object a JavaScript factory makes)
            target = made_function(self, callee)
        target = package_origin(self, target) if target is not None else None  # (a package's re-exported name)
        if target is not None and target[0] not in self.consulted:  # (a stat: asked for every call)
            self.consulted[target[0]] = self.workspace.text(target[0])[1]
        return target

