"""LLM review in the server: on save, on request, "Explain this", "Fix this with AI",
dismissals and accepted fixes.

The reviewer (``postil.analyzers.llm``) runs in its own worker threads, never on the
event loop or the rule-check worker, so rule diagnostics never wait for a model.
Settings: the editors' ``llm`` object (``provider``: off | openai | anthropic | ollama |
openai-compatible, ``model``, ``baseUrl``, ``review``: off | onSave | onRequest, with
``onCommand`` accepted for onRequest) over the user config file and under a trusted
project file's ``[llm]`` (project files win unless ``configurationPreference`` says
otherwise; an untrusted project's provider and endpoint keys are ignored, and said once:
``postil.config.layers``); the ``POSTIL_LLM_*`` environment is over all of them.
Provider ``none``/``off``: no calls, no actions.

On save, the definitions changed since their last review (against the text of that
review, or the text the document was opened with) are reviewed, inside ``$/progress``;
a change to the document cancels its review in flight. Findings become diagnostics
(code ``llm/<category>``) merged with the document's rule diagnostics through
``diagnostics.diagnostics_of`` (push or pull, whichever the document uses). Between
reviews each finding is re-located by the code it quotes; one whose code is gone is
dropped.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types

from postil.server import config_notes, jobs, trust_notice
from postil.server import status as server_status
from postil.server.uris import uri_to_path

if TYPE_CHECKING:
    from postil.config.editor import EditorLLMSettings

log = logging.getLogger("postil.server")

SETTINGS_BOUND = 5.0  # seconds a request waits for the LLM settings before answering without them


# --- state ---------------------------------------------------------------------------
@dataclass
class DocReview:
    baseline: str | None = None  # text of the last complete review (or as opened)
    entries: list = field(default_factory=list)  # postil.analyzers.llm.relocation.PlacedFinding
    cancel: object = None  # CancelToken of the review in flight


@dataclass
class Folder:
    root: Path
    reviewer: object = None  # postil.analyzers.llm.reviewer.Reviewer (None: no provider)
    mode: str = "off"
    provider: str = "none"
    error: str | None = None
    notice: str | None = None  # egress keys ignored, limits held to the user's (LoadedConfig.notice)


class Reviews:
    def __init__(self) -> None:
        # The model calls' own threads: never the event loop, never the rule-check worker.
        self.executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="postil-llm")
        self.folders: dict[Path, Folder] = {}
        self.docs: dict[str, DocReview] = {}
        # Local work (building reviewers, dismissals, accepted fixes): never queued behind a model call.
        self.local = ThreadPoolExecutor(max_workers=1, thread_name_prefix="postil-llm-local")
        self.running = 0
        self.trouble: tuple[str, str] | None = None  # (budgetSpent | circuitOpen, detail)
        self.configuring: asyncio.Task | None = None  # the latest configuration (llm_review.configure)
        self.known: dict[Path, Folder] = {}  # the folders' settings, known before their reviewers are built
        self._known_event: asyncio.Event | None = None

    def known_event(self) -> asyncio.Event:
        """Set once the folders' LLM settings are known (the first configuration's first step)."""
        if self._known_event is None:
            self._known_event = asyncio.Event()
        return self._known_event

    def folder_for(self, path: Path | None, folders: dict[Path, Folder] | None = None) -> Folder | None:
        """The folder of ``path`` among ``folders`` (default: the configured ones)."""
        if path is None:
            return None
        best = None
        for root, folder in (self.folders if folders is None else folders).items():
            if path == root or root in path.parents:
                if best is None or len(str(root)) > len(str(best.root)):
                    best = folder
        return best

    def any_enabled(self) -> bool:
        return any(f.reviewer is not None for f in self.folders.values())

    def state(self) -> dict:
        if not self.any_enabled():
            return {"state": "off"}
        if self.running:
            return {"state": "reviewing"}
        if self.trouble is not None:
            return {"state": self.trouble[0], "detail": self.trouble[1]}
        return {"state": "ready"}


def reviews_of(ls) -> Reviews:
    session = ls.session
    if getattr(session, "reviews", None) is None:
        session.reviews = Reviews()
    return session.reviews


# --- configuration (LLM worker thread) ------------------------------------------------------
def _folder_settings(root: Path, editor: EditorLLMSettings, preference: str):
    """The folder's LLM settings (its config files under the editor's): a Folder without its
    reviewer, and the resolved settings the reviewer is built with."""
    from postil.config import LoadedConfig, PostilConfig, load_config, load_file
    from postil.config.environment import resolve
    from postil.config.layers import editor_llm

    try:
        loaded = load_file(None, root) if preference == "editorOnly" else load_config(root)
    except Exception as exc:  # noqa: BLE001 - the rules already report a broken config file
        log.warning("LLM settings of %s: %s (using the defaults)", root, exc)
        loaded = LoadedConfig(PostilConfig(), None, root)
    config, sources = editor_llm(loaded, editor, preference)
    settings = resolve(config, sources=sources)
    return Folder(root, mode=settings.review_mode, provider=settings.provider, notice=loaded.notice), settings


def _build_reviewer(folder: Folder, settings, on_message, rules) -> None:
    """Build the folder's reviewer (imports the LLM code and the provider's SDK: ~1 s on a
    loaded machine); a setting it cannot honour turns LLM review off for the folder. ``rules``:
    its rule checks, made in the check process (``reviewer_rules``)."""
    from postil.analyzers.llm.reviewer import Reviewer
    from postil.config import ConfigError

    server_status.preload("httpx", "anthropic" if settings.provider == "anthropic" else "openai")
    try:
        folder.reviewer = Reviewer(folder.root, settings, use_index=False, update_index=False, on_message=on_message,
                                   rules=rules)
    except ConfigError as exc:  # e.g. a redact-pattern that cannot mask: send nothing
        folder.error = str(exc)
        on_message(f"postil: {exc}; LLM review is off for {folder.root}")


def configure(ls) -> asyncio.Task:
    """(Re)build the reviewer of every workspace folder (after warm-up and every reload) in a
    task the server owns: requests wait for it without owning it, so a cancelled request never
    stops it half-way. One at a time: a configuration starts once the one before it has ended."""
    reviews = reviews_of(ls)
    reviews.configuring = asyncio.ensure_future(_configure(ls, reviews.configuring))
    return reviews.configuring


async def _configure(ls, previous: asyncio.Task | None) -> None:
    if previous is not None:
        await asyncio.wait({previous})
    reviews = reviews_of(ls)
    try:
        await _build_folders(ls, reviews)
    except Exception:  # the folders configured before stay; rules go on
        log.exception("loading the LLM settings failed")
    reviews.known_event().set()  # known, or as known as they will be: nobody waits longer
    config_notes.announce(ls)  # a select that keeps no model finding, now that the provider is known
    server_status.changed(ls)


async def _build_folders(ls, reviews: Reviews) -> None:
    from postil.server.diagnostics import show_problems

    session = ls.session
    settings = session.settings  # frozen: what the worker builds with, whatever arrives meanwhile
    loop = asyncio.get_running_loop()
    old = reviews.folders
    folders: dict[Path, Folder] = {}
    resolved = {}
    roots = session.folders(ls.workspace)
    for root in roots or [Path.cwd()]:
        if not settings.trusted:
            folders[root] = Folder(root)  # an untrusted window: no model calls
            continue
        try:
            folders[root], resolved[root] = await loop.run_in_executor(
                reviews.local, _folder_settings, root, settings.llm, settings.configuration_preference)
        except Exception as exc:  # noqa: BLE001 - a bad [llm] table: say so, rules go on
            folders[root] = Folder(root, error=str(exc))
            show_problems(ls, [f"LLM review is off for {root.name}: {exc}"])
    reviews.known = folders  # which folders have a provider, before their reviewers are built
    reviews.known_event().set()
    say = lambda message: loop.call_soon_threadsafe(_say, ls, message)  # noqa: E731
    from postil.server.reviewer_rules import CheckProcessRules

    rules = CheckProcessRules(session, roots)  # the window's folders, as its documents are checked with
    for root, resolved_settings in resolved.items():
        if folders[root].provider == "none":
            continue
        try:
            await loop.run_in_executor(reviews.local, _build_reviewer, folders[root], resolved_settings, say, rules)
        except Exception as exc:  # noqa: BLE001 - rules go on
            folders[root].error = str(exc)
            show_problems(ls, [f"LLM review is off for {root.name}: {exc}"])
    for folder in folders.values():
        trust_notice.announce(ls, folder.notice)
    reviews.folders = folders
    reviews.trouble = None
    for folder in old.values():
        if folder.reviewer is not None:
            reviews.local.submit(folder.reviewer.close)


async def configured(ls, bound: float | None = SETTINGS_BOUND) -> Reviews:
    """The reviewers, once configured (starting the configuration if nobody has yet).
    Raises ``ValueError`` when the settings are not loaded within ``bound`` seconds (None: no bound)."""
    reviews = reviews_of(ls)
    if not await ready(ls, bound):
        raise ValueError(f"postil: the LLM settings are still loading (more than {bound:g} s); try again in a moment")
    return reviews


async def settings_known(ls, bound: float | None = SETTINGS_BOUND) -> bool:
    """Whether the folders' LLM settings are known (not their reviewers: code actions need only
    to know where a provider is configured), waiting for them at most ``bound`` seconds."""
    reviews = reviews_of(ls)
    if reviews.configuring is None:
        configure(ls)
    try:
        await asyncio.wait_for(reviews.known_event().wait(), bound)
    except asyncio.TimeoutError:
        return False
    return True


async def ready(ls, bound: float | None = SETTINGS_BOUND) -> bool:
    """Whether the LLM configuration is loaded, waiting for it at most ``bound`` seconds;
    never raises, and a cancelled caller leaves the configuration running."""
    reviews = reviews_of(ls)
    if reviews.configuring is None:
        configure(ls)
    done, _ = await asyncio.wait({reviews.configuring}, timeout=bound)
    return bool(done)


def _say(ls, message: str) -> None:
    """One window/showMessage per distinct reviewer message (the reviewer dedupes too)."""
    log.warning("%s", message)
    lowered = message.lower()
    reviews = reviews_of(ls)
    if "budget" in lowered:
        reviews.trouble = ("budgetSpent", message)
    elif "paused after repeated failures" in lowered or "circuit" in lowered:
        reviews.trouble = ("circuitOpen", message)
    ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning, message=message))
    server_status.changed(ls)


def _attach_index(ls, folder: Folder) -> None:
    """Retrieval reads the index the background indexer keeps fresh (never updates it itself)."""
    indexing = getattr(ls.session, "indexing", None)
    index = indexing.index_for(folder.root) if indexing is not None and indexing.enabled else None
    reviewer = folder.reviewer
    reviewer._index = index
    reviewer._index_ready = True
    reviewer.use_index = index is not None


# --- documents ---------------------------------------------------------------------------
def did_open(ls, uri: str, text: str) -> None:
    reviews_of(ls).docs[uri] = DocReview(baseline=text)


def did_change(ls, uri: str) -> None:
    """A change cancels the document's review in flight."""
    doc = reviews_of(ls).docs.get(uri)
    if doc is not None and doc.cancel is not None:
        doc.cancel.cancel()


