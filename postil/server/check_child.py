"""The check process (``python -m postil.server.check_child``; the server's side is
``postil.server.check_process``): reads requests on stdin and answers each check on stdout,
one pickled message each (``postil.core.pickle_frames``), until its input ends.

Requests: ``("warm", settings, generation, folders, log level)`` loads the engine and rules;
``("check", settings, generation, folders, uri, text, changed, gone, log level)`` checks a
document's text (``changed``/``gone``: the other open documents' texts that changed since the
last check, and those closed) and answers ``(CheckResult, log records, importer edges or None
when unchanged, whether the result's index is the text's as sent)``.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path

from postil.core import pickle_frames
from postil.server import checking
from postil.server.session import Session


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
        self.held: dict[str, str] = {}  # the other open documents' texts, by URI
        self.edges: dict[Path, frozenset[Path]] = {}  # the importer edges last sent
        self.records = _Records()
        logger = logging.getLogger("postil")
        logger.addHandler(self.records)
        logger.propagate = False

    def prepare(self, settings, generation: int, folders: list[Path], level: int) -> None:
        session = self.session
        session.settings, session.cache_generation = settings, generation
        if session.cache is not None and session.cache.folders != [f.resolve() for f in folders]:
            session.cache = None  # (the server's first check had other folders: lifecycle.initialize)
        logging.getLogger("postil").setLevel(level)

    def warm(self, settings, generation: int, folders: list[Path], level: int) -> None:
        self.prepare(settings, generation, folders, level)
        checking.warm_up(self.session, folders)  # (what it logs goes with the next answer)
        gc.freeze()  # what the engine and rules made lives as long as the process (see lifecycle)
        gc.enable()

    def check(self, settings, generation: int, folders: list[Path], uri: str, text: str,
              changed: dict[str, str], gone: list[str], level: int) -> tuple:
        self.prepare(settings, generation, folders, level)
        for other in gone:
            self.held.pop(other, None)
        self.held.update(changed)
        result = checking.check_text(self.session, folders, uri, text, self.held)
        of_text = result.index is not None and result.index.text is text
        if of_text:
            result.index = None  # the server has the text
        logs, self.records.records = self.records.records, []
        return result, logs, self._new_edges(), of_text

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


def main() -> None:
    gc.disable()  # until the engine is loaded (see warm)
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything else printed goes to the server's stderr, never into the answers
    requests = open(0, "rb", closefd=False)  # noqa: SIM115 — for the process's life
    child = _Child()
    while True:
        try:
            kind, *args = pickle_frames.receive(requests)
        except EOFError:
            return  # the server left
        if kind == "warm":
            child.warm(*args)
        else:
            try:
                answer = child.check(*args)
            except Exception:
                logging.getLogger("postil.server").exception("checking %s failed", args[3])
                logs, child.records.records = child.records.records, []
                answer = checking.CheckResult(skipped="internal error (see the log)"), logs, None, False
            pickle_frames.send(replies, answer)


if __name__ == "__main__":
    sys.exit(main())
