"""``postil/status``: the index's and the LLM's state, sent whenever either changes.

Shape (what the VS Code extension's status bar parses, editors/vscode/src/status.ts)::

    {"index": {"state": "off"|"indexing"|"ready"|"error", "done": 12, "total": 340},
     "llm": {"state": "off"|"ready"|"reviewing"|"budgetSpent"|"circuitOpen", "detail": "…"}}
"""

from __future__ import annotations

import importlib
import threading

METHOD = "postil/status"

# The index thread imports chromadb and the LLM threads the openai/anthropic SDKs; all of
# them import httpx. Importing one package from two threads at once can meet a partially
# initialised module ("partially initialized module 'httpx' has no attribute 'URL'"), so
# the server's threads take these imports one at a time, before first use.
_IMPORT_LOCK = threading.Lock()


def preload(*modules: str) -> None:
    """Import ``modules`` (worker threads only), one thread at a time."""
    with _IMPORT_LOCK:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the real use reports it
                pass


def current(ls) -> dict:
    session = ls.session
    indexing = getattr(session, "indexing", None)
    index = indexing.state() if indexing is not None else {"state": "off", "done": 0, "total": 0}
    reviews = getattr(session, "reviews", None)
    llm = reviews.state() if reviews is not None else {"state": "off"}
    return {"index": index, "llm": llm}


def changed(ls) -> None:
    """Send the status if it differs from the last one sent."""
    session = ls.session
    payload = current(ls)
    if payload == getattr(session, "last_status", None):
        return
    session.last_status = payload
    try:
        ls.protocol.notify(METHOD, payload)
    except Exception:  # noqa: BLE001 - the transport is closing
        pass