def did_close(ls, uri: str) -> None:
    doc = reviews_of(ls).docs.pop(uri, None)
    if doc is not None and doc.cancel is not None:
        doc.cancel.cancel()


async def on_save(ls, uri: str) -> None:
    try:
        await _on_save(ls, uri)
    except Exception:  # a task nobody awaits: log, never lose it
        log.exception("LLM review of %s failed", uri)


async def _on_save(ls, uri: str) -> None:
    reviews = await configured(ls, None)
    path = uri_to_path(uri)
    folder = reviews.folder_for(path)
    if folder is None or folder.reviewer is None or folder.mode != "onSave":
        log.debug("no review on save of %s (%s)", uri, "no provider" if folder is None or folder.reviewer is None
                  else f"llm.review is {folder.mode}")
        return
    doc = reviews.docs.setdefault(uri, DocReview())
    document = ls.workspace.get_text_document(uri)
    text = document.source
    from postil.analyzers.llm.relocation import save_units

    units = await asyncio.get_running_loop().run_in_executor(reviews.local, save_units, path, doc.baseline, text)
    if units:
        await run(ls, uri, folder, units, text, document.version)


async def run(ls, uri: str, folder: Folder, units: list, text: str, version: int | None):
    """Review units of one document off the loop, inside $/progress; publish the findings."""
    from postil.analyzers.llm.cancel_token import CancelToken

    reviews = reviews_of(ls)
    session = ls.session
    doc = reviews.docs.setdefault(uri, DocReview())
    if doc.cancel is not None:
        doc.cancel.cancel()
    cancel = doc.cancel = CancelToken()
    loop = asyncio.get_running_loop()
    path = uri_to_path(uri)
    token = await jobs.begin_progress(ls, "review", f"postil: reviewing {path.name if path else uri}",
                                      f"0/{len(units)} units")
    state = session.documents.get(uri)
    rule_findings = list(state.findings) if state is not None and state.result_version == version else []

    def progress(done, total, unit):
        if token is not None:
            loop.call_soon_threadsafe(ls.work_done_progress.report, token, types.WorkDoneProgressReport(
                message=f"{done}/{total} units", percentage=int(done * 100 / max(total, 1))))

    reviews.running += 1
    server_status.changed(ls)
    result = None
    try:
        _attach_index(ls, folder)
        result = await loop.run_in_executor(
            reviews.executor,
            lambda: folder.reviewer.review(units, rule_findings={units[0].path: rule_findings}, cancel=cancel,
                                           on_progress=progress))
    finally:
        reviews.running -= 1
        if doc.cancel is cancel:
            doc.cancel = None
        if token is not None:
            ls.work_done_progress.end(token, types.WorkDoneProgressEnd(
                message=result.coverage() if result is not None else "failed"))
        _update_trouble(reviews, folder)
        server_status.changed(ls)
    if cancel.cancelled or reviews.docs.get(uri) is not doc:
        log.debug("review of %s cancelled", uri)
        return result
    from postil.analyzers.llm.relocation import merge

    doc.entries = merge(doc.entries, result, text, path)
    if all(u.status in ("reviewed", "cached", "skipped") for u in result.units):
        doc.baseline = text
    log.info("%s: %s", uri, result.coverage())
    republish(ls, uri)
    return result


