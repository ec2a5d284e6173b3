"""The workspace index in the server: background indexing per workspace folder.

Only when something reads it: once the first diagnostics are out and the LLM reviewer is
configured (postil.server.app), if LLM review is on in some folder, or when the user asks
(``postil.reindex``), one ``BackgroundIndexer`` per workspace folder runs a full update in
its own low-priority thread; chromadb is imported there, never on the event loop or the
check worker. Rule checks pause it
(``pause()`` around every check) so diagnostics never wait for the index. Saved and
watched files are re-indexed incrementally; ``postil.reindex`` runs a full update
again. Progress goes out as ``$/progress`` (when the client can create tokens) and as
``postil/status``. Settings: the ``index`` object the editors send (``enable``,
``embeddings``, ``model``, ``baseUrl``, ``chromaUrl``, ``exclude``, ``maxFileSize``)
over the ``[index]`` config (``postil.config``: the user config file, and a project file's
embeddings and endpoint keys only once trusted).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types

from postil.rag.background import MODEL_PHASE
from postil.server import search_answering
from postil.server import status as server_status
from postil.server import trust_notice
from postil.server.uris import uri_to_path

if TYPE_CHECKING:
    from postil.config.editor import EditorIndexSettings

log = logging.getLogger("postil.server")

REGISTRATION_ID = "postil-watch-index"
REPORT_EVERY = 0.2  # seconds between $/progress reports


@dataclass
class FolderIndex:
    """One workspace folder's index and the thread keeping it fresh."""

    root: Path
    index: object = None  # postil.rag.indexer.WorkspaceIndex
    worker: object = None  # postil.rag.background.BackgroundIndexer
    state: str = "starting"  # starting | indexing | ready | error
    done: int = 0
    total: int = 0
    full: bool = False  # the current run is a full update
    token: str | None = None  # $/progress token of the current full run
    last_report: float = 0.0
    error: str | None = None
    stats: object = None


@dataclass
class Indexing:
    """Everything the server knows about indexing (event loop side)."""

    folders: dict[Path, FolderIndex] = field(default_factory=dict)
    enabled: bool = False
    started: bool = False
    registered: bool = False  # the "**/*" file watcher
    settings: EditorIndexSettings | None = None  # what the running indexers were started with
    configs: tuple = ()  # and each folder's [index] config in effect (postil.config)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def pause(self):
        """Hold every indexer between files while the caller runs (a rule check)."""
        stack = contextlib.ExitStack()
        for folder in list(self.folders.values()):
            if folder.worker is not None:
                stack.enter_context(folder.worker.paused())
        return stack

    def index_for(self, path: Path):
        """The (shared, thread-safe for retrieval) index of the folder containing ``path``."""
        best = None
        for root, folder in self.folders.items():
            if folder.index is not None and (path == root or root in path.parents):
                if best is None or len(str(root)) > len(str(best.root)):
                    best = folder
        return best.index if best is not None else None

    def state(self) -> dict:
        folders = list(self.folders.values())
        if not self.enabled or not self.started:
            return {"state": "off", "done": 0, "total": 0}
        if any(f.state == "error" for f in folders):
            state = "error"
        elif not folders or any(f.state in ("starting", "indexing") for f in folders):
            state = "indexing"
        else:
            state = "ready"
        return {"state": state, "done": sum(f.done for f in folders), "total": sum(f.total for f in folders)}


def _of(ls) -> Indexing:
    session = ls.session
    if getattr(session, "indexing", None) is None:
        session.indexing = Indexing()
    return session.indexing


# --- lifecycle -------------------------------------------------------------------
def after_warm_up(ls) -> None:
    """Called on the event loop once the rule engine is loaded and the LLM reviewer configured."""
    indexing = _of(ls)
    indexing.settings = ls.session.settings.index_in_effect
    indexing.enabled = indexing.settings.enable
    server_status.changed(ls)
    if indexing.enabled and not indexing.started and _wanted(ls):
        asyncio.ensure_future(start(ls))


def _wanted(ls) -> bool:
    """Whether anything reads the index on its own: LLM review, on in some folder. Otherwise it
    is built only when asked (``postil.reindex``): no memory, no ``.postil/`` for nothing."""
    reviews = ls.session.reviews
    return reviews is not None and reviews.any_enabled()


