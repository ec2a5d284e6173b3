"""LLM review in the server: on save, on request, "Explain this", "Fix this with AI",
dismissals and accepted fixes.

The reviewer (``postil.analyzers.llm``) runs in its own worker threads, never on the
event loop or the rule-check worker, so rule diagnostics never wait for a model.
Settings: the editors' ``llm`` object (``provider``: off | openai | anthropic | ollama |
openai-compatible, ``model``, ``baseUrl``, ``review``: off | onSave | onRequest, with
``onCommand`` accepted for onRequest) over the user config file and under a trusted
project file's ``[llm]`` (project files win unless ``configurationPreference`` says
otherwise; an untrusted project's provider and endpoint keys are ignored, and said once,
see ``postil.config``); the ``POSTIL_LLM_*`` environment is over all of them.
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
import contextlib
import hashlib
import logging
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types

from postil.core.atomic import write_atomic
from postil.core.workdir import workdir
from postil.server import status as server_status
from postil.server import trust
from postil.server.uris import uri_to_path

log = logging.getLogger("postil.server")

REVIEW_FILE = "postil.reviewFile"
EXPLAIN = "postil.explain"
FIX_WITH_AI = "postil.fixWithAI"
DISMISS = "postil.dismiss"
ACCEPT_FIX = "postil.acceptFix"
REFACTOR_KIND = "refactor.postil"
MODES = ("off", "onSave", "onRequest")
_PROVIDERS = {"off": "none", "none": "none", "openai": "openai", "anthropic": "anthropic",
              "openai-compatible": "openai-compatible", "ollama": "openai-compatible"}
OLLAMA_URL = "http://localhost:11434/v1"


# --- settings ----------------------------------------------------------------------
@dataclass(frozen=True)
class LLMEditorSettings:
    provider: str | None = None  # normalised: none | openai | anthropic | openai-compatible
    ollama: bool = False
    model: str | None = None
    base_url: str | None = None
    review: str | None = None  # off | onSave | onRequest

    @classmethod
    def parse(cls, raw) -> tuple[LLMEditorSettings, list[str]]:
        if raw is None:
            return cls(), []
        if not isinstance(raw, dict):
            return cls(), [f"setting postil.llm: expected an object (got {raw!r})"]
        problems, values = [], {}
        provider = raw.get("provider")
        if provider is not None:
            if provider in _PROVIDERS:
                values["provider"] = _PROVIDERS[provider]
                values["ollama"] = provider == "ollama"
            else:
                problems.append(f"setting postil.llm.provider: expected one of {', '.join(_PROVIDERS)} (got {provider!r})")
        for key, name in (("model", "model"), ("baseUrl", "base_url")):
            value = raw.get(key)
            if value is not None:
                if isinstance(value, str):
                    values[name] = value or None
                else:
                    problems.append(f"setting postil.llm.{key}: expected a string (got {value!r})")
        review = raw.get("review")
        if review is not None:
            review = "onRequest" if review == "onCommand" else review
            if review in MODES:
                values["review"] = review
            else:
                problems.append(f"setting postil.llm.review: expected one of off, onSave, onRequest (got {raw['review']!r})")
        return cls(**values), problems


def editor_settings(session) -> LLMEditorSettings:
    return LLMEditorSettings.parse(session.settings.extra.get("llm"))[0]


def layered_config(loaded, editor: LLMEditorSettings, preference: str):
    """(LLMConfig, sources): the editor's settings over the user config file and the
    defaults, under what a trusted project file set (unless configurationPreference is
    editorFirst / editorOnly). A project file's ``review`` that only narrows always holds."""
    from postil.config import key_name

    config, sources = loaded.settings.llm, dict(loaded.sources)
    update = {}
    base_url = editor.base_url or (OLLAMA_URL if editor.ollama else None)
    for name, value in (("provider", editor.provider), ("model", editor.model), ("base_url", base_url),
                        ("review", editor.review)):
        key = key_name(("llm", name))
        source = sources.get(key, "default")
        if value is None or source.endswith("(narrows only)"):
            continue
        if preference in ("editorFirst", "editorOnly") or loaded.path is None or source != str(loaded.path):
            update[name] = value
            sources[key] = "editor settings"
    return (config.model_copy(update=update) if update else config), sources


