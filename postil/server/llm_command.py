"""What the editor's LLM commands share (``postil.server.commands``, ``postil.server.learn_rule``):
reading the command's ``{uri, ...}`` argument, the folder's reviewer and the document's text,
starting the command's job once the LLM settings are loaded, and running a reviewer call in the
LLM worker so that shutdown cancels it."""

from __future__ import annotations

import asyncio
from pathlib import Path

from postil.core.atomic import inside
from postil.core.terminal import terminal
from postil.server import jobs, llm_review
from postil.server.uris import uri_to_path

SHOWN_CHARS = 200  # of a command's argument an error message quotes (an argument can be megabytes)


def argument(args) -> dict:
    """The command's argument as ``{uri, ...}`` (a bare URI string is accepted)."""
    value = args[0] if args else None
    if isinstance(value, str):
        value = {"uri": value}
    if not isinstance(value, dict) or not isinstance(value.get("uri"), str):
        raise ValueError(f"expected an argument {{uri, range?, diagnostic?}}, got {_shown(value)}")
    return value


async def folder_and_text(ls, uri: str) -> tuple[llm_review.Folder, Path, str, int | None]:
    """The folder whose reviewer serves ``uri``, its path, text (the open document's, else the
    file's) and version; ValueError when the window is untrusted or no provider is configured."""
    reviews = await llm_review.configured(ls)
    path = uri_to_path(uri)
    folder = reviews.folder_for(path)
    if not ls.session.settings.trusted:
        raise ValueError("postil: LLM review is off in an untrusted window; trust the workspace to use it")
    if folder is None or folder.reviewer is None:
        raise ValueError("postil: no LLM provider configured (setting postil.llm.provider, "
                         "[llm] provider in your user config or a trusted .postil.toml, or POSTIL_LLM_PROVIDER)")
    # (a URI's path is matched to its folder as written: ``file:///ws/../home/me/.ssh/id_rsa`` is under /ws)
    if not inside(path, folder.root):
        raise ValueError(f"postil: {_shown(uri)} is not inside the workspace folder {folder.root} once `..` and links "
                         "are followed: its text is not sent to the model")
    if uri in ls.session.documents:
        document = ls.workspace.get_text_document(uri)
        return folder, path, document.source, document.version
    return folder, path, path.read_text(encoding="utf-8", errors="replace"), None


def _shown(value: object) -> str:
    """A command's argument in a message: escaped, at most :data:`SHOWN_CHARS` of it."""
    text = value if isinstance(value, str) else repr(value)
    return terminal(text[:SHOWN_CHARS]) + (f"… ({len(text):,} characters)" if len(text) > SHOWN_CHARS else "")


SETTINGS_GRACE = 2.0  # seconds a command waits for the LLM settings before it answers and waits in its job
SETTINGS_IN_JOB = 300.0  # seconds the job then waits for them


async def started(ls, feature: str, working: str, prepare) -> dict:
    """Start an LLM command's job (``postil.server.jobs``). ``prepare()`` reads the folder's
    reviewer and the document and returns (what the job is doing, its work). With the LLM
    settings loaded within SETTINGS_GRACE seconds, ``prepare``'s errors answer the request; while
    they are still loading (a busy machine: importing a provider's SDK took over 5 s at load 10)
    the command answers at once with ``working`` and its job waits for them: slow is never an error."""
    if await llm_review.ready(ls, SETTINGS_GRACE):
        doing, work = await prepare()
        return jobs.start(ls, feature, doing, work)

    async def later() -> None:
        if not await llm_review.ready(ls, SETTINGS_IN_JOB):
            raise ValueError(f"the LLM settings did not load in {SETTINGS_IN_JOB:g} s; see the server's log")
        _doing, work = await prepare()
        await work()

    return jobs.start(ls, feature, working, later)


async def call(ls, fn, *args):
    """Run a reviewer call in the LLM worker; cancelling the caller (shutdown) cancels it."""
    from postil.analyzers.llm.cancel_token import CancelToken

    cancel = CancelToken()
    future = asyncio.get_running_loop().run_in_executor(llm_review.reviews_of(ls).executor, lambda: fn(*args, cancel=cancel))
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        cancel.cancel()
        raise
