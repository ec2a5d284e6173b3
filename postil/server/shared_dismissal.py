"""Dismissals the editor shares with the team: the finding's fingerprint, rule, path and a
reason go into the workspace's committed ``.postil-baseline`` (``postil.analyzers.baseline``),
which every clone, the CLI and the hook honour. Model findings are dismissed through
``postil.dismiss`` (``postil.server.commands``); a rule's finding needs no LLM provider."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from postil.analyzers import baseline
from postil.server import config_facts, diagnostics
from postil.server.uris import uri_to_path

log = logging.getLogger("postil.server")
REASON = "dismissed in the editor"


def share_dismissal(root: Path, finding, path: Path) -> bool:
    """Record a dismissed finding in the ``.postil-baseline`` at ``root``; False (logged) when the
    file cannot be written (the dismissal then holds on this machine only, for model findings)."""
    relpath = baseline.relative_path(path, root)
    if relpath is None:
        return False
    try:
        baseline.add(root, [baseline.Entry(relpath, finding.rule, finding.fingerprint, REASON)])
    except OSError as exc:
        log.warning("postil: the dismissal is not shared: %s", exc)
        return False
    return True


async def dismiss_rule_finding(ls, uri: str, fingerprint: str) -> dict:
    """A rule's finding shown in ``uri``, dismissed for everyone; the editor re-checks."""
    path = uri_to_path(uri)
    state = ls.session.documents.get(uri)
    finding = next((f for f in state.findings if f.fingerprint == fingerprint), None) if state else None
    if path is None or finding is None:
        raise ValueError("postil: this finding is no longer shown; check the file again")
    facts = config_facts.current(ls.session)

    def share() -> bool:  # the root the checker fingerprinted the finding against
        fallback = facts.root_for(path) if facts is not None else path.parent
        return share_dismissal(baseline.root_for(path, fallback), finding, path)

    if not await asyncio.get_running_loop().run_in_executor(None, share):
        raise ValueError(f"postil: the dismissal of {path.name} could not be written to {baseline.FILE_NAME} "
                         "(see the log)")
    diagnostics.refresh(ls)
    return {"dismissed": fingerprint}