# --- state ---------------------------------------------------------------------------
@dataclass
class Entry:
    """An LLM finding, the document text it was placed in, and the first line of the
    definition around it then (None: module code), which it must stay inside."""

    finding: object  # postil.analyzers.findings.Finding
    text: str
    home: str | None = None


@dataclass
class DocReview:
    baseline: str | None = None  # text of the last complete review (or as opened)
    entries: list[Entry] = field(default_factory=list)
    cancel: object = None  # CancelToken of the review in flight


@dataclass
class Folder:
    root: Path
    reviewer: object = None  # postil.analyzers.llm.review.Reviewer (None: no provider)
    mode: str = "off"
    provider: str = "none"
    error: str | None = None
    notice: str | None = None  # the project config's egress keys that were ignored (LoadedConfig.notice)


class Reviews:
    def __init__(self) -> None:
        # The model calls' own threads: never the event loop, never the rule-check worker.
        self.executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="postil-llm")
        self.folders: dict[Path, Folder] = {}
        self.docs: dict[str, DocReview] = {}
        self.running = 0
        self.trouble: tuple[str, str] | None = None  # (budgetSpent | circuitOpen, detail)
        self.configured: asyncio.Event | None = None

    def folder_for(self, path: Path | None) -> Folder | None:
        if path is None:
            return None
        best = None
        for root, folder in self.folders.items():
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


def _of(ls) -> Reviews:
    session = ls.session
    if getattr(session, "reviews", None) is None:
        session.reviews = Reviews()
    return session.reviews


# --- configuration (LLM worker thread) ------------------------------------------------------
def _build(root: Path, editor: LLMEditorSettings, preference: str, on_message) -> Folder:
    from postil.analyzers.llm.review import Reviewer
    from postil.analyzers.llm.settings import resolve
    from postil.config import (
        ConfigError,
        LoadedConfig,
        PostilConfig,
        load_config,
        load_file,
    )

    try:
        loaded = load_file(None, root) if preference == "editorOnly" else load_config(root)
    except Exception as exc:  # noqa: BLE001 - the rules already report a broken config file
        log.warning("LLM settings of %s: %s (using the defaults)", root, exc)
        loaded = LoadedConfig(PostilConfig(), None, root)
    config, sources = layered_config(loaded, editor, preference)
    settings = resolve(config, sources=sources)
    folder = Folder(root, mode=settings.review_mode, provider=settings.provider, notice=loaded.notice)
    if settings.provider != "none":
        server_status.preload("httpx", "anthropic" if settings.provider == "anthropic" else "openai")
        try:
            folder.reviewer = Reviewer(root, settings, use_index=False, update_index=False, on_message=on_message)
        except ConfigError as exc:  # e.g. a redact-pattern that cannot mask: send nothing
            on_message(f"postil: {exc}; LLM review is off for {root}")
    return folder


