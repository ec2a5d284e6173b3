"""The questions the run's indexes of near files ask of one module's text (who handles a request,
what it imports, which fields it stores, ...), and those a module's check asks of each file near it
that may call it (whether it may give request data of a rule, what its calls pass to the module's
functions), asked by name so that the results cache can ask them again of a changed file
(ModuleTexts.derived, result_cache.reuse): a mixin of taint_modules.Workspace.

A rule's question names the rule by its ``taint:`` mapping (TaintSpec.name): a later run finds the
rule of that name among those it loaded (know_specs) and asks again. Its answer is a function of
the file's text, of the texts of the modules the file imports (noted as the asking check's own
uses: see ModuleTexts.derived's ``through``; a change to one checks the asking file again) and of
the rule; where the rule is not found, the question cannot be asked again (ValueError: the whole
tree is checked)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from postil.analyzers.rules.taint_callers import import_word
from postil.analyzers.rules.taint_method_names import compound_methods, held_methods
from postil.analyzers.rules.taint_route_converters import route_converters
from postil.analyzers.rules.taint_spec import TaintSpec
from postil.analyzers.rules.taint_task_names import defined_tasks, dispatched_names

_RULE_QUESTIONS = ("gives", "fed")  # the questions that name a rule


class DerivedQuestions:
    """``derive``: a named question of a module's text (see Workspace)."""

    def __init__(self) -> None:
        self._specs: dict[str, TaintSpec] = {}  # name -> a rule of that name (see know_specs)
        self._spec_names: dict[int, tuple[TaintSpec, str]] = {}  # id(spec) -> (it, its name)

    def derive(self, question: str, path: Path) -> object:
        """What an index of the files near a directory, kept for the run, takes of the text of
        ``path`` (see ModuleTexts.derived): ``question`` "handles" (reads a request as handlers do),
        "names" (the names its imports spell), "imports MODULE" (whether it imports the module
        MODULE), "contains WORD", "writes" (the request-state fields
        it assigns: Python), "assigns" (the request state it assigns: JavaScript), "said FAMILY" (what it says of context stores), "methods" (the compound method names it defines once: see taint_method_names), "held" (its classes' methods by the word a holder of one is named: see held_methods), "tasks" (the names
        a worker runs its functions by), "dispatches" (the task names it hands a queue: see taint_task_names), "calls PATTERN" (the setters it
        calls), "part declared" / "part stored" / "part bound" (the model fields it declares / stores request
        data in, the names it binds to a model's rows), "routes" (the view parameters its route table converts);
        or a rule's question (see gives_near, fed_near). A later run asks it again of a changed file
        (result_cache.reuse): ValueError for a question not one of these, or of a rule not known."""
        return self.derived(question, path, lambda: self._derive(question, path),
                            through=question.partition(" ")[0] in _RULE_QUESTIONS)

    def know_specs(self, specs) -> None:
        """The rules a later run loaded, by name, for the rule questions it asks again."""
        for spec in specs:
            self._name(spec)

    def gives_near(self, path: Path, spec: TaintSpec, depth: int, siblings: tuple[TaintSpec, ...] = ()) -> bool:
        """Workspace.gives of a file near the module a check asks about, as a derived question."""
        question = f"gives {json.dumps([self._name(spec), depth])}"
        return self.derived(question, path, lambda: self._reaching(path, depth, lambda: self.gives(path, spec, depth, siblings)),
                            through=True)

    def fed_near(self, importer: Path, spec: TaintSpec, specs: list, depth: int, module: Path,
                 functions: frozenset[str]) -> set[tuple[str, int | str]]:
        """ModuleCallers.fed of a file near ``module``, as a derived question (its uses noted to the
        workspace's depth at least: fed analyses a handler at that depth, whatever ``depth`` is left)."""
        question = f"fed {json.dumps([self._name(spec), depth, str(module), sorted(functions)])}"
        return self.derived(question, importer, lambda: self._reaching(
            importer, max(depth, self.depth), lambda: self.fed(importer, spec, specs, depth, module, functions)),
            through=True)

    def _reaching(self, path: Path, depth: int, answer):
        """``answer()``, the texts of the modules ``path`` imports within ``depth`` (those its answer may
        rest on: see Workspace._imported) asked first, so that the running check notes them as its uses
        (see ModuleTexts.derived's ``through``) also where a cache kept by content answers; where no
        check is noting its uses (no results cache open: a cold run, the editor), ``answer()`` alone."""
        if self._using is None:
            return answer()
        from postil.analyzers.rules.taint_callers_of import module_language
        from postil.analyzers.rules.taint_grammar import GRAMMARS
        from postil.analyzers.rules.taint_module_texts import MAX_BYTES

        seen, todo = {path}, [(path, depth)]
        while todo:
            module, left = todo.pop()
            text, digest = self.text(module)
            if left > 1 and text is not None and module_language(module) in GRAMMARS and len(text) <= MAX_BYTES:
                for target in sorted(self._imported(module, digest, text, left) - seen):
                    seen.add(target)
                    todo.append((target, left - 1))
        return answer()

    def _name(self, spec: TaintSpec) -> str:
        known = self._spec_names.get(id(spec))
        if known is None or known[0] is not spec:
            known = self._spec_names[id(spec)] = (spec, spec.name())
            self._specs.setdefault(known[1], spec)
        return known[1]

    def _derive(self, question: str, path: Path) -> object:
        from postil.analyzers.rules.taint_stored_fields import FIELD_PARTS

        kind, _, detail = question.partition(" ")
        if kind == "handles":
            return self._handles(path)
        if kind == "names":
            return self.near._imported_by(path, *self.text(path))
        if kind == "imports":
            return self.imports(path, Path(detail))
        if kind == "contains":
            text = self.text(path)[0]
            return text is not None and detail in text
        if kind == "writes":
            return self.stored._names(path)
        if kind == "assigns":
            return self.assigned(path)
        if kind == "said" and detail in ("python", "js"):
            return self.stored.stores._said(path, detail)
        if kind == "calls":
            return frozenset(m.group(1) for m in re.compile(detail).finditer(self.text(path)[0] or ""))
        if kind == "methods":
            return compound_methods(self.text(path)[0])
        if kind == "held":
            return held_methods(self.text(path)[0])
        if kind == "tasks":
            return defined_tasks(*self.text(path), import_word(path))
        if kind == "dispatches":
            return dispatched_names(self.text(path)[0])
        if kind == "routes":
            return route_converters(self.text(path)[0])
        if kind == "part" and detail in FIELD_PARTS:
            return self.stored.fields._of(path, FIELD_PARTS[detail])
        if kind in _RULE_QUESTIONS:
            return self._rule_question(kind, detail, path)
        raise ValueError(f"not a question of a module's text: {question!r}")

    def _rule_question(self, kind: str, detail: str, path: Path) -> object:
        """A rule's question (see gives_near, fed_near) asked again from its name."""
        try:
            name, depth, *rest = json.loads(detail)
            spec = self._specs[name]
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"a rule's question not asked again: {kind} {detail[:80]!r}") from exc
        if kind == "gives":
            return self.gives(path, spec, depth)
        module, functions = rest
        try:
            return self.fed(path, spec, [spec], depth, Path(module), frozenset(functions))
        except BaseException as exc:  # a pyo3 panic in the analysis it asks: no answer to compare
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            raise ValueError(f"a rule's question failed: {kind} {detail[:80]!r}") from exc
