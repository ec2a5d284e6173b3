"""The running server answers ``postil search`` (``postil.rag.search_socket``).

Once background work starts, each workspace folder that already has an index gets a socket
in its ``.postil/``; a one-shot ``postil search`` there asks it instead of opening the index
in a process of its own. The folder's index is opened on the first question, as the
command opens it (``WorkspaceIndex.from_config``, no editor settings), so the answer is the
command's own; it is opened again when the config in effect or the cached embedding model
changes. A folder without an index gets no socket (and no ``.postil/``).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

log = logging.getLogger("postil.server")

CATALOG = Path(".postil") / "index" / "catalog.sqlite3"


class FolderSearcher:
    """Answers search requests for one workspace folder with an index of its own."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._index = None
        self._opened_with = None  # what the index was configured from
        self._messages: list[str] = []
        self._lock = threading.Lock()

    def _current(self):
        """The index, opened anew when what configures it changed since it was opened."""
        from postil.config import load_config
        from postil.rag.embeddings import find_model
        from postil.rag.indexer import WorkspaceIndex

        loaded = load_config(self.root)
        opened_with = (loaded.path, repr(loaded.settings), find_model(None))
        if self._index is None or opened_with != self._opened_with:
            if self._index is not None:
                self._index.close()
            self._index = WorkspaceIndex.from_config(self.root, on_message=self._messages.append)
            self._opened_with = opened_with
        return self._index, loaded.notice

    def answer(self, request: dict) -> dict:
        """The reply to one checked request (see ``search_socket.parse_request``)."""
        from postil.rag.indexer import IndexUnavailable
        from postil.rag.retrieval import model_hint

        with self._lock:
            self._messages.clear()
            try:
                index, notice = self._current()
                if request["update"]:
                    index.update()
                    model = index.model_backend
                    if model is not None:
                        index.build_model_vectors(None)
                results = index.search(request["query"], k=request["k"], docs=request["docs"])
            except IndexUnavailable as exc:
                return {"error": str(exc)}
            messages = ([notice] if notice else []) + self._messages
            return {"results": [r.to_dict() for r in results], "messages": messages,
                    "hint": model_hint(index, request["query"])}

    def close(self) -> None:
        with self._lock:
            if self._index is not None:
                self._index.close()
                self._index = None


class Answering:
    """The sockets this server answers on, one per indexed workspace folder."""

    def __init__(self) -> None:
        self.sockets: dict[Path, tuple] = {}  # root: (SearchSocket, FolderSearcher)

    def start(self, roots) -> None:
        from postil.core.workdir import workdir
        from postil.rag.search_socket import SearchSocket

        for root in roots:
            if root in self.sockets:
                continue
            if not (root / CATALOG).is_file():
                log.info("no index in %s: `postil search` is not answered here", root)
                continue
            try:
                directory = workdir(root, say=log.info)
            except OSError as exc:
                log.info("no search socket for %s: %s", root, exc)
                continue
            searcher = FolderSearcher(root)
            listening = SearchSocket(directory, searcher.answer, on_message=log.info)
            if listening.start():
                self.sockets[root] = (listening, searcher)
                log.info("answering `postil search` in %s", root)

    def stop(self) -> None:
        for listening, searcher in self.sockets.values():
            listening.stop()
            searcher.close()
        self.sockets.clear()


def start(ls) -> None:
    """Answer searches in every workspace folder that has an index (once background work starts)."""
    session = ls.session
    if session.shutting_down:
        return
    if session.answering is None:
        session.answering = Answering()
    session.answering.start(session.folders(ls.workspace))


def stop(ls) -> None:
    if ls.session.answering is not None:
        ls.session.answering.stop()