async def configure(ls) -> None:
    """(Re)build the reviewer of every workspace folder (after warm-up and every reload)."""
    reviews = _of(ls)
    session = ls.session
    if reviews.configured is not None and not reviews.configured.is_set():
        await reviews.configured.wait()  # one configuration at a time; then this one
    event = reviews.configured = asyncio.Event()
    editor, problems = LLMEditorSettings.parse(session.settings.extra.get("llm"))
    from postil.server.diagnostics import show_problems

    show_problems(ls, problems)
    loop = asyncio.get_running_loop()
    old = reviews.folders
    folders: dict[Path, Folder] = {}
    for root in session.folders(ls.workspace) or [Path.cwd()]:
        if not session.settings.trusted:
            folders[root] = Folder(root)  # an untrusted window: no model calls
            continue
        try:
            folders[root] = await loop.run_in_executor(
                reviews.executor, _build, root, editor, session.settings.configuration_preference,
                lambda message: loop.call_soon_threadsafe(_say, ls, message))
        except Exception as exc:  # noqa: BLE001 - a bad [llm] table: say so, rules go on
            folders[root] = Folder(root, error=str(exc))
            show_problems(ls, [f"LLM review is off for {root.name}: {exc}"])
    for folder in folders.values():
        trust.announce(ls, folder.notice)
    reviews.folders = folders
    reviews.trouble = None
    for folder in old.values():
        if folder.reviewer is not None:
            reviews.executor.submit(folder.reviewer.close)
    event.set()
    server_status.changed(ls)


async def _ready(ls) -> Reviews:
    reviews = _of(ls)
    if reviews.configured is None:
        await configure(ls)
    else:
        await reviews.configured.wait()
    return reviews


async def ready(ls) -> None:
    """Wait for the LLM configuration (code actions depend on it); never raises."""
    try:
        await _ready(ls)
    except Exception:
        log.exception("loading the LLM settings failed")


def _say(ls, message: str) -> None:
    """One window/showMessage per distinct reviewer message (the reviewer dedupes too)."""
    log.warning("%s", message)
    lowered = message.lower()
    reviews = _of(ls)
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
    _of(ls).docs[uri] = DocReview(baseline=text)


def did_change(ls, uri: str) -> None:
    """A change cancels the document's review in flight."""
    doc = _of(ls).docs.get(uri)
    if doc is not None and doc.cancel is not None:
        doc.cancel.cancel()


def did_close(ls, uri: str) -> None:
    doc = _of(ls).docs.pop(uri, None)
    if doc is not None and doc.cancel is not None:
        doc.cancel.cancel()


def changed_ranges(old: str | None, new: str) -> list[tuple[int, int, str | None]]:
    """1-based inclusive line ranges of ``new`` that differ from ``old``, each with the old
    lines it replaced (for whitespace/comment-only triage)."""
    import difflib

    new_lines = new.split("\n")
    if old is None:
        return [(1, len(new_lines), None)]
    old_lines = old.split("\n")
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes():
        if tag == "equal" or j1 == j2 and tag == "delete" and not new_lines:
            continue
        lo, hi = j1 + 1, max(j1 + 1, j2)
        out.append((min(lo, len(new_lines)), min(hi, len(new_lines)), "\n".join(old_lines[i1:i2])))
    return out


def _save_units(path: Path, baseline: str | None, text: str) -> list:
    from postil.analyzers.llm.units import units_for_ranges

    ranges = changed_ranges(baseline, text)
    if not ranges:
        return []
    units = units_for_ranges(path, text, [(lo, hi) for lo, hi, _old in ranges])
    if baseline is not None:
        old_lines = baseline.split("\n")
        new_lines = text.split("\n")
        import difflib

        matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
        for unit in units:
            # the unit's code as it was: the old lines mapped onto the unit's span
            mapped = []
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                lo, hi = max(j1, unit.start - 1), min(j2, unit.end)
                if tag == "equal":
                    if lo < hi:
                        mapped.extend(old_lines[i1 + lo - j1:i1 + hi - j1])
                elif j1 < unit.end and j2 >= unit.start - 1 and (i1 < i2):
                    mapped.extend(old_lines[i1:i2])
            unit.previous = "\n".join(mapped)
    return units


async def on_save(ls, uri: str) -> None:
    try:
        await _on_save(ls, uri)
    except Exception:  # a task nobody awaits: log, never lose it
        log.exception("LLM review of %s failed", uri)


