"""What the taint rules' results in an open document linked to the workspace's other modules
(taint_modules.ModuleLink) rest on beyond its text: the texts of the modules read while they were
found (their digests, as Workspace.text gave them: the editor's unsaved text of an open one, else the
file's) and what else was looked at (directory listings near the file, whether a path is a file:
core.reads). The results kept between checks (rules/unit_linked.py) are those of one generation:
while every input gives the same answer; a new one starts once one does not.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from postil.core import reads


class LinkInputs:
    """The inputs of the kept results of one document (see the module's docstring)."""

    def __init__(self) -> None:
        self.generation = 0
        self._texts: dict[Path, str] = {}  # module -> its digest
        self._facts: dict[tuple[str, str], object] = {}  # (kind, path) -> the answer (core.reads), but modules' bytes
        self._changed = False  # an input answered two ways in the generation

    def current(self, workspace) -> int:
        """The generation the results found now belong to: a new one when an input of the kept
        results gives another answer now (``workspace``: the taint_modules.Workspace read)."""
        if self._changed or any(workspace.text(path)[1] != digest for path, digest in self._texts.items()) \
                or not reads.ReadLog().holds([(kind, path, answer) for (kind, path), answer in self._facts.items()]):
            self.generation += 1
            self._texts, self._facts, self._changed = {}, {}, False
        return self.generation

    @contextmanager
    def noting(self, workspace):
        """Note the inputs read while the block runs (added to the generation's; the block gets the
        texts noted, module -> digest: one it takes out is no input)."""
        with workspace.noting() as texts, reads.recording() as log:
            yield texts
        for path, digest in texts.items():
            self._changed |= self._texts.setdefault(path, digest) != digest
        read = {str(path) for path in self._texts}  # (their bytes: asked through their digests)
        for kind, path, answer in log.order:  # (inside an outer log: all it holds)
            if kind != "bytes" or path not in read:
                self._changed |= self._facts.setdefault((kind, path), answer) != answer
