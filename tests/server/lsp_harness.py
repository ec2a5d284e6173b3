"""Drive `postil serve` end to end through pytest-lsp's client, as an editor would."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig
from pytest_lsp.client import (
    DEFAULT_CLIENT_FEATURES,
    LanguageClient,
    register_lsp_features,
)

SERVER = [sys.executable, "-m", "postil", "serve"]
DEADLINE = 20.0  # seconds; generous for a loaded 2-core machine
# an index built: chromadb imported and the files embedded (a few seconds quiet; past 20 s at load 10)
INDEX_DEADLINE = 120.0


@dataclass
class Record:
    """Everything the server sent that tests look at, with a wake-up event."""

    publishes: list[types.PublishDiagnosticsParams] = field(default_factory=list)
    applied: list[types.ApplyWorkspaceEditParams] = field(default_factory=list)
    registrations: list[types.Registration] = field(default_factory=list)
    statuses: list[dict] = field(default_factory=list)  # postil/status notifications
    shown_documents: list[types.ShowDocumentParams] = field(default_factory=list)
    refreshes: int = 0  # workspace/diagnostic/refresh requests
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    def poke(self) -> None:
        self.changed.set()


def make_client() -> LanguageClient:
    client = LanguageClient(converter_factory=default_converter)
    record = Record()
    client.record = record  # type: ignore[attr-defined]
    features = dict(DEFAULT_CLIENT_FEATURES)
    base_publish = features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]
    base_log = features[types.WINDOW_LOG_MESSAGE]
    base_show = features[types.WINDOW_SHOW_MESSAGE]
    base_refresh = features[types.WORKSPACE_DIAGNOSTIC_REFRESH]
    base_progress = features[types.PROGRESS]

    def publish(params):
        base_publish(client, params)
        record.publishes.append(params)
        record.poke()

    def log_message(params):
        base_log(client, params)
        record.poke()

    def show_message(params):
        base_show(client, params)
        record.poke()

    def refresh(params):
        base_refresh(client, params)
        record.refreshes += 1
        record.poke()

    def progress(params):
        base_progress(client, params)
        record.poke()

    def apply_edit(params: types.ApplyWorkspaceEditParams):
        record.applied.append(params)
        record.poke()
        return types.ApplyWorkspaceEditResult(applied=True)

    def register_capability(params: types.RegistrationParams):
        record.registrations.extend(params.registrations)
        record.poke()

    def show_document(params: types.ShowDocumentParams):
        record.shown_documents.append(params)
        record.poke()
        return types.ShowDocumentResult(success=True)

    features.update({
        types.WINDOW_SHOW_DOCUMENT: show_document,
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish,
        types.WINDOW_LOG_MESSAGE: log_message,
        types.WINDOW_SHOW_MESSAGE: show_message,
        types.WORKSPACE_DIAGNOSTIC_REFRESH: refresh,
        types.PROGRESS: progress,
        types.WORKSPACE_APPLY_EDIT: apply_edit,
        types.CLIENT_REGISTER_CAPABILITY: register_capability,
    })
    register_lsp_features(client, features)

    @client.feature("postil/status")
    def status(params):
        record.statuses.append(plain(params))
        record.poke()

    return client


def plain(obj):
    """A custom notification's params (pygls: named tuples) as plain JSON-like values."""
    if hasattr(obj, "_asdict"):
        return {k: plain(v) for k, v in obj._asdict().items()}
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [plain(o) for o in obj]
    return obj


def capabilities(name: str, *, pull: bool | None = None, refresh: bool = False) -> types.ClientCapabilities:
    """A real editor's capabilities (``visual-studio-code``, ``neovim``), optionally adjusted."""
    caps = pytest_lsp.client_capabilities(name)
    if pull is False and caps.text_document is not None:
        caps.text_document.diagnostic = None
    if pull is True:
        caps.text_document.diagnostic = types.DiagnosticClientCapabilities(dynamic_registration=False)
    if refresh:
        caps.workspace.diagnostics = types.DiagnosticWorkspaceClientCapabilities(refresh_support=True)
    return caps


# The two capability sets every behaviour is tested with: VS Code 1.65 (push diagnostics)
# and Neovim 0.11 (pull diagnostics without refresh support, so the server pushes).
EDITORS = {
    "vscode": lambda: capabilities("visual-studio-code@v1.65.2"),
    "neovim": lambda: capabilities("neovim@v0.11.0"),
}


@contextlib.asynccontextmanager
async def running(root: Path, caps: types.ClientCapabilities, init_options=None, folders: list[Path] | None = None,
                  configuration: dict | None = None):
    """A started, initialized server for workspace ``root`` (or several ``folders``)."""
    config = ClientServerConfig(server_command=SERVER, client_factory=make_client)
    client = await config.start()
    if configuration is not None:
        client.set_configuration(configuration)
    folders = folders or [root]
    try:
        result = await client.initialize_session(types.InitializeParams(
            capabilities=caps,
            root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=f.as_uri(), name=f.name) for f in folders],
            initialization_options=init_options,
        ))
        client.init_result = result  # type: ignore[attr-defined]
        yield client
    finally:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(client.shutdown_session(), 10)
        await client.stop()


async def wait_for(client, predicate, what: str, timeout: float = DEADLINE):
    """Wait (event-driven, with a deadline) until ``predicate()`` is truthy; return it."""
    record: Record = client.record
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = predicate()
        if value:
            return value
        remaining = deadline - loop.time()
        if remaining <= 0:
            raise AssertionError(f"timed out waiting for {what}")
        record.changed.clear()
        try:
            await asyncio.wait_for(record.changed.wait(), min(remaining, 0.5))
        except TimeoutError:
            pass


def is_pull(client) -> bool:
    """The server chose pull diagnostics (it offers them only to clients that take refresh)."""
    return client.init_result.capabilities.diagnostic_provider is not None


async def quiet(client, seconds: float) -> None:
    """Wait for the next message from the server, at most ``seconds``."""
    client.record.changed.clear()
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(client.record.changed.wait(), seconds)


def latest_published(client, uri: str):
    return next((p for p in reversed(client.record.publishes) if p.uri == uri), None)


async def diagnostics(client, uri: str, predicate=lambda ds: True, what: str = "diagnostics"):
    """The document's diagnostics as the editor would show them once ``predicate``
    holds: pulled (again, until it holds) for pull clients, else the last published."""
    if is_pull(client):
        loop = asyncio.get_running_loop()
        deadline = loop.time() + DEADLINE
        while True:
            report = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
                text_document=types.TextDocumentIdentifier(uri=uri)))
            if predicate(report.items):
                return report.items
            if loop.time() > deadline:
                raise AssertionError(f"timed out waiting for {what}: last {report.items}")
            await quiet(client, 0.2)

    def ready():
        published = latest_published(client, uri)
        return published is not None and predicate(published.diagnostics)

    await wait_for(client, ready, what)
    return latest_published(client, uri).diagnostics


def open_doc(client, path: Path, text: str | None = None, language: str = "python", version: int = 1) -> str:
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id=language, version=version, text=path.read_text() if text is None else text)))
    return uri


def edit_and_save(client, path: Path, uri: str, text: str, version: int = 2) -> None:
    """The user changes the whole document to ``text`` and saves it."""
    path.write_text(text)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))


def change(client, uri: str, version: int, text: str, start=(0, 0), end=None) -> None:
    """An incremental change replacing [start, end) (whole-line positions) with ``text``."""
    end = end or start
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(*start), end=types.Position(*end)), text=text)]))