async def _on_save(ls, uri: str) -> None:
    reviews = await _ready(ls)
    path = uri_to_path(uri)
    folder = reviews.folder_for(path)
    if folder is None or folder.reviewer is None or folder.mode != "onSave":
        log.debug("no review on save of %s (%s)", uri, "no provider" if folder is None or folder.reviewer is None
                  else f"llm.review is {folder.mode}")
        return
    doc = reviews.docs.setdefault(uri, DocReview())
    document = ls.workspace.get_text_document(uri)
    text = document.source
    units = await asyncio.get_running_loop().run_in_executor(reviews.executor, _save_units, path, doc.baseline, text)
    if units:
        await run(ls, uri, folder, units, text, document.version)


async def run(ls, uri: str, folder: Folder, units: list, text: str, version: int | None):
    """Review units of one document off the loop, inside $/progress; publish the findings."""
    from postil.analyzers.llm.providers import CancelToken

    reviews = _of(ls)
    session = ls.session
    doc = reviews.docs.setdefault(uri, DocReview())
    if doc.cancel is not None:
        doc.cancel.cancel()
    cancel = doc.cancel = CancelToken()
    loop = asyncio.get_running_loop()
    path = uri_to_path(uri)
    token = await _begin(ls, f"postil: reviewing {path.name if path else uri}", len(units))
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
    _merge(doc, result, text, path)
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


def _merge(doc: DocReview, result, text: str, path: Path | None) -> None:
    """Findings of the reviewed units replace what was there; the rest is kept (re-located)."""
    from postil.analyzers.findings import LineIndex

    index = LineIndex(text)
    kept = []
    covered = [(u.unit.start - 1, u.unit.end - 1) for u in result.units if u.status in ("reviewed", "cached", "skipped")]
    relocation = Homes(path, text)
    for entry in doc.entries:
        finding = relocate(entry, text, index, relocation)
        if finding is None:
            continue
        if any(lo <= finding.span.start_line <= hi for lo, hi in covered):
            continue
        kept.append(Entry(finding, text, entry.home))
    homes = Homes(path, text)
    kept.extend(Entry(f, text, homes.at(f.span.start_line)) for u in result.units for f in u.findings)
    doc.entries = kept


async def _begin(ls, title: str, total: int) -> str | None:
    if not ls.session.client.work_done_progress:
        return None
    token = f"postil-review-{uuid.uuid4()}"
    try:
        await ls.work_done_progress.create_async(token)
    except Exception:  # noqa: BLE001
        return None
    ls.work_done_progress.begin(token, types.WorkDoneProgressBegin(title=title, message=f"0/{total} units",
                                                                   percentage=0, cancellable=False))
    return token


# --- findings as diagnostics -------------------------------------------------------------
class Homes:
    """Which definition (function, method, class) holds a place in one text: its first line.
    The parse is tree-sitter's, incremental per document (a keystroke costs ~1 ms)."""

    def __init__(self, path: Path | None, text: str) -> None:
        self.path, self.text = path, text
        self._root = None
        self._data: bytes | None = None

    def at(self, line: int) -> str | None:
        """The first line (stripped) of the innermost definition around 0-based ``line``
        (None: module code, or no grammar)."""
        from postil.analyzers.languages import language_of
        from postil.analyzers.rules.suppressions import parse_tree

        language = language_of(self.path) if self.path is not None else None
        if language is None:
            return None
        if self._root is None:
            self._data = self.text.encode("utf-8", "surrogatepass")
            try:
                self._root = parse_tree(self._data, language, str(self.path)).root_node
            except LookupError:
                return None
        lines = self._data.split(b"\n")
        if line >= len(lines):
            return None
        start = sum(len(x) + 1 for x in lines[:line]) + len(lines[line]) - len(lines[line].lstrip())
        node = self._root.descendant_for_byte_range(start, start)
        while node is not None:
            kind = node.type
            if ("function" in kind or "method" in kind or "class" in kind or kind == "impl_item") and \
                    kind.endswith(("definition", "declaration", "item")):
                return self._data[node.start_byte:].split(b"\n", 1)[0].decode("utf-8", "replace").strip()
            node = node.parent
        return None


