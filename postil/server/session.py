"""Server state: resolved settings, client abilities, open documents and their results."""

from __future__ import annotations

import contextlib
import functools
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from postil.analyzers.findings import Finding, LineIndex
from postil.server.positions import PositionEncoder
from postil.server.uris import uri_to_path

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from lsprotocol import types

    from postil.config.editor import Settings


@dataclass
class DocumentState:
    """What the server knows about one open document beyond its text."""

    uri: str
    findings: list[Finding] = field(default_factory=list)
    index: LineIndex | None = None  # the text the findings were computed on
    result_version: int | None = None  # document version of ``findings`` (None: none yet)
    result_id: str | None = None
    pending: asyncio.TimerHandle | None = None  # debounce timer
    running: bool = False
    rerun: bool = False
    skipped: str | None = None
    overran: bool = False  # skipped for its time (CheckResult.overran)
    saved_since_pull: bool = True
    lint_seconds: float = 0.0


@dataclass
class ClientAbilities:
    """The parts of the client's capabilities the server's behaviour depends on."""

    # Pull only when the client can also be told to re-pull (``workspace/diagnostic/refresh``):
    # a pull client without it (Neovim 0.10-0.12) would never show what changes without an
    # edit (LLM results, onSave checks, config reloads, dismissals) or a buffer hidden before
    # its first pull. Push reaches every client.
    pull_diagnostics: bool = False
    resolve_edit: bool = False
    watch_dynamic: bool = False
    watch_relative: bool = False  # watchers may name a base directory outside the workspace
    configuration: bool = False
    work_done_progress: bool = False
    apply_edit: bool = False

    @classmethod
    def of(cls, caps: types.ClientCapabilities) -> ClientAbilities:
        td, ws, win = caps.text_document, caps.workspace, caps.window
        resolve = td.code_action.resolve_support if td and td.code_action else None
        return cls(
            pull_diagnostics=bool(td and td.diagnostic is not None and ws and ws.diagnostics
                                  and ws.diagnostics.refresh_support),
            resolve_edit=bool(resolve and "edit" in (resolve.properties or [])),
            watch_dynamic=bool(ws and ws.did_change_watched_files and ws.did_change_watched_files.dynamic_registration),
            watch_relative=bool(ws and ws.did_change_watched_files and ws.did_change_watched_files.relative_pattern_support),
            configuration=bool(ws and ws.configuration),
            work_done_progress=bool(win and win.work_done_progress),
            apply_edit=bool(ws and ws.apply_edit),
        )


class Session:
    """Everything handlers share; touched only from the event loop thread, except
    ``check_process`` which only the check worker thread uses (and ``cache``, the checkers, which
    only the check process builds: postil.server.check_child)."""

    def __init__(self) -> None:
        # Parsed once `initialize` is answered (nothing of it is on the way to the answer):
        # postil.server.configuration.apply_settings, before any other message is handled.
        self.settings: Settings = None  # type: ignore[assignment]
        self.init_options: object = None
        self.client = ClientAbilities()
        self.encoder = PositionEncoder()
        self.documents: dict[str, DocumentState] = {}
        self.cache = None  # WorkspaceCheckerCache, built lazily in the check process (config_facts: the server's view)
        self.cache_generation = 0  # bumped by every reload; older caches and results are stale
        self.shown_messages: set[str] = set()
        self.scan_published: set[str] = set()  # URIs given push diagnostics by a workspace scan
        self.started = time.monotonic()
        self.lint_count = 0
        self.lint_total_seconds = 0.0
        self.last_units: tuple[int, int] | None = None  # see CheckResult.units
        self.last_searched: int | None = None  # see CheckResult.searched
        self.last_scan: dict | None = None
        # Background work beside the rules (postil.server.indexing / postil.server.llm_review).
        self.engine_ready = False  # the rule engine's warm-up is done
        self.shutting_down = False
        self.indexing = None  # postil.server.indexing.Indexing
        self.reviews = None  # postil.server.llm_review.Reviews
        self.answering = None  # postil.server.search_answering.Answering
        self.config_watch: asyncio.Task | None = None  # postil.server.config_watch
        self.jobs: set[asyncio.Task] = set()  # long model work the server owns (postil.server.jobs)
        self.last_status: dict | None = None  # the last postil/status sent
        # Documents the first check (postil.server.front) checked and published, by URI, with the
        # cache generation they were checked in: their didOpen, handed over, takes this state
        # instead of checking and publishing again.
        self.first_sight: dict[str, tuple[DocumentState, int]] = {}
        self.check_process = None  # postil.server.check_process.CheckProcess: where the rules run (check_process.of)

    # Made on first use: the first check (postil.server.front) runs before asyncio is imported.
    @functools.cached_property
    def executor(self) -> ThreadPoolExecutor:
        """One worker: checks run in order, off the event loop, and the checker cache (and the
        check process) is never used by two threads at once."""
        from concurrent.futures import ThreadPoolExecutor

        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="postil-check")

    @functools.cached_property
    def first_check(self) -> asyncio.Event:
        """Set once the first rule check has finished."""
        import asyncio

        return asyncio.Event()

    def pause_background(self):
        """Hold background indexing while a rule check runs (rules never wait for the index)."""
        if self.indexing is None:
            return contextlib.nullcontext()
        return self.indexing.pause()

    def folders(self, workspace) -> list[Path]:
        paths = []
        for folder in (workspace.folders or {}).values():
            path = uri_to_path(folder.uri)
            if path is not None:
                paths.append(path)
        if not paths and workspace.root_uri:
            root = uri_to_path(workspace.root_uri)
            if root is not None:
                paths.append(root)
        return paths
