"""The server's life: ``initialize`` (the client's abilities, pull diagnostics offered), the
engine loaded in the worker once the answer is out, background work (LLM reviewer, index)
after the first diagnostics, ``initialized`` (watchers, workspace settings) and ``shutdown``."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging

from lsprotocol import types
from pygls.capabilities import ServerCapabilitiesBuilder

from postil import __version__
from postil.server import (check_process, config_facts, config_watch, configuration, diagnostics, indexing, jobs,
                           llm_review, search_answering, watching)
from postil.server.handler_guard import guarded
from postil.server.positions import PositionEncoder
from postil.server.session import ClientAbilities

log = logging.getLogger("postil.server")

FIRST_CHECK_GRACE = 2.0  # seconds background work waits for the first diagnostics before starting anyway


def initialize(ls, params: types.InitializeParams) -> None:
    session = ls.session
    session.client = ClientAbilities.of(params.capabilities)
    session.encoder = PositionEncoder(ServerCapabilitiesBuilder.choose_position_encoding(params.capabilities))
    session.init_options = params.initialization_options
    facts = config_facts.current(session)
    if facts is not None and list(facts.folders) != [f.resolve() for f in session.folders(ls.workspace)]:
        session.first_sight = {}  # the first check's folders are not these (the check process builds its checkers again)
    if session.client.pull_diagnostics:
        offer_pull_diagnostics(ls)
    # Parse the settings, then load the engine and rule packs in the worker, once this
    # response is out (call_soon: pygls writes the response as soon as this handler
    # returns; the client sends nothing else before it has the answer).
    asyncio.get_running_loop().call_soon(_after_initialize, ls)


async def initialized(ls, params: types.InitializedParams) -> None:
    session = ls.session
    log.info("postil %s: %s diagnostics, %s positions", __version__,
             "pull" if session.client.pull_diagnostics else "push", session.encoder.encoding)
    await watching.register(ls)
    raw = await configuration.fetch_settings(ls)
    if raw is not None and configuration.apply_settings(ls, raw):
        configuration.reload(ls, "workspace settings")


def shutdown(ls, *args) -> None:
    stop_background(ls)


def stop_background(ls) -> None:
    """Stop indexing, cancel reviews and answer no more searches (on `shutdown`, and again on
    exit: idempotent)."""
    session = ls.session
    session.shutting_down = True
    config_watch.stop(ls)
    jobs.stop(ls)
    if session.indexing is not None:
        indexing.stop(ls)
    if session.reviews is not None:
        llm_review.stop(ls)
    search_answering.stop(ls)


def offer_pull_diagnostics(ls) -> None:
    """Serve ``textDocument/diagnostic`` (registered during ``initialize``, so only clients that
    can also be told to re-pull see the capability; every other client gets push)."""
    ls.feature(types.TEXT_DOCUMENT_DIAGNOSTIC,
               types.DiagnosticOptions(identifier="postil", inter_file_dependencies=False, workspace_diagnostics=False),
               )(guarded(diagnostics.pull, "pull_diagnostics", retrigger=True))


def _after_initialize(ls) -> None:
    session = ls.session
    configuration.apply_settings(ls, None)  # the initialization options
    loop = asyncio.get_running_loop()
    warm = session.executor.submit(check_process.warm_up, session, session.folders(ls.workspace))

    def when_warm(_) -> None:
        _collect_garbage_again()
        try:
            loop.call_soon_threadsafe(_engine_ready, ls)
        except RuntimeError:  # the loop is closed: the client exited during the warm-up
            pass

    warm.add_done_callback(when_warm)


def _collect_garbage_again() -> None:
    """`postil serve` starts with garbage collection off (commands/serve_command.py) and keeps it off
    until the engine is loaded: what the imports made lives as long as the process, so it is
    moved out of the collector's sight (``gc.freeze``) instead of being scanned again and
    again (~0.15 s of the first diagnostics on a loaded machine)."""
    gc.freeze()
    gc.enable()


def _engine_ready(ls) -> None:
    session = ls.session
    if session.shutting_down:
        return
    session.engine_ready = True
    config_watch.start(ls)
    asyncio.ensure_future(_start_background(ls))


async def _start_background(ls) -> None:
    """Once the first diagnostics are out (or a moment later when nothing is open): the LLM
    reviewer, then the workspace index if the reviewer will read it (postil.server.indexing),
    then the answers to ``postil search`` where there is an index (postil.server.search_answering).
    Neither competes with the first check for the interpreter."""
    first = ls.session.first_check
    if not first.is_set():
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(first.wait(), FIRST_CHECK_GRACE)
    await llm_review.ready(ls, None)
    indexing.after_warm_up(ls)
    search_answering.start(ls)