def relocate(entry: Entry, text: str, index=None, homes: Homes | None = None):
    """The entry's finding placed in ``text`` by the code it points at; None when that code
    is gone or now lies in another definition. A moved finding loses its fix (a fix is
    offered only as vetted for the text it was made for; the next review re-vets it)."""
    from dataclasses import replace

    from postil.analyzers.findings import LineIndex, Span

    finding = entry.finding
    if entry.text == text:
        return finding
    old = LineIndex(entry.text)
    start = old.offset(finding.span.start_line, finding.span.start_col)
    end = old.offset(finding.span.end_line, finding.span.end_col)
    snippet = entry.text[start:end]
    if not snippet.strip():
        return None
    best, at = None, text.find(snippet)
    while at != -1:
        if best is None or abs(at - start) < abs(best - start):
            best = at
        at = text.find(snippet, at + 1)
    if best is None:
        return None
    index = index or LineIndex(text)
    where = Span(*index.position(best), *index.position(best + len(snippet)))
    if (homes or Homes(None, text)).at(where.start_line) != entry.home:
        return None  # its code moved into another definition: not what was reviewed
    return replace(finding, span=where, fix=None)


def findings_for(session, uri: str, text: str) -> list:
    """The document's LLM findings placed in ``text`` (the text its rule findings are for)."""
    reviews = getattr(session, "reviews", None)
    doc = reviews.docs.get(uri) if reviews is not None else None
    if doc is None or not doc.entries:
        return []
    out = []
    homes = Homes(uri_to_path(uri), text)
    for entry in doc.entries:
        finding = relocate(entry, text, homes=homes)
        if finding is not None:
            out.append(finding)
    return out


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


# --- code actions --------------------------------------------------------------------------
def _llm_code(diagnostic: types.Diagnostic) -> bool:
    return isinstance(diagnostic.code, str) and diagnostic.code.startswith("llm/")


def _args(uri: str, range_: types.Range, diagnostic: types.Diagnostic | None = None, **extra) -> dict:
    from pygls.protocol import default_converter

    converter = default_converter()
    out = {"uri": uri, "range": converter.unstructure(range_)}
    if diagnostic is not None:
        out["diagnostic"] = converter.unstructure(diagnostic)
    out.update(extra)
    return out


def code_actions(ls, params: types.CodeActionParams, wanted) -> list[types.CodeAction]:
    """Explain / Fix with AI / dismiss / Review this function, where a provider is configured."""
    reviews = getattr(ls.session, "reviews", None)
    if reviews is None:
        return []
    uri = params.text_document.uri
    folder = reviews.folder_for(uri_to_path(uri))
    if folder is None or folder.reviewer is None:
        return []
    actions: list[types.CodeAction] = []
    document = ls.workspace.get_text_document(uri)
    quickfix = wanted(types.CodeActionKind.QuickFix)
    for diagnostic in params.context.diagnostics:
        if diagnostic.source != "postil" or not quickfix:
            continue
        code = diagnostic.code if isinstance(diagnostic.code, str) else "postil"
        data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
        if _llm_code(diagnostic) and data.get("fingerprint"):
            actions.append(types.CodeAction(
                title=f"postil ({code}): dismiss this finding", kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                command=types.Command(title="postil: dismiss this finding", command=DISMISS, arguments=[
                    {"uri": uri, "fingerprint": data["fingerprint"], "category": code.removeprefix("llm/")}])))
        actions.append(types.CodeAction(
            title=f"postil ({code}): Explain this", kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic],
            command=types.Command(title="postil: Explain this", command=EXPLAIN,
                                  arguments=[_args(uri, diagnostic.range, diagnostic, show=True)])))
        if not data.get("fix"):
            args = _args(uri, diagnostic.range, diagnostic)
            action = types.CodeAction(title=f"postil ({code}): Fix this with AI", kind=types.CodeActionKind.QuickFix,
                                      diagnostics=[diagnostic])
            if ls.session.client.resolve_edit:
                action.data = {"postil": "fixWithAI", "version": document.version, **args}
            else:
                action.command = types.Command(title="postil: Fix this with AI", command=FIX_WITH_AI, arguments=[args])
            actions.append(action)
    if wanted(REFACTOR_KIND):
        r = params.range
        if r.start != r.end and not params.context.diagnostics:
            actions.append(types.CodeAction(
                title="postil: Explain this", kind=REFACTOR_KIND,
                command=types.Command(title="postil: Explain this", command=EXPLAIN, arguments=[_args(uri, r, show=True)])))
        if folder.mode != "off":
            actions.append(types.CodeAction(
                title="postil: Review this function", kind=REFACTOR_KIND,
                command=types.Command(title="postil: Review this function", command=REVIEW_FILE,
                                      arguments=[_args(uri, r)])))
    return actions


