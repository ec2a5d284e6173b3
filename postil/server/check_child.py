"""The check process (``python -m postil.server.check_child``; the server's side is
``postil.server.check_process``): reads requests on stdin and answers each on stdout, one pickled message each (``postil.core.pickle_frames``), until its input ends or the
server is gone.

Requests: ``(kind, settings, generation, folders, log level, *arguments)``:
``"warm"`` loads the engine and rules (and answers True); ``"check", uri, text, changed, gone`` checks a
document's text (``changed``/``gone``: the other open documents' texts that changed since the
last check, and those closed) and answers ``(CheckResult, whether its index is the text's as
sent)``; ``"files"`` answers the files of the workspace check (``commands.check_workspace``) and
the config problems met; ``"file", path`` checks one file on disk (a ``FileReport``); ``"count"`` counts the
rules each config runs (they come with the ConfigFacts from then on: it builds every language's
rules, which a check does for its document's language only); ``"rules", operation, path, *arguments``
makes one of the LLM reviewer's rule checks (``postil.analyzers.llm.rule_checks.InProcessRules.OPERATIONS``,
a learned rule's searches among them). Each answer is ``(what was asked, the log records, the importer edges or None when unchanged, the
ConfigFacts or None when unchanged)``; what was asked is None when it failed (the error is in
the log records).
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
from pathlib import Path

from postil.analyzers.rules.rule_error_lines import problem_lines
from postil.core import pickle_frames
from postil.server import checking, lazy_engine
from postil.server.config_facts import ConfigFacts
from postil.server.session import Session

PR_SET_PDEATHSIG = 1  # prctl(2)


class _Records(logging.Handler):
    """What the check logged, for the server to log (level, message)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[tuple[int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.levelno, self.format(record)))


class _Child:
    def __init__(self) -> None:
        self.session = Session()
        self.folders: list[Path] = []  # the workspace folders of the request being answered
        self.held: dict[str, str] = {}  # the other open documents' texts, by URI
        self.edges: dict[Path, frozenset[Path]] = {}  # the importer edges last sent
        self.facts_sent: tuple | None = None  # what the ConfigFacts last sent were of (see _new_facts)
        self.counted = None  # the checker cache whose rules were counted (see count)
        self.records = _Records()
        logger = logging.getLogger("postil")
        logger.addHandler(self.records)
        logger.propagate = False

    def prepare(self, settings, generation: int, folders: list[Path], level: int) -> None:
        session = self.session
        if generation != session.cache_generation:
            lazy_engine.forget_configs()  # (the server reloaded: config files may have come or gone)
        session.settings, session.cache_generation = settings, generation
        if session.cache is not None and session.cache.folders != [f.resolve() for f in folders]:
            session.cache = None  # (the server's first check had other folders: lifecycle.initialize)
        self.folders = folders
        logging.getLogger("postil").setLevel(level)

    def warm(self) -> bool:
        checking.warm_up(self.session, self.folders)
        gc.freeze()  # what the engine and rules made lives as long as the process (see lifecycle)
        gc.enable()
        return True

    def check(self, uri: str, text: str, changed: dict[str, str], gone: list[str]) -> tuple:
        for other in gone:
            self.held.pop(other, None)
        self.held.update(changed)
        result = checking.check_text(self.session, self.folders, uri, text, self.held)
        of_text = result.index is not None and result.index.text is text
        if of_text:
            result.index = None  # the server has the text
        return result, of_text

    def files(self) -> tuple[list[Path], list[str]]:
        cache = checking.cache_for(self.session, self.folders)
        files: list[Path] = []
        directories: dict[Path, None] = {}
        for folder in self.folders:
            walked = lazy_engine.collect_files([folder], cache, root=folder).files
            files.extend(walked)
            real = folder.resolve()  # (the walk follows no link to a directory: below the folder, paths are real)
            directories.update(dict.fromkeys(real / path.parent.relative_to(folder) for path in walked))
        cache.for_directories(directories)  # each sub-folder's own config and rules
        problems, cache.errors = list(cache.errors), []
        problems.extend(problem_lines(cache.rule_errors()))  # (all configs' broken rules, capped as one list)
        return files, problems

    def file(self, path: Path):
        return checking.cache_for(self.session, self.folders).for_path(path).check_file(path)

    def rules(self, operation: str, path: Path, *args):
        from postil.analyzers.llm.rule_checks import InProcessRules

        if operation not in InProcessRules.OPERATIONS:
            raise ValueError(f"no such rule check: {operation!r}")
        return getattr(InProcessRules(checking.cache_for(self.session, self.folders)), operation)(path, *args)

    def count(self) -> bool:
        self.counted = checking.cache_for(self.session, self.folders)
        return True

    def answer(self, kind: str, settings, generation: int, folders: list[Path], level: int, *args) -> tuple:
        """The answer to one request."""
        self.prepare(settings, generation, folders, level)
        try:
            asked = getattr(self, kind)(*args)
        except Exception:
            logging.getLogger("postil.server").exception("%s %s failed", kind, args[0] if args else "")
            asked = None
        logs, self.records.records = self.records.records, []
        return asked, logs, self._new_edges(), self._new_facts()

    def _new_edges(self) -> dict[Path, frozenset[Path]] | None:
        """The importer edges of every checker (see ImportGraph.importer_edges), when they
        changed since the last answer."""
        edges: dict[Path, frozenset[Path]] = {}
        for checker in self.session.cache.checkers if self.session.cache is not None else []:
            for target, importers in checker.modules.graph.importer_edges().items():
                edges[target] = edges.get(target, frozenset()) | importers
        if edges == self.edges:
            return None
        self.edges = edges
        return edges

    def _new_facts(self) -> ConfigFacts | None:
        """The checker cache's ConfigFacts, when it gained a checker or a stamped file (or was
        built again) since the last answer."""
        cache = self.session.cache
        if cache is None:
            return None
        counted = cache is self.counted
        seen = (cache.generation, id(cache), len(cache.checkers), len(cache.stamps), counted)
        if seen == self.facts_sent:
            return None
        self.facts_sent = seen
        return ConfigFacts.of(cache, counted)


def _die_with_parent(server: int) -> None:
    """Have the kernel kill this process when the server is gone (Linux: PR_SET_PDEATHSIG), even in
    the middle of an ast-grep search holding the interpreter, where no thread of ours could run to
    notice; elsewhere the end of the requests ends it, once the search is over. (The signal comes
    when the server's thread that started this process ends: its check worker, which lives as long
    as the server, or its main thread.)"""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != server:  # gone before that was set
        os._exit(0)


def main() -> None:
    gc.disable()  # until the engine is loaded (see warm)
    _die_with_parent(int(sys.argv[1]))
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything else printed goes to the server's stderr, never into the answers
    requests = open(0, "rb", closefd=False)  # noqa: SIM115 — for the process's life
    child = _Child()
    while True:
        try:
            request = pickle_frames.receive(requests)
        except EOFError:
            return  # the server left
        pickle_frames.send(replies, child.answer(*request))


if __name__ == "__main__":
    sys.exit(main())
