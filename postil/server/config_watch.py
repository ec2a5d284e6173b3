"""Config files changed on disk while nobody types: every ``WATCH_EVERY`` seconds the server
compares the config files, the user's config, the trust store and the rule files its checkers
were built from with what they look like now (a few ``stat`` calls, ``config_stamps``) and,
when one changed, reloads and re-checks what the editor shows. A ``git checkout`` or another
editor then updates the diagnostics in every client, whether it watches files or not (Neovim on
Linux does not); each check also looks first, so typing never waits for the next look."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from postil.server import config_facts

log = logging.getLogger("postil.server")

WATCH_EVERY = 2.0  # seconds between looks


def start(ls) -> None:
    """Look at the config files from now until shutdown (idempotent)."""
    session = ls.session
    if session.shutting_down or session.config_watch is not None:
        return
    session.config_watch = asyncio.ensure_future(_watch(ls))


def stop(ls) -> None:
    watch, ls.session.config_watch = ls.session.config_watch, None
    if watch is not None:
        watch.cancel()


def look(ls) -> bool:
    """Reload when a file the checkers were built from changed, while the editor shows a document
    to re-check; whether it did."""
    if not ls.session.documents:
        return False  # nothing shown to re-check
    return reload_if_changed(ls)


def reload_if_changed(ls) -> bool:
    """Reload when a file the checkers were built from changed (the watcher, and each check before
    it runs); whether it did."""
    facts = config_facts.current(ls.session)
    if facts is None:
        return False  # nothing built from the files yet
    changed = facts.stamps.changed()
    if changed is None:
        return False
    ls.reload_configuration(f"{changed} changed on disk")
    return True


async def _watch(ls) -> None:
    while not ls.session.shutting_down:
        await asyncio.sleep(WATCH_EVERY)
        with contextlib.suppress(Exception):  # a look that fails is tried again at the next one
            look(ls)
