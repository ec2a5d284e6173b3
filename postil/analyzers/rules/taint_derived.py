"""The questions the run's indexes of near files ask of one module's text (who handles a request,
what it imports, which fields it stores, ...), asked by name so that the results cache can ask them
again of a changed file (ModuleTexts.derived, result_cache.reuse): a mixin of taint_modules.Workspace."""

from __future__ import annotations

import re
from pathlib import Path


class DerivedQuestions:
    """``derive``: a named question of a module's text (see Workspace)."""

    def derive(self, question: str, path: Path) -> object:
        """What an index of the files near a directory, kept for the run, takes of the text of
        ``path`` (see ModuleTexts.derived): ``question`` "handles" (reads a request as handlers do),
        "names" (the names its imports spell), "imports MODULE" (whether it imports the module
        MODULE), "contains WORD", "writes" (the request-state fields
        it assigns: Python), "assigns" (the request state it assigns: JavaScript), "said FAMILY" (what it says of context stores), "calls PATTERN" (the setters it
        calls), "part declared" / "part stored" (the model fields it declares / stores request data in).
        A later run asks it again of a changed file (result_cache.reuse): ValueError for a question
        not one of these."""
        return self.derived(question, path, lambda: self._derive(question, path))

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
        if kind == "part" and detail in FIELD_PARTS:
            return self.stored.fields._of(path, FIELD_PARTS[detail])
        raise ValueError(f"not a question of a module's text: {question!r}")
