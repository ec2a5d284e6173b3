"""The workspace's answers about a module's callers for the taint engine (see taint_callers):
whether files near a module may call it with request data, which of them do, and what their
calls pass; a part of taint_modules.Workspace, whose texts, import graph and scan it reads."""

from __future__ import annotations

from pathlib import Path

from postil.analyzers.languages import language_of_suffix
from postil.analyzers.rules.taint_arguments import tainted_arguments
from postil.analyzers.rules.taint_callers import EDITOR_HANDLERS
from postil.analyzers.rules.taint_imports import FAMILY
from postil.analyzers.rules.taint_method_names import CALLED, HELD
from postil.analyzers.rules.taint_spec import TaintSpec
from postil.analyzers.rules.taint_task_names import Task, task_of

_LANGUAGES: dict[Path, str | None] = {}  # see module_language


def module_language(path: Path) -> str | None:
    """language_of a module, from the suffix it has, kept by path (asked ~100 times a module of a
    large tree: pathlib's suffix was most of the gate's cost on a library)."""
    if path not in _LANGUAGES:
        if len(_LANGUAGES) > 50_000:
            _LANGUAGES.clear()
        _LANGUAGES[path] = language_of_suffix(path.suffix)
    return _LANGUAGES[path]


def _words(calls: frozenset[str]) -> frozenset[str]:
    """`word.method` of calls on receivers named by a word (`_storage.open`: `storage.open`)."""
    return frozenset(call.lstrip("_") for call in calls)