def accept_command(uri: str, finding_data: dict, code: str) -> types.Command | None:
    """The command an applied LLM fix carries, so accepted fixes are counted."""
    fingerprint = finding_data.get("fingerprint")
    if not fingerprint:
        return None
    return types.Command(title="postil: fix applied", command=ACCEPT_FIX,
                         arguments=[{"uri": uri, "fingerprint": fingerprint, "category": code.removeprefix("llm/")}])


async def resolve(ls, action: types.CodeAction) -> types.CodeAction:
    """codeAction/resolve for "Fix this with AI": ask the model now, validate, attach the edit."""
    data = action.data if isinstance(action.data, dict) else {}
    edit, finding = await _fix_edit(ls, data)
    if edit is None:
        ls.window_show_message(types.ShowMessageParams(
            type=types.MessageType.Info, message="postil: the model proposed no fix that passes validation"))
        return action
    action.edit = edit
    action.command = types.Command(title="postil: fix applied", command=ACCEPT_FIX, arguments=[
        {"uri": data["uri"], "fingerprint": finding.fingerprint, "category": finding.metadata.get("category", "ai-fix")}])
    return action


# --- commands ------------------------------------------------------------------------------
def _argument(args) -> dict:
    value = args[0] if args else None
    if isinstance(value, str):
        value = {"uri": value}
    if not isinstance(value, dict) or not isinstance(value.get("uri"), str):
        raise ValueError(f"expected an argument {{uri, range?, diagnostic?}}, got {value!r}")
    return value


def _line_of(arg: dict) -> int | None:
    rng = arg.get("range")
    if isinstance(rng, dict) and isinstance(rng.get("start"), dict):
        return int(rng["start"].get("line", 0))
    return None


async def _folder_and_text(ls, uri: str) -> tuple[Folder, Path, str, int | None]:
    reviews = await _ready(ls)
    path = uri_to_path(uri)
    folder = reviews.folder_for(path)
    if not ls.session.settings.trusted:
        raise ValueError("postil: LLM review is off in an untrusted window; trust the workspace to use it")
    if folder is None or folder.reviewer is None:
        raise ValueError("postil: no LLM provider configured (setting postil.llm.provider, "
                         "[llm] provider in your user config or a trusted .postil.toml, or POSTIL_LLM_PROVIDER)")
    if uri in ls.session.documents:
        document = ls.workspace.get_text_document(uri)
        return folder, path, document.source, document.version
    return folder, path, path.read_text(encoding="utf-8", errors="replace"), None


async def _call(ls, fn, *args):
    """Run a reviewer call in the LLM worker; $/cancelRequest cancels it."""
    from postil.analyzers.llm.providers import CancelToken

    cancel = CancelToken()
    future = asyncio.get_running_loop().run_in_executor(_of(ls).executor, lambda: fn(*args, cancel=cancel))
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        cancel.cancel()
        raise