async def start(ls) -> None:
    """Start background indexing of every workspace folder (full update)."""
    indexing = _of(ls)
    if not indexing.enabled or ls.session.shutting_down:
        return
    indexing.started = True
    indexing.configs = _index_configs(ls)
    await _register_watcher(ls)
    folders = ls.session.folders(ls.workspace)
    loop = asyncio.get_running_loop()
    for root in folders:
        folder = indexing.folders.get(root)
        if folder is None:
            folder = indexing.folders[root] = FolderIndex(root)
        if folder.worker is None:
            try:
                await loop.run_in_executor(ls.session.executor, _build, ls, folder, loop,
                                           ls.session.settings.index_in_effect)
            except Exception as exc:  # noqa: BLE001 - the rules keep working
                _failed(ls, folder, exc)
                continue
        await _begin_full(ls, folder)
        folder.worker.start()
    server_status.changed(ls)


def _build(ls, folder: FolderIndex, loop, s: EditorIndexSettings) -> None:
    """Create the index and its worker (check-worker thread: imports postil.rag, not chromadb)."""
    from postil.config import load_config
    from postil.config.layers import editor_index
    from postil.rag.background import BackgroundIndexer
    from postil.rag.indexer import WorkspaceIndex

    overrides = editor_index(s)
    on_message = lambda m: loop.call_soon_threadsafe(_message, ls, m)
    try:
        loop.call_soon_threadsafe(trust_notice.announce, ls, load_config(folder.root).notice)
        index = WorkspaceIndex.from_config(folder.root, **overrides, on_message=on_message)
    except Exception as exc:  # noqa: BLE001 - the rules already report a broken config file
        log.warning("index settings of %s: %s (using the defaults)", folder.root, exc)
        index = WorkspaceIndex(folder.root, on_message=on_message, **overrides)
    if s.exclude:
        index.exclude = tuple(index.exclude) + s.exclude

    class Tracked:
        """The index as the background worker sees it: tells the loop when a run begins."""

        def update(self, on_progress=None, paths=None):
            loop.call_soon_threadsafe(_run_begins, ls, folder, paths is None)
            server_status.preload("httpx", "chromadb")
            return index.update(on_progress=on_progress, paths=paths)

        def build_model_vectors(self, on_progress=None):
            return index.build_model_vectors(on_progress)

        def _say(self, message: str) -> None:
            on_message(message)

    folder.index = index
    folder.worker = BackgroundIndexer(
        Tracked(),
        on_progress=lambda done, total, path: loop.call_soon_threadsafe(_progress, ls, folder, done, total, path),
        on_done=lambda stats, full: loop.call_soon_threadsafe(_done, ls, folder, stats, full),
        on_error=lambda exc: loop.call_soon_threadsafe(_failed, ls, folder, exc),
    )


def _message(ls, message: str) -> None:
    log.info("%s", message)


async def _begin_full(ls, folder: FolderIndex) -> None:
    """A $/progress token for a full run (created now so the first report has it)."""
    session = ls.session
    folder.state, folder.done, folder.total, folder.full = "indexing", 0, 0, True
    if not session.client.work_done_progress or folder.token is not None:
        return
    token = f"postil-index-{uuid.uuid4()}"
    try:
        await ls.work_done_progress.create_async(token)
    except Exception as exc:  # noqa: BLE001 - progress is a nicety
        log.debug("window/workDoneProgress/create failed: %s", exc)
        return
    folder.token = token
    ls.work_done_progress.begin(token, types.WorkDoneProgressBegin(
        title="postil: indexing", message=folder.root.name, percentage=0, cancellable=False))


def _run_begins(ls, folder: FolderIndex, full: bool) -> None:
    """A run began (a saved file's run that began before a full run was asked for, and is
    told here after it, leaves the full run's state as it is)."""
    if full:
        folder.full, folder.state, folder.done, folder.total = True, "indexing", 0, 0
    server_status.changed(ls)


def _progress(ls, folder: FolderIndex, done: int, total: int, path: str) -> None:
    folder.done, folder.total = done, total
    if folder.full:
        folder.state = "indexing"
    now = time.monotonic()
    if now - folder.last_report < REPORT_EVERY and done != total:
        return
    folder.last_report = now
    if folder.token is not None:
        ls.work_done_progress.report(folder.token, types.WorkDoneProgressReport(
            message=f"{folder.root.name}: {done}/{total} "
            f"{'chunks embedded with the model' if path.startswith(MODEL_PHASE) else 'files'}",
            percentage=int(done * 100 / max(total, 1))))
    server_status.changed(ls)


def _end_progress(ls, folder: FolderIndex, message: str) -> None:
    if folder.token is not None:
        ls.work_done_progress.end(folder.token, types.WorkDoneProgressEnd(message=message))
        folder.token = None