class ModuleCallers:
    """Workspace's questions about callers (it holds ``near``, ``scanned``, ``graph``, ``root``,
    ``text``, ``_analysis`` and ``_checking``)."""

    def called(self, path: Path, language: str) -> bool:
        """Whether files near the module ``path`` may call it with request data (see taint_callers): one
        reads a request as handlers do; for Python, one that names it (else no link: checked by functions),
        or one that names it and that such a file names in turn (Masakari's engine manager, which
        `ha/api.py` calls for the controllers importing it: see handlers_of), or one that calls a method of
        its classes by its compound name (see calling_near)."""
        family = FAMILY.get(language)
        if self.library_tree(language):
            return False
        path = self.graph.real(path.absolute())
        called = family is not None and self.near.any_handler(path, self.root, self._handles_near, self._run_texts is not None)
        if called and family == "python":
            named = [other for other in self.named_near(path) if other != path]
            called = any(self._handles_near(other) for other in named) or any(
                self._handles_near(caller) and caller != path for other in named for caller in self.named_near(other)) \
                or any(self._handles_near(other) for other in self.calling_near(path))
        return called

    def calling_near(self, path: Path) -> tuple[Path, ...]:
        """The Python files near the module ``path`` that call a method of its classes by its compound name
        (taint_method_names: `self.rest_api.export_history_csv(...)` of a view that was handed the API object),
        whether or not they import it; none where no file near it reads a request. In the editor's check (see
        callers_bounded) the nearest :data:`taint_callers.EDITOR_HANDLERS`."""
        steady = self._run_texts is not None
        python = module_language(path) == "python"
        methods = self.derive("methods", path) if python else frozenset()
        held = self.derive("held", path) if python else frozenset()  # (`storage.open` of `class Storage`)
        tasks = self.derive("tasks", path) if python else {}  # (`queue.enqueue("fetch", url)`: taint_task_names)
        if not (methods or held or tasks) or not self.near.any_handler(path, self.root, self._handles_near, steady):
            return ()
        calling = tuple(other for other in self.near.files_near(path, self.root, steady)
                        if other != path and (methods and not methods.isdisjoint(self.derive(f"calls {CALLED}", other))
                                              or held and not held.isdisjoint(_words(self.derive(f"calls {HELD}", other)))
                                              or tasks and self.tasks_named(path, other)))
        return calling[:EDITOR_HANDLERS] if self.callers_bounded() else calling

    def library_tree(self, language: str) -> bool:
        """Whether a bulk scan found request data in none of its files (a library's tree): then no
        Python module of it is called with any."""
        return FAMILY.get(language) == "python" and bool(self.scanned.files) and not self.scanned.any_request

    def named_near(self, path: Path) -> tuple[Path, ...]:
        """The files near the module ``path`` that may import it (see taint_callers.NearFiles; none
        where no file near it reads a request), kept for a steady run; in the editor's check (see
        callers_bounded) the nearest :data:`taint_callers.EDITOR_HANDLERS`."""
        steady = self._run_texts is not None
        named = self.near.named(path, self.root, self.derive, steady) \
            if self.near.any_handler(path, self.root, self._handles_near, steady) else ()
        return named[:EDITOR_HANDLERS] if self.callers_bounded() else named  # (the editor's: the nearest)

    def callers_bounded(self) -> bool:
        """Whether a module's callers are followed only as far as :data:`taint_callers.EDITOR_HANDLERS`:
        in the editor's check (no bulk scan), not in a check of a tree (Workspace.checking), whose files are
        checked before its scan is done or after it (one importing none of the project's modules as soon as
        ast-grep is done with it): a bound before it made the findings hang on how fast ast-grep went."""
        return not self.scanned.files and not self._checking

    def handlers_of(self, caller: Path, depth: int) -> tuple[Path, ...]:
        """The files that may give the file ``caller`` request data: itself where it reads a request
        as handlers do (see _handles), and (``depth`` above 1) the files near it that do and import it
        (a service its controller calls) or call its methods by their compound names (see calling_near)."""
        own = (caller,) if self._handles_near(caller) else ()
        if depth <= 1:
            return own
        importing = tuple(other for other in self.named_near(caller) if self._handles_near(other)
                          and self.derive(f"imports {caller}", other))
        return own + importing + tuple(other for other in self.calling_near(caller)
                                       if other not in importing and other != caller and self._handles_near(other))

    def _handles_near(self, path: Path) -> bool:
        """_handles of a file near the module a check asks about (see ModuleTexts.derived)."""
        return self.derive("handles", path)

    def _handles(self, path: Path) -> bool:
        """Whether a file reads a request as handlers do (see taint_callers.NearFiles.handles); not a
        Python file in which a bulk scan found no request data (a library's: its text not searched)."""
        text, digest = self.text(path)
        if text is not None and module_language(path) == "python" and self.scanned.reads_request(path, digest, text) is False:
            return False
        return self.near.handles(path, text, digest)

    def imports(self, importer: Path, path: Path) -> bool:
        """Whether the file ``importer`` imports the module ``path``; if it does, it is noted as a
        file whose change may change ``path``'s findings (see taint_callers)."""
        text, _ = self.text(importer)
        targets = self.graph.targets(importer, text, module_language(importer)) if text is not None else ()
        found = any(target == path for _, _, target, _ in targets) or module_language(importer) == "python" and any(
            self._re_exports(package, name, path) for _, name, package, whole in targets
            if not whole and package.name == "__init__.py")  # (`from helpers import get_param`: taint_package_links)
        if found:
            self.graph.note_dependent(path, importer)
        return found

    def _re_exports(self, package: Path, name: str, path: Path) -> bool:
        """Whether the `__init__.py` ``package`` re-exports ``name`` from the module ``path`` (whose findings
        then follow the package's text too)."""
        reexports = self.graph.package_reexports
        origin = reexports.origin(package, name) if reexports is not None else None
        if origin is not None and origin[0] == path:
            self.graph.note_dependent(path, package)
            return True
        return False

    def fed(self, importer: Path, spec: TaintSpec, specs: list, depth: int, module: Path,
            functions: frozenset[str]) -> set[tuple[str, int]]:
        """(function or "Class.method", position) of the calls in ``importer`` that pass request
        data of the rule ``spec`` to one of the ``functions`` of ``module`` (see taint_arguments).
        The importer is read with its imports resolved to the workspace's depth, whatever ``depth`` is
        left, where its calls' callees decide what it hands on: a handler (it reads a request itself:
        the chain handler -> service -> driver of Masakari's controller, its `NotificationAPI`, the
        engine manager) and any JavaScript/TypeScript importer (a route's `submit(req.body)` of a form
        module whose own call hands the data to a client module: else the client is fed nothing)."""
        handles = self._handles(importer)
        js = FAMILY.get(module_language(importer) or "") == "js"
        analysis = self._analysis(importer, max(depth, self.depth) if handles or js else depth)
        if analysis is None:
            return set()
        # (a service's built text is reported at its call: Tautulli's `self.db.select(f"... {column}")`; a failure,
        # a pyo3 panic, goes to the check asking, which says so: nothing is answered, so nothing smaller is kept)
        return tainted_arguments(analysis.facts(spec, specs), spec, module, functions, built_text=handles,
                                 tasks=self.tasks_named(module, importer))

    def tasks_named(self, path: Path, caller: Path) -> dict[str, Task]:
        """The tasks of the Python module ``path`` that the file ``caller`` hands a queue by name (spelled name ->
        task, see taint_task_names); not a bare name a task of another file near the module has too."""
        spelled = self.derive("dispatches", caller) if module_language(caller) == "python" else frozenset()
        tasks = self.derive("tasks", path) if spelled else {}
        found = {name: task for name in spelled if (task := task_of(name, tasks)) is not None}
        if all("." in name for name in found):
            return found
        others = [self.derive("tasks", other) for other in self.near.files_near(path, self.root, self._run_texts is not None)
                  if other != path]
        return {name: task for name, task in found.items() if "." in name or not any(name in tasks for tasks in others)}