async def review_file(ls, *args) -> dict:
    """``postil.reviewFile {uri, range?}``: the whole file, or the function around ``range``."""
    from postil.analyzers.llm.units import unit_at, units_for_file

    arg = _argument(args)
    uri = arg["uri"]
    folder, path, text, version = await _folder_and_text(ls, uri)
    line = _line_of(arg)
    units = [unit_at(path, text, line + 1)] if line is not None else units_for_file(path, text)
    if folder.mode == "off":
        raise ValueError("postil: LLM review is off (setting postil.llm.review)")
    result = await run(ls, uri, folder, units, text, version) if units else None
    if result is None:
        return {"findings": 0, "units": 0, "coverage": "LLM review: nothing to review", "messages": []}
    return {"findings": sum(len(u.findings) for u in result.units), "units": len(result.units),
            "coverage": result.coverage(), "messages": result.messages}


def _question(arg: dict) -> str:
    diagnostic = arg.get("diagnostic")
    if isinstance(diagnostic, dict) and diagnostic.get("message"):
        line = _line_of(diagnostic) if isinstance(diagnostic.get("range"), dict) else None
        where = f" at line {line + 1}" if line is not None else ""
        return (f"Explain this finding ({diagnostic.get('code') or diagnostic.get('source') or 'postil'}){where}: "
                f"{diagnostic['message']}. Why is it a problem here, and how should it be fixed?")
    rng = arg.get("range")
    if isinstance(rng, dict) and rng.get("start") != rng.get("end"):
        return f"Explain lines {rng['start']['line'] + 1}-{rng['end']['line'] + 1}: what they do and any risk in them."
    return ""


async def explain(ls, *args) -> str:
    """``postil.explain {uri, range, diagnostic?}`` → Markdown. With ``show`` (the code
    action's own call) the server also shows it: a Markdown document under ``.postil/``
    via window/showDocument, else window/showMessage."""
    from postil.analyzers.llm.units import unit_at

    arg = _argument(args)
    folder, path, text, _version = await _folder_and_text(ls, arg["uri"])
    unit = unit_at(path, text, (_line_of(arg) or 0) + 1)
    markdown = await _call(ls, lambda cancel: folder.reviewer.explain(unit, _question(arg), cancel=cancel))
    if arg.get("show"):
        await _show(ls, folder, path, unit.start, markdown)
    return markdown


async def _show(ls, folder: Folder, path: Path, line: int, markdown: str) -> None:
    caps = ls.client_capabilities.window
    if caps is not None and caps.show_document is not None and caps.show_document.support:
        digest = hashlib.blake2b(f"{path}:{line}".encode(), digest_size=4).hexdigest()
        with contextlib.suppress(Exception):  # cannot write it: shown as a message below
            target = workdir(folder.root, "explain", say=log.warning) / f"{path.stem[:80]}-{line}-{digest}.md"
            write_atomic(target, markdown, root=folder.root)
            result = await ls.window_show_document_async(types.ShowDocumentParams(uri=target.as_uri(), take_focus=False))
            if result.success:
                return
    ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Info, message=markdown))


def _lines_of(arg: dict) -> frozenset[int] | None:
    """0-based lines of the diagnostic (else the range) a fix is asked for."""
    for where in (arg.get("diagnostic"), arg):
        rng = where.get("range") if isinstance(where, dict) else None
        if isinstance(rng, dict) and isinstance(rng.get("start"), dict) and isinstance(rng.get("end"), dict):
            lo, hi = int(rng["start"].get("line", 0)), int(rng["end"].get("line", 0))
            if isinstance(rng["end"].get("character"), int) and rng["end"]["character"] == 0 and hi > lo:
                hi -= 1
            return frozenset(range(lo, max(lo, hi) + 1))
    return None


def _problem(arg: dict) -> str:
    diagnostic = arg.get("diagnostic")
    if isinstance(diagnostic, dict) and diagnostic.get("message"):
        line = _line_of(diagnostic)
        return f"{diagnostic.get('code') or 'postil'} at line {(line or 0) + 1}: {diagnostic['message']}"
    line = _line_of(arg)
    return f"the problem at line {(line or 0) + 1}"