def _done(ls, folder: FolderIndex, stats, full: bool) -> None:
    """A run ended. A saved file's run that ends after a full run was asked for (``postil.reindex``)
    leaves that run's progress and state alone: it ended nothing the user is waiting for."""
    folder.stats, folder.error = stats, None
    summary = (f"{stats.files} files, {stats.chunks} chunks ({stats.indexed} indexed, {stats.removed} removed) "
               f"in {stats.seconds:.1f} s")
    log.info("index of %s: %s", folder.root, summary)
    if full or not folder.full:
        if full:
            folder.done = folder.total = stats.files
        folder.state, folder.full = "ready", False
        _end_progress(ls, folder, summary)
    if full:
        search_answering.start(ls)  # a folder indexed for the first time: `postil search` is answered now
    server_status.changed(ls)


def _failed(ls, folder: FolderIndex, exc: BaseException) -> None:
    folder.state, folder.error, folder.full = "error", str(exc), False
    log.error("indexing %s failed: %s", folder.root, exc)
    _end_progress(ls, folder, f"failed: {exc}")
    from postil.server.diagnostics import show_problems

    show_problems(ls, [f"the workspace index of {folder.root.name} is unavailable ({exc}); "
                       "LLM review goes on without repository context"])
    server_status.changed(ls)


def stop(ls) -> None:
    """Shutdown: stop every indexer (the index stays consistent, see postil.rag.catalog)."""
    indexing = _of(ls)
    for folder in indexing.folders.values():
        if folder.worker is not None:
            folder.worker.stop(timeout=5)
        if folder.index is not None:
            with contextlib.suppress(Exception):
                folder.index.close()
        folder.worker = None
        folder.index = None
    indexing.folders.clear()


async def reindex(ls, *args) -> dict:
    """``postil.reindex``: a full update of every folder now (started if it was off)."""
    indexing = _of(ls)
    settings = ls.session.settings.index_in_effect  # asked before start-up has looked at it
    if not settings.enable:
        raise ValueError("postil.reindex: indexing is off (setting postil.index.enable)")
    indexing.settings, indexing.enabled = settings, True
    await start(ls)
    return {"folders": [str(p) for p in indexing.folders], "state": indexing.state()}


async def settings_changed(ls) -> None:
    """Settings or config reloaded (after the reviewer's): restart indexing if the ``index``
    settings changed (the editor's, or the config's: a file edited, trusted, or no longer
    trusted); start it if LLM review has just been turned on."""
    indexing = _of(ls)
    current = ls.session.settings.index_in_effect
    changed = current != indexing.settings or (indexing.started and _index_configs(ls) != indexing.configs)
    indexing.settings = current
    if changed and indexing.started:
        await asyncio.get_running_loop().run_in_executor(None, stop, ls)
        indexing.started = False
    indexing.enabled = current.enable
    server_status.changed(ls)
    session = ls.session
    if not indexing.started and current.enable and _wanted(ls) and session.engine_ready and not session.shutting_down:
        await start(ls)


def _index_configs(ls) -> tuple:
    """Each workspace folder's ``[index]`` config in effect (None: a broken config)."""
    from postil.config import load_config

    configs = []
    for root in ls.session.folders(ls.workspace):
        try:
            configs.append(load_config(root).settings.index)
        except Exception:  # noqa: BLE001 - the rules report a broken config file
            configs.append(None)
    return tuple(configs)


# --- following the disk ------------------------------------------------------------
def _notify(ls, paths: list[Path]) -> None:
    from postil.core.walk import excluded_by_default  # pathspec: not on the way to `initialize`

    indexing = _of(ls)
    by_folder: dict[Path, list[str]] = {}
    for path in paths:
        for root, folder in indexing.folders.items():
            if folder.worker is not None and root in path.parents:
                if excluded_by_default(path.relative_to(root).as_posix()):
                    break
                by_folder.setdefault(root, []).append(str(path))
                break
    for root, wanted in by_folder.items():
        indexing.folders[root].worker.notify(wanted)


def did_save(ls, uri: str) -> None:
    path = uri_to_path(uri)
    if path is not None:
        _notify(ls, [path])


def did_change_watched_files(ls, params: types.DidChangeWatchedFilesParams) -> None:
    _notify(ls, [p for p in (uri_to_path(c.uri) for c in params.changes) if p is not None])


async def _register_watcher(ls) -> None:
    """Watch every file (created/changed/deleted on disk) once indexing runs."""
    session = ls.session
    indexing = _of(ls)
    if not session.client.watch_dynamic or indexing.registered:
        return
    indexing.registered = True
    try:
        await ls.client_register_capability_async(types.RegistrationParams(registrations=[types.Registration(
            id=REGISTRATION_ID, method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(
                watchers=[types.FileSystemWatcher(glob_pattern="**/*")]))]))
    except Exception as exc:  # noqa: BLE001
        log.warning("could not register the index's file watcher: %s", exc)
