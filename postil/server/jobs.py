"""Long model work (Explain, Fix with AI, Review) as tasks the server owns, never the request's.

The command that starts one answers at once ("working…"), so a client that waits for
``workspace/executeCommand`` (eglot, some Neovim setups) never blocks its user's typing; the
work reports ``$/progress`` where the client takes it, delivers its result itself (a document,
an edit, diagnostics) and says a failure as one plain sentence (``plain``): no exception name,
no traceback, whichever client asked.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable

from lsprotocol import types

log = logging.getLogger("postil.server")

CLIENT_BOUND = 10.0  # seconds the client may take to answer a request of ours (progress, applyEdit, showDocument)


def plain(exc: BaseException) -> str:
    """What went wrong, as a sentence for the user: a provider's or the user's own error says
    itself (its message is written for people); anything else is an internal error whose
    details are in the server log."""
    from postil.analyzers.llm.provider_errors import ProviderError
    from postil.core.plain_text import message

    if isinstance(exc, (ProviderError, ValueError, OSError)) and str(exc):
        return message(str(exc).removeprefix("postil: "), 300)
    return "an internal error (the details are in the postil server log)"


async def begin_progress(ls, kind: str, title: str, message: str | None = None) -> str | None:
    """A ``$/progress`` token begun with ``title`` (None when the client takes no progress)."""
    if not ls.session.client.work_done_progress:
        return None
    token = f"postil-{kind}-{uuid.uuid4()}"
    try:
        await asyncio.wait_for(ls.work_done_progress.create_async(token), CLIENT_BOUND)
    except Exception:  # noqa: BLE001 - no progress then; the work goes on
        return None
    ls.work_done_progress.begin(token, types.WorkDoneProgressBegin(title=title, message=message, percentage=0,
                                                                   cancellable=False))
    return token


def start(ls, feature: str, working: str, work: Callable[[], Awaitable[None]]) -> dict:
    """Run ``work`` (which delivers its own result) in a task the server owns, inside
    ``$/progress``; answer at once with ``{"working": true, "message": ...}``. A failure is
    shown as "postil: FEATURE failed: <plain sentence>" and logged with its traceback."""
    session = ls.session
    if session.shutting_down:
        raise ValueError("postil: the server is shutting down")

    async def run() -> None:
        token = await begin_progress(ls, feature.lower().replace(" ", "-"), f"postil: {working}")
        outcome = "done"
        try:
            await work()
        except asyncio.CancelledError:
            outcome = "cancelled"
            raise
        except Exception as exc:  # a task nobody awaits: say it, log it
            outcome = "failed"
            log.warning("%s failed", feature, exc_info=exc)
            ls.window_show_message(types.ShowMessageParams(
                type=types.MessageType.Error, message=f"postil: {feature} failed: {plain(exc)}"))
        finally:
            if token is not None:
                ls.work_done_progress.end(token, types.WorkDoneProgressEnd(message=outcome))

    task = asyncio.ensure_future(run())
    session.jobs.add(task)
    task.add_done_callback(session.jobs.discard)
    return {"working": True, "message": f"postil: {working} (the result opens when it is ready)"}


def stop(ls) -> None:
    """Cancel the work in progress (shutdown)."""
    for task in list(ls.session.jobs):
        task.cancel()
