"""The one line an editor user gets when a workspace's config sets provider or endpoint
keys that were ignored (not trusted, changed since trusted, or above the git root): a
``window/showMessage`` warning, once per distinct notice."""

from __future__ import annotations

import logging

from lsprotocol import types

log = logging.getLogger("postil.server")


def announce(ls, notice: str | None) -> None:
    """Show ``notice`` (``LoadedConfig.notice``) unless it was shown already; event loop only."""
    session = ls.session
    if not notice or notice in session.shown_messages:
        return
    session.shown_messages.add(notice)
    log.warning("%s", notice)
    ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning, message=notice))