async def _fix_edit(ls, arg: dict):
    """(WorkspaceEdit, finding) for "Fix this with AI", or (None, None)."""
    from postil.analyzers.findings import LineIndex
    from postil.analyzers.llm.units import unit_at

    folder, path, text, version = await _folder_and_text(ls, arg["uri"])
    if arg.get("version") is not None and version is not None and arg["version"] != version:
        return None, None
    unit = unit_at(path, text, (_line_of(arg) or 0) + 1)
    lines = _lines_of(arg)
    finding = await _call(ls, lambda cancel: folder.reviewer.fix(unit, _problem(arg), cancel=cancel, lines=lines))
    if finding is None or finding.fix is None:
        return None, None
    index = LineIndex(text)
    encoder = ls.session.encoder
    edits = [encoder.text_edit(index, e) for e in finding.fix.edits]
    return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
        text_document=types.OptionalVersionedTextDocumentIdentifier(uri=arg["uri"], version=version),
        edits=edits)]), finding


async def fix_with_ai(ls, *args) -> dict:
    """``postil.fixWithAI {uri, range, diagnostic?}``: compute and apply (clients that cannot resolve)."""
    arg = _argument(args)
    edit, finding = await _fix_edit(ls, arg)
    if edit is None:
        ls.window_show_message(types.ShowMessageParams(
            type=types.MessageType.Info, message="postil: the model proposed no fix that passes validation"))
        return {"applied": False}
    result = await ls.workspace_apply_edit_async(types.ApplyWorkspaceEditParams(edit=edit, label="postil: fix with AI"))
    if result.applied:
        await accept(ls, {"uri": arg["uri"], "fingerprint": finding.fingerprint,
                          "category": finding.metadata.get("category", "ai-fix")})
    return {"applied": bool(result.applied)}


async def dismiss(ls, *args) -> dict:
    """``postil.dismiss {uri, fingerprint, category}``: never show this finding again."""
    arg = _argument(args)
    fingerprint, category = arg.get("fingerprint"), arg.get("category") or "other"
    if not isinstance(fingerprint, str):
        raise ValueError("postil.dismiss expects {uri, fingerprint, category}")
    reviews = await _ready(ls)
    folder = reviews.folder_for(uri_to_path(arg["uri"]))
    if folder is None or folder.reviewer is None:
        raise ValueError("postil: no LLM provider configured")
    await asyncio.get_running_loop().run_in_executor(reviews.executor, folder.reviewer.feedback.dismiss,
                                                     fingerprint, category)
    doc = reviews.docs.get(arg["uri"])
    if doc is not None:
        doc.entries = [e for e in doc.entries if e.finding.fingerprint != fingerprint]
    republish(ls, arg["uri"])
    return {"dismissed": fingerprint}


async def accept(ls, *args) -> dict:
    """``postil.acceptFix {uri, fingerprint, category}`` (carried by applied LLM fixes)."""
    arg = _argument(args)
    reviews = await _ready(ls)
    folder = reviews.folder_for(uri_to_path(arg["uri"]))
    if folder is None or folder.reviewer is None or not isinstance(arg.get("fingerprint"), str):
        return {"accepted": False}
    await asyncio.get_running_loop().run_in_executor(reviews.executor, folder.reviewer.feedback.accept,
                                                     arg["fingerprint"], arg.get("category") or "other")
    doc = reviews.docs.get(arg["uri"])
    if doc is not None:
        doc.entries = [e for e in doc.entries if e.finding.fingerprint != arg["fingerprint"]]
    return {"accepted": True}


def stop(ls) -> None:
    reviews = _of(ls)
    for doc in reviews.docs.values():
        if doc.cancel is not None:
            doc.cancel.cancel()
    reviews.executor.shutdown(wait=False, cancel_futures=True)
