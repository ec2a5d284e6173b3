"""``workspace/executeCommand`` commands: checkWorkspace, applyFixes, showStatus."""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from collections import Counter
from pathlib import Path

from lsprotocol import types

from postil import __version__
from postil.analyzers.findings import LineIndex
from postil.server import engine, review
from postil.server import status as server_status
from postil.server.code_actions import fix_all_edit
from postil.server.diagnostics import cache_for, publish, show_problems, to_diagnostic
from postil.server.session import Session

log = logging.getLogger("postil.server")

CHECK_WORKSPACE = "postil.checkWorkspace"
APPLY_FIXES = "postil.applyFixes"
SHOW_STATUS = "postil.showStatus"
_REPORT_EVERY = 0.1  # seconds between $/progress reports


# --- worker-side helpers --------------------------------------------------------
def _collect(session: Session, folders: list[Path]) -> tuple[list[Path], list[str]]:
    cache = cache_for(session, folders)
    files: list[Path] = []
    for folder in folders:
        files.extend(engine.collect_files([folder], cache, root=folder).files)
    problems, cache.errors = list(cache.errors), []
    for checker in cache.checkers:
        problems.extend(str(e) for e in checker.rule_errors)
    return files, problems


def _check_file(session: Session, folders: list[Path], path: Path):
    cache = cache_for(session, folders)
    report = cache.for_path(path).check_file(path)
    index = None
    if report.findings:
        index = LineIndex(path.read_bytes().decode("utf-8", errors="replace").removeprefix("\ufeff"))
    return report, index


# --- checkWorkspace -------------------------------------------------------------
async def check_workspace(ls, *args) -> dict:
    """Check every file of every workspace folder, publishing each file's results as it
    goes, inside ``$/progress``; stops on ``$/cancelRequest`` or a progress cancel."""
    session: Session = ls.session
    loop = asyncio.get_running_loop()
    request = ls.protocol._request_futures.get(ls.protocol.msg_id)
    token = None
    if session.client.work_done_progress:
        token = f"postil-check-{uuid.uuid4()}"
        await ls.work_done_progress.create_async(token)
        ls.work_done_progress.begin(token, types.WorkDoneProgressBegin(
            title="postil: checking workspace", cancellable=True, percentage=0))

    def cancelled() -> bool:
        progress = ls.work_done_progress.tokens.get(token) if token else None
        return bool((request is not None and request.cancelled()) or (progress is not None and progress.cancelled()))

    started = time.perf_counter()
    folders = session.folders(ls.workspace)
    summary = {"files": 0, "checked": 0, "findings": 0, "bySeverity": {}, "skipped": 0,
               "cancelled": False, "seconds": 0.0}
    severities: Counter = Counter()
    try:
        files, problems = await loop.run_in_executor(session.executor, _collect, session, folders)
        show_problems(ls, problems)
        summary["files"] = len(files)
        last_report = 0.0
        for done, path in enumerate(files, start=1):
            if cancelled():
                summary["cancelled"] = True
                break
            report, index = await loop.run_in_executor(session.executor, _check_file, session, folders, path)
            summary["checked"] += 1
            if report.skipped:
                summary["skipped"] += 1
            uri = path.resolve().as_uri()
            if uri not in session.documents and (index is not None or uri in session.scan_published):
                diagnostics = [to_diagnostic(session, f, index, None) for f in report.findings] if index else []
                publish(ls, uri, diagnostics)
                if diagnostics:
                    session.scan_published.add(uri)
                else:
                    session.scan_published.discard(uri)
            summary["findings"] += len(report.findings)
            severities.update(f.severity.label for f in report.findings)
            now = time.perf_counter()
            if token and (now - last_report >= _REPORT_EVERY or done == len(files)):
                last_report = now
                ls.work_done_progress.report(token, types.WorkDoneProgressReport(
                    message=f"{done}/{len(files)} files, {summary['findings']} findings",
                    percentage=int(done * 100 / max(len(files), 1)), cancellable=True))
    finally:
        summary["bySeverity"] = dict(severities)
        summary["seconds"] = round(time.perf_counter() - started, 3)
        if token:
            state = "cancelled" if summary["cancelled"] else "done"
            ls.work_done_progress.end(token, types.WorkDoneProgressEnd(
                message=f"{state}: {summary['checked']}/{summary['files']} files, {summary['findings']} findings"))
        session.last_scan = summary
    log.info("workspace check: %s", json.dumps(summary))
    return summary


# --- applyFixes -----------------------------------------------------------------
def _uri_argument(args) -> str:
    value = args[0] if args else None
    if isinstance(value, dict):
        value = value.get("uri")
    if not isinstance(value, str):
        raise ValueError(f"{APPLY_FIXES} expects a document URI argument, got {value!r}")
    return value


async def apply_fixes(ls, *args) -> dict:
    """Apply every safe, non-overlapping fix of an open document via workspace/applyEdit."""
    uri = _uri_argument(args)
    if uri not in ls.session.documents:
        raise ValueError(f"{APPLY_FIXES}: {uri} is not open")
    edit = await fix_all_edit(ls, uri)
    count = sum(len(change.edits) for change in edit.document_changes) if edit else 0
    if not count:
        return {"applied": False, "edits": 0}
    result = await ls.workspace_apply_edit_async(types.ApplyWorkspaceEditParams(edit=edit, label="postil: fix all"))
    return {"applied": bool(result.applied), "edits": count}


# --- showStatus -----------------------------------------------------------------
def status(ls) -> dict:
    session: Session = ls.session
    cache = session.cache
    checkers = cache.checkers if cache is not None else []
    return {
        "version": __version__,
        "diagnostics": "pull" if session.client.pull_diagnostics else "push",
        "positionEncoding": session.encoder.encoding,
        "settings": {"run": session.settings.run, "debounceMs": session.settings.debounce_ms,
                     "logLevel": session.settings.log_level, "select": session.settings.select,
                     "ignore": list(session.settings.ignore),
                     "configurationPreference": session.settings.configuration_preference},
        "workspaceFolders": [str(p) for p in session.folders(ls.workspace)],
        "configFiles": cache.config_files() if cache is not None else [],
        "rules": {str(c.loaded.path or "(defaults)"): c.rule_count for c in checkers},
        "ruleErrors": sorted({str(e) for c in checkers for e in c.rule_errors}),
        "openDocuments": len(session.documents),
        "checks": session.lint_count,
        "averageCheckMs": round(1000 * session.lint_total_seconds / session.lint_count, 2) if session.lint_count else None,
        "uptimeSeconds": round(time.monotonic() - session.started, 1),
        "lastWorkspaceCheck": session.last_scan,
        **server_status.current(ls),
    }


async def show_status(ls, *args) -> dict:
    """The status, returned for the editor to show (the plugins do; no popup of our own) and
    logged; once the LLM configuration is settled (never "off" while it is being read)."""
    await review.ready(ls)
    info = status(ls)
    log.info("status: %s", json.dumps(info))
    return info
