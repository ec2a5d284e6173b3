"""Settings flow and reloading.

Settings: ``initializationOptions`` first, then ``workspace/configuration``
(section ``postil``) when the client supports it, then every
``workspace/didChangeConfiguration``. Any change, and any change to a watched
config or rule file, rebuilds the checkers and refreshes diagnostics.
"""

from __future__ import annotations

import asyncio
import logging

from lsprotocol import types

from postil.server import diagnostics, lazy_engine
from postil.server import log as server_log
from postil.server.session import Session

log = logging.getLogger("postil.server")


def apply_settings(ls, raw) -> bool:
    """Layer ``raw`` over the initialization options; True when anything changed."""
    from postil.config.editor import Settings

    session: Session = ls.session
    base, problems = Settings.parse(session.init_options)
    settings, more = Settings.parse(raw, base) if raw is not None else (base, [])
    diagnostics.show_problems(ls, problems + more)
    changed = settings != session.settings
    session.settings = settings
    server_log.configure(ls, settings.log_level, settings.log_file)
    return changed


async def fetch_settings(ls) -> object:
    """The ``postil`` section from the client (None when it has none)."""
    session: Session = ls.session
    if not session.client.configuration:
        return None
    try:
        result = await ls.workspace_configuration_async(
            types.ConfigurationParams(items=[types.ConfigurationItem(section="postil")]))
    except Exception as exc:
        log.warning("workspace/configuration failed: %s", exc)
        return None
    return result[0] if result else None


def reload(ls, reason: str) -> None:
    """Forget checkers and config discovery; re-check what the editor shows."""
    session: Session = ls.session
    log.info("reloading configuration and rules (%s)", reason)
    lazy_engine.forget_configs()
    session.cache_generation += 1  # (the check process builds its checkers again)
    session.shown_messages.clear()
    diagnostics.refresh(ls)
    if session.engine_ready:  # the index's and the reviewer's settings may have changed too
        asyncio.ensure_future(_reconfigure_background(ls))


async def _reconfigure_background(ls) -> None:
    from postil.server import indexing, llm_review

    await asyncio.wait({llm_review.configure(ls)})  # never cancels the configuration itself
    await indexing.settings_changed(ls)  # after the reviewer: it decides whether the index is wanted


def did_change_workspace_folders(ls, params: types.DidChangeWorkspaceFoldersParams) -> None:
    reload(ls, "workspace folders changed")


async def did_change_configuration(ls, params: types.DidChangeConfigurationParams) -> None:
    raw = await fetch_settings(ls)
    if raw is None and isinstance(params.settings, dict):
        raw = params.settings.get("postil", params.settings)
    if apply_settings(ls, raw):
        reload(ls, "settings changed")