def _update_trouble(reviews: Reviews, folder: Folder) -> None:
    reviewer = folder.reviewer
    provider = getattr(reviewer, "_provider", None)
    if provider is not None and provider.breaker.state == "open":
        reviews.trouble = ("circuitOpen", "LLM calls paused after repeated failures")
    elif getattr(reviewer, "_stop_reason", None):
        reviews.trouble = ("budgetSpent", reviewer._stop_reason)
    elif reviews.trouble is not None and reviews.trouble[0] == "circuitOpen":
        reviews.trouble = None


# --- findings as diagnostics -------------------------------------------------------------
def republish(ls, uri: str) -> None:
    """Show the document's merged diagnostics again (push), or ask pull clients to pull."""
    import time

    from postil.server import diagnostics

    session = ls.session
    state = session.documents.get(uri)
    if state is None or state.index is None:
        return
    state.result_id = f"{state.result_version}-{time.monotonic_ns()}"
    if session.client.pull_diagnostics:
        ls.workspace_diagnostic_refresh(None)
        return
    diagnostics.publish(ls, uri, diagnostics.diagnostics_of(session, state), state.result_version)


def stop(ls) -> None:
    reviews = reviews_of(ls)
    for doc in reviews.docs.values():
        if doc.cancel is not None:
            doc.cancel.cancel()
    reviews.executor.shutdown(wait=False, cancel_futures=True)
    reviews.local.shutdown(wait=False, cancel_futures=True)
