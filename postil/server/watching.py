"""Watch project config files, the team's ``.postil-baseline``, the user's config file and trust
store (``postil.trust_store``) and rule directories; reload when they change.

The watcher is registered dynamically (``client/registerCapability``) when the
client supports it; otherwise editors that send ``didChangeWatchedFiles`` anyway
are still honoured, and saving a config or rule file in the editor reloads
(Neovim on Linux offers no file watching).
"""

from __future__ import annotations

import logging
from pathlib import Path

from lsprotocol import types

from postil.analyzers.baseline import FILE_NAME as BASELINE_FILE
from postil.server import config_facts, indexing, lazy_engine
from postil.server.configuration import reload
from postil.server.session import Session
from postil.server.uris import uri_to_path
from postil.trust_store import TRUST_FILE, user_config_dir

log = logging.getLogger("postil.server")

REGISTRATION_ID = "postil-watch-config"
GLOBS = ("**/pyproject.toml", "**/.postil.toml", "**/*.yml", "**/*.yaml", f"**/{BASELINE_FILE}")
USER_FILES = ("config.toml", TRUST_FILE)


async def register(ls) -> None:
    session: Session = ls.session
    if not session.client.watch_dynamic:
        return
    watchers = [types.FileSystemWatcher(glob_pattern=g) for g in GLOBS]
    if session.client.watch_relative:  # the user config file and trust store live outside the workspace
        watchers.append(types.FileSystemWatcher(glob_pattern=types.RelativePattern(
            base_uri=user_config_dir().as_uri(), pattern="{" + ",".join(USER_FILES) + "}")))
    try:
        await ls.client_register_capability_async(types.RegistrationParams(registrations=[types.Registration(
            id=REGISTRATION_ID, method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers))]))
    except Exception as exc:
        log.warning("could not register file watchers: %s", exc)


def _rule_dirs(session: Session) -> list[Path]:
    facts = config_facts.current(session)
    return [d for c in facts.checkers for d in c.rule_directories] if facts is not None else []


def relevant(session: Session, path: Path) -> bool:
    """A config file, the user's config file or trust store, or a rule file under a
    configured rule directory."""
    if path.name in (*lazy_engine.CONFIG_FILES, BASELINE_FILE) or (path.name in USER_FILES and path.parent == user_config_dir()):
        return True
    if path.suffix.lower() not in (".yml", ".yaml"):
        return False
    return any(path == d or d in path.parents for d in _rule_dirs(session))


def did_change_watched_files(ls, params: types.DidChangeWatchedFilesParams) -> None:
    """Reload when a config, rule or trust file changed; the index hears of every change."""
    session: Session = ls.session
    changed = [p for p in (uri_to_path(c.uri) for c in params.changes) if p is not None and relevant(session, p)]
    if changed:
        reload(ls, ", ".join(sorted({str(p) for p in changed})))
    if session.indexing is not None:
        indexing.did_change_watched_files(ls, params)


def did_save(ls, uri: str) -> None:
    """A config or rule file saved in a client that does not watch files for us: reload."""
    session: Session = ls.session
    path = uri_to_path(uri)
    if not session.client.watch_dynamic and path is not None and relevant(session, path):
        reload(ls, f"{path} saved")
